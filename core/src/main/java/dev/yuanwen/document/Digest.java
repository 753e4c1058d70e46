package dev.yuanwen.document;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An English digest of a Chinese article: its metadata and its points in order.
 *
 * <p>Read one with {@link #parse(Path)}, {@link #parse(String, String)} or {@link #parse(byte[],
 * String)}. Bad input throws {@link dev.yuanwen.InputException} naming the source. Absent metadata is
 * {@code ""}. The layout is the key-point digest of the project's examples, or plain Markdown; the
 * text is first cleaned as for articles (see {@link ArticleParser}).
 *
 * <p><b>Header</b> (top lines, each optional, none a point): an outlet line (a short line without
 * closing punctuation that is Chinese, or is followed by a title, a "原文:" line or a summary label);
 * an English title, quoted ({@code "..."} or {@code “...”}, quotes removed), or a Markdown {@code #
 * Title} when it is the document's only one-hash heading, or an unquoted short line right after the
 * outlet or right before the "原文:" line; the Chinese title from {@code 原文:}/{@code 原文：}; and a
 * "Summary of Key Points" / "Key Points" / "Summary" label.
 *
 * <p><b>Points</b>, by marker: Roman numerals I–XX with "." or ")" and a title starting with a
 * capital, digit, quote or Chinese ({@code "III. Title"}) or Markdown {@code #}..{@code ######} are
 * {@link Point.Kind#HEADING}s; {@code "1."}, {@code "1)"}, {@code "(1)"}, {@code "1、"} are ITEMs;
 * {@code •}, {@code -}, {@code *}, {@code +}, {@code ·}, {@code ●}, {@code –} are BULLETs;
 * {@code "In Conclusion:"}, {@code "Conclusion:"}, {@code "In conclusion,"} open the CONCLUSION;
 * a paragraph that opens the body is the LEAD, any other paragraph is a PARAGRAPH.
 *
 * <p><b>Label</b> of an item or bullet: the text before its first colon (":" followed by a space, or
 * "："), when that is at most 80 characters and 12 words, has balanced quotes, no "?" or "!" and no
 * sentence end, and text follows the colon. Markdown {@code **bold**} is removed from label and text
 * but kept in {@code raw}.
 *
 * <p><b>Lines.</b> A line without a marker continues the point above it (joined with a space) when
 * the digest separates its points with blank lines; in a digest without blank lines only when the
 * line above lacks closing punctuation or this line starts in lower case. Headings never continue.
 *
 * <p><b>Parents.</b> Items, bullets and paragraphs belong to the nearest heading above; a Markdown
 * heading to the nearest shallower one; Roman headings count as one-hash headings. The lead and the
 * conclusion belong to none, and after the conclusion no heading is open.
 */
public final class Digest {
  private final String source;
  private final String outlet;
  private final String titleEn;
  private final String titleZh;
  private final List<Point> points;

  Digest(String source, String outlet, String titleEn, String titleZh, List<Point> points) {
    this.source = Objects.requireNonNull(source, "source");
    this.outlet = Objects.requireNonNull(outlet, "outlet");
    this.titleEn = Objects.requireNonNull(titleEn, "titleEn");
    this.titleZh = Objects.requireNonNull(titleZh, "titleZh");
    this.points = List.copyOf(points);
  }

  /** Parses digest text; {@code source} names it in errors and in {@link #source()}. */
  public static Digest parse(String text, String source) {
    return DigestParser.parse(text, source);
  }

  /** Reads a UTF-8 digest file; its file name becomes the source. */
  public static Digest parse(Path file) {
    String source = Inputs.sourceOf(file);
    return parse(Inputs.read(file, source), source);
  }

  /** Decodes strict UTF-8 bytes and parses them. */
  public static Digest parse(byte[] bytes, String source) {
    return parse(Inputs.decode(bytes, source), source);
  }

  /**
   * A digest from points already split, one string per point (as in a gold file): each is
   * classified by its marker as in a parsed digest, none is merged or dropped, and there is no
   * metadata.
   */
  public static Digest of(String source, List<String> points) {
    return DigestParser.of(source, points);
  }

  /** As {@link #of(String, List)}, with the header's metadata (any may be {@code ""}). */
  public static Digest of(String source, String outlet, String titleEn, String titleZh, List<String> points) {
    return new Digest(source, outlet, titleEn, titleZh, DigestParser.of(source, points).points());
  }

  /** The file name or label the digest was read from. */
  public String source() {
    return source;
  }

  /** The publishing outlet named on the first line, e.g. "第一财经". */
  public String outlet() {
    return outlet;
  }

  /** The English title without its quotes. */
  public String titleEn() {
    return titleEn;
  }

  /** The Chinese title from the "原文:" line. */
  public String titleZh() {
    return titleZh;
  }

  /** The points in document order, {@code points().get(i).index() == i}; never empty. */
  public List<Point> points() {
    return points;
  }

  /** The heading {@code point} sits under, if any. */
  public Optional<Point> parent(Point point) {
    return point.parentIndex() < 0 ? Optional.empty() : Optional.of(points.get(point.parentIndex()));
  }

  @Override
  public String toString() {
    return "Digest[" + source + ", " + points.size() + " points]";
  }
}
