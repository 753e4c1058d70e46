package dev.yuanwen.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of a web page (a saved news page, not a fragment with a few tags), read with jsoup: what a
 * reader sees in the page's body, one block element (p, div, li, h1-h6, blockquote, td, ...) to a
 * blank-line separated paragraph, {@code <br>} ending a line. Scripts, styles, navigation, page
 * headers and footers, asides, forms and hidden elements are dropped; the headline ({@code h1}) of an
 * article header stays. Every entity is decoded. Whitespace in the source is read as a browser reads
 * it (a run is one space), except that a line break in the source between two Chinese characters is
 * nothing, as in a browser laying out Chinese. The result is then cleaned line by line as plain text
 * is ({@link TextCleaner#cleanLine}).
 */
final class HtmlText {
  private HtmlText() {}

  /** Elements that hold no text a reader of the article sees. */
  private static final String DROPPED =
      "script, style, noscript, template, nav, aside, form, footer, button, select, textarea, iframe,"
          + " object, embed, svg, math, canvas, audio, video, dialog, [hidden], [aria-hidden=true],"
          + " [role=navigation]";

  /** Elements whose start and end are paragraph boundaries. */
  private static final Set<String> BLOCKS =
      Set.of(
          "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "td", "th", "tr",
          "table", "thead", "tbody", "tfoot", "caption", "ul", "ol", "dl", "dt", "dd", "section",
          "article", "main", "header", "figure", "figcaption", "pre", "hr", "center", "address",
          "details", "summary", "body", "fieldset", "legend");

  /**
   * Tags that only a whole page has: a fragment with {@code <p>} or even {@code <script>} stays plain
   * text (whose tags we know are stripped, the others shown as written).
   */
  private static final String[] PAGE_TAGS = {"!doctype", "html", "head", "body", "?xml"};

  /**
   * Whether {@code text} is a web page rather than text with a few tags: it holds an {@code
   * <!DOCTYPE}, {@code <html>}, {@code <head>}, {@code <body>} or {@code <?xml} tag. One pass over
   * the "<"s.
   */
  static boolean looksLikeHtml(String text) {
    if (text.indexOf('<') < 0) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (int i = lower.indexOf('<'); i >= 0; i = lower.indexOf('<', i + 1)) {
      for (String tag : PAGE_TAGS) {
        if (opensTag(lower, i + 1, tag)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean opensTag(String lower, int at, String tag) {
    if (!lower.startsWith(tag, at)) {
      return false;
    }
    int end = at + tag.length();
    if (end == lower.length()) {
      return false;
    }
    char c = lower.charAt(end);
    return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  /** The page's text as LF-separated cleaned lines, paragraphs separated by empty lines. */
  static String text(String html) {
    Document doc = Jsoup.parse(html);
    for (Element header : doc.body().select("header")) {
      // a page's header (logo, menu) goes; an article's header keeps its headline
      Element headline = header.selectFirst("h1");
      if (headline != null && header.parent() != null) {
        header.replaceWith(headline);
      } else {
        header.remove();
      }
    }
    doc.body().select(DROPPED).remove();
    Collector collector = new Collector();
    NodeTraversor.traverse(collector, doc.body());
    String raw = collector.text();
    StringBuilder out = new StringBuilder(raw.length());
    int from = 0;
    while (true) {
      int nl = raw.indexOf('\n', from);
      out.append(TextCleaner.cleanLine(nl < 0 ? raw.substring(from) : raw.substring(from, nl)));
      if (nl < 0) {
        break;
      }
      out.append('\n');
      from = nl + 1;
    }
    return out.toString();
  }

  /** Walks the body, writing text, line ends and paragraph breaks. */
  private static final class Collector implements NodeVisitor {
    private final StringBuilder b = new StringBuilder();
    /** Offsets in {@link #b} of a space that stood for a line break in the source. */
    private final List<Integer> softBreaks = new ArrayList<>();
    private int pre; // depth of <pre>, where the source's spaces and line breaks are the text's

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        append(t.getWholeText());
      } else if (node instanceof Element e) {
        String name = e.normalName().toLowerCase(Locale.ROOT);
        if (name.equals("br")) {
          b.append('\n');
        } else if (BLOCKS.contains(name)) {
          paragraphBreak();
          if (name.equals("pre")) {
            pre++;
          }
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        String name = e.normalName().toLowerCase(Locale.ROOT);
        if (BLOCKS.contains(name)) {
          paragraphBreak();
          if (name.equals("pre")) {
            pre--;
          }
        }
      }
    }

    private void paragraphBreak() {
      int n = b.length();
      if (n == 0 || (n >= 2 && b.charAt(n - 1) == '\n' && b.charAt(n - 2) == '\n')) {
        return;
      }
      b.append(b.charAt(n - 1) == '\n' ? "\n" : "\n\n");
    }

    private void append(String s) {
      if (pre > 0) {
        b.append(s.replace("\r\n", "\n").replace('\r', '\n'));
        return;
      }
      int i = 0;
      int n = s.length();
      while (i < n) {
        char c = s.charAt(i);
        if (!isHtmlSpace(c)) {
          b.append(c);
          i++;
          continue;
        }
        boolean lineBreak = false;
        while (i < n && isHtmlSpace(s.charAt(i))) {
          lineBreak |= s.charAt(i) == '\n' || s.charAt(i) == '\r';
          i++;
        }
        if (b.length() > 0 && b.charAt(b.length() - 1) != ' ' && b.charAt(b.length() - 1) != '\n') {
          if (lineBreak) {
            softBreaks.add(b.length());
          }
          b.append(' ');
        }
      }
    }

    /** The text, each space that stood for a source line break between Chinese characters dropped. */
    String text() {
      if (softBreaks.isEmpty()) {
        return b.toString();
      }
      StringBuilder out = new StringBuilder(b.length());
      int copied = 0;
      for (int at : softBreaks) {
        out.append(b, copied, at);
        copied = at + 1;
        boolean between =
            at > 0
                && at + 1 < b.length()
                && isChineseChar(b.codePointBefore(at))
                && isChineseChar(b.codePointAt(at + 1));
        if (!between) {
          out.append(' ');
        }
      }
      return out.append(b, copied, b.length()).toString();
    }
  }

  /** HTML's ASCII whitespace; NBSP is text (a layout space, which {@link TextCleaner} judges). */
  private static boolean isHtmlSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  private static boolean isChineseChar(int cp) {
    return TextCleaner.isChinese(cp);
  }
}
