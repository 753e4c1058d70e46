package dev.yuanwen.document;

import dev.yuanwen.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The units a translation is aligned in: paragraphs, sentences or the lines of a file (as MAC and
 * most sentence-aligned corpora are distributed). Builds the {@link Article} and the {@link Digest}
 * that {@code Aligner.Mode.PARALLEL} aligns, one unit per paragraph or point.
 *
 * <pre>{@code
 * Article zh = TranslationUnits.SENTENCES.article("book.zh.txt", Files.readString(zhFile));
 * Digest en = TranslationUnits.SENTENCES.english("book.en.txt", Files.readString(enFile));
 * Alignment a = Aligner.builder().mode(Aligner.Mode.PARALLEL).build().align(zh, en);
 * }</pre>
 */
public enum TranslationUnits {
  /** Paragraphs: blocks separated by blank lines, or lines when there is no blank line. */
  PARAGRAPHS,
  /** Sentences: the Chinese sentence splitter on one side, the English prose splitter on the other. */
  SENTENCES,
  /** Each non-blank line of either file is one unit, as it is. */
  LINES;

  /** The name used on the command line: {@code paragraphs}, {@code sentences}, {@code lines}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The Chinese text as an article of these units, one paragraph per unit. */
  public Article article(String source, String text) {
    List<String> units = switch (this) {
      case LINES -> lines(text);
      case PARAGRAPHS -> paragraphs(text);
      case SENTENCES -> {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs(text)) {
          for (Sentence s : SentenceSplitter.split(p)) {
            out.add(s.text());
          }
        }
        yield out;
      }
    };
    return Article.of(source, nonEmpty(source, units));
  }

  /** The English text as a digest of these units, one point per unit. */
  public Digest english(String source, String text) {
    List<String> units = switch (this) {
      case LINES -> lines(text);
      case PARAGRAPHS -> paragraphs(text);
      case SENTENCES -> {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs(text)) {
          out.addAll(EnglishSentenceSplitter.split(p));
        }
        yield out;
      }
    };
    return Digest.of(source, nonEmpty(source, units));
  }

  /** The sentences of one paragraph of English prose (the splitter {@link #SENTENCES} uses). */
  public static List<String> englishSentences(String paragraph) {
    return EnglishSentenceSplitter.split(paragraph);
  }

  private static List<String> nonEmpty(String source, List<String> units) {
    if (units.isEmpty()) {
      throw new InputException(source, "no text to align (the file is empty or blank)");
    }
    return units;
  }

  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    for (String line : strip(text).split("\\R")) {
      if (!line.isBlank()) {
        out.add(line.strip());
      }
    }
    return out;
  }

  private static List<String> paragraphs(String text) {
    String t = strip(text);
    if (!t.matches("(?s).*\\R[ \\t\\u3000]*\\R.*")) {
      return lines(t);
    }
    List<String> out = new ArrayList<>();
    for (String block : t.split("\\R[ \\t\\u3000]*\\R\\s*")) {
      if (!block.isBlank()) {
        out.add(block.strip().replaceAll("\\s*\\R\\s*", " "));
      }
    }
    return out;
  }

  private static String strip(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
