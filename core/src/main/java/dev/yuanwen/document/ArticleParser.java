package dev.yuanwen.document;

import dev.yuanwen.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads plain-text Chinese articles. Immutable: {@code with...} returns a new parser.
 *
 * <p><b>Cleaning.</b> A byte-order mark, zero-width characters and control characters are removed;
 * CRLF and CR become LF; HTML tags such as {@code <p>}, {@code <br>}, {@code <span>} are removed
 * (block tags end a paragraph) and entities such as {@code &nbsp;}, {@code &ldquo;}, {@code &#x4e2d;}
 * decoded; a full-width space (U+3000) or NBSP used as indentation or between two Chinese characters
 * is removed; other runs of spaces, tabs, NBSPs and U+3000 become one space; lines are trimmed.
 * Nothing else changes. A saved web page (with a {@code <!DOCTYPE}, {@code <html>}, {@code <head>}
 * or {@code <body>} tag) is read with jsoup instead: scripts,
 * styles, navigation, page headers and footers, forms and hidden elements are dropped, every entity
 * is decoded and each block element (p, div, li, h1-h6, blockquote, td, ...) is a paragraph.
 *
 * <p><b>Paragraphs.</b> Without blank lines, each non-empty line is a paragraph. With blank lines, a
 * blank-separated block is a paragraph whose hard-wrapped lines are joined (without a space between
 * Chinese characters). Inside a block a line continues onto the next when it lacks closing
 * punctuation (。！？!?…；;：: possibly followed by closing quotes) and is at least 60% as wide as
 * the block's widest line (Chinese characters counting double); once a block has such a line, any
 * line at least 90% as wide continues too. Other lines, such as a short subheading or a paragraph
 * ending in "。", stand alone, so one-paragraph-per-line text under a title line is not glued
 * together.
 *
 * <p><b>Title.</b> By default the first line is the title when it is followed by a blank line and
 * more text, is at most 40 characters long, contains no "。" and does not end with a period, comma,
 * semicolon, colon, "、" or an ellipsis (a headline may end in "？" or "！").
 * {@link #withTitleLine(boolean)} overrides the rule either way.
 */
public final class ArticleParser {
  private static final Logger LOG = LoggerFactory.getLogger(ArticleParser.class);

  static final ArticleParser DEFAULT = new ArticleParser(null);

  /** Longest line the default rule takes for a title, in characters. */
  static final int MAX_TITLE_CHARS = 40;

  private final Boolean titleLine; // null: decide by the rule in the class comment

  private ArticleParser(Boolean titleLine) {
    this.titleLine = titleLine;
  }

  /** {@code true}: the first non-empty line is the title; {@code false}: there is no title line. */
  public ArticleParser withTitleLine(boolean titleLine) {
    return new ArticleParser(titleLine);
  }

  public Article parse(Path file) {
    String source = Inputs.sourceOf(file);
    return parse(Inputs.read(file, source), source);
  }

  public Article parse(byte[] bytes, String source) {
    return parse(Inputs.decode(bytes, source), source);
  }

  public Article parse(String text, String source) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    Inputs.checkNotBinary(text, source);
    List<String> lines = Arrays.asList(TextCleaner.clean(text).split("\n", -1));
    int first = 0;
    while (first < lines.size() && lines.get(first).isEmpty()) {
      first++;
    }
    if (first == lines.size()) {
      throw new InputException(source, "empty");
    }
    checkHasChinese(lines, source);
    boolean hasTitle = titleLine != null ? titleLine : looksLikeTitle(lines, first);
    String title = hasTitle ? lines.get(first) : "";
    List<String> body = lines.subList(hasTitle ? first + 1 : first, lines.size());
    List<String> paragraphs = ParagraphSplitter.split(body);
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "{}: title {}, {} paragraphs ({})",
          source,
          hasTitle ? "line" : "none",
          paragraphs.size(),
          ParagraphSplitter.usesBlankLines(body) ? "blank-line separated" : "one per line");
    }
    if (paragraphs.isEmpty()) {
      throw new InputException(source, "no paragraphs after the title line");
    }
    return build(source, title, paragraphs);
  }

  /** See {@link Article#of(String, List)}. */
  Article of(String source, List<String> paragraphs) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(paragraphs, "paragraphs");
    if (paragraphs.isEmpty()) {
      throw new InputException(source, "empty");
    }
    List<String> cleaned = new ArrayList<>(paragraphs.size());
    for (int i = 0; i < paragraphs.size(); i++) {
      String p = Objects.requireNonNull(paragraphs.get(i), "paragraph");
      Inputs.checkNotBinary(p, source);
      StringBuilder joined = new StringBuilder();
      for (String line : TextCleaner.clean(p).split("\n")) {
        ParagraphSplitter.join(joined, line);
      }
      if (joined.length() == 0) {
        // dropping it would shift every later index against the caller's numbering
        throw new InputException(source, "paragraph " + (i + 1) + " is empty");
      }
      cleaned.add(joined.toString());
    }
    checkHasChinese(cleaned, source);
    return build(source, "", cleaned);
  }

  private static Article build(String source, String title, List<String> texts) {
    Inputs.checkParagraphSizes(texts, "paragraph", source);
    List<Paragraph> paragraphs = new ArrayList<>(texts.size());
    for (String text : texts) {
      paragraphs.add(Paragraph.of(paragraphs.size(), text));
    }
    Article.Variant variant = VariantDetector.detect(title, texts);
    LOG.debug("{}: {}", source, variant);
    return new Article(source, title, paragraphs, variant);
  }

  private static void checkHasChinese(List<String> lines, String source) {
    int han = 0;
    int words = 0;
    for (String line : lines) {
      ScriptCounts counts = ScriptCounts.of(line);
      han += counts.hanChars();
      words += counts.latinWords();
    }
    ScriptCounts counts = new ScriptCounts(han, words);
    if (han == 0) {
      throw new InputException(source, "no Chinese text found: an article must be Chinese"
          + (words > 0 ? " (it holds " + counts.describe() + "; is it the English digest?)" : ""));
    }
    if (!counts.mostlyChinese()) {
      throw new InputException(source, "mostly English, not a Chinese article (" + counts.describe()
          + "); is it the English digest?");
    }
  }

  static boolean looksLikeTitle(List<String> lines, int first) {
    String line = lines.get(first);
    if (first + 1 >= lines.size() || !lines.get(first + 1).isEmpty()) {
      return false;
    }
    boolean moreText = false;
    for (int i = first + 2; i < lines.size() && !moreText; i++) {
      moreText = !lines.get(i).isEmpty();
    }
    if (!moreText || line.codePointCount(0, line.length()) > MAX_TITLE_CHARS || line.contains("。")) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    return ".．，,；;：:、…⋯".indexOf(last) < 0;
  }
}
