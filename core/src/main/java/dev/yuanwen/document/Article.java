package dev.yuanwen.document;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A Chinese article: an optional title and its paragraphs, each split into sentences.
 *
 * <p>Read one with {@link #parse(Path)}, {@link #parse(String, String)} or {@link #parse(byte[],
 * String)}; use {@link #parser()} to say whether the first line is a title. Bad input throws {@link
 * dev.yuanwen.InputException} naming the source. The text is cleaned (see {@link ArticleParser}) but
 * its characters are kept as written: a traditional article stays traditional, and {@link
 * #variant()} says which it is.
 */
public final class Article {
  /** Which Chinese script the article is written in. */
  public enum Variant {
    SIMPLIFIED,
    TRADITIONAL
  }

  private final String source;
  private final String title;
  private final List<Paragraph> paragraphs;
  private final Variant variant;

  Article(String source, String title, List<Paragraph> paragraphs, Variant variant) {
    this.source = Objects.requireNonNull(source, "source");
    this.title = Objects.requireNonNull(title, "title");
    this.paragraphs = List.copyOf(paragraphs);
    this.variant = Objects.requireNonNull(variant, "variant");
  }

  /** A parser with the default title rule, to be configured; see {@link ArticleParser}. */
  public static ArticleParser parser() {
    return ArticleParser.DEFAULT;
  }

  /** Parses article text; {@code source} names it in errors and in {@link #source()}. */
  public static Article parse(String text, String source) {
    return parser().parse(text, source);
  }

  /** Reads a UTF-8 article file; its file name becomes the source. */
  public static Article parse(Path file) {
    return parser().parse(file);
  }

  /** Decodes strict UTF-8 bytes and parses them. */
  public static Article parse(byte[] bytes, String source) {
    return parser().parse(bytes, source);
  }

  /**
   * An article from paragraphs already split, one string per paragraph (as in a gold file): each is
   * cleaned and its lines joined, none is dropped, and there is no title.
   */
  public static Article of(String source, List<String> paragraphs) {
    return parser().of(source, paragraphs);
  }

  /** The file name or label the article was read from. */
  public String source() {
    return source;
  }

  /** The title line, or {@code ""} when the article has none. */
  public String title() {
    return title;
  }

  /** The paragraphs in order, indexed from 0; never empty. */
  public List<Paragraph> paragraphs() {
    return paragraphs;
  }

  public Variant variant() {
    return variant;
  }

  @Override
  public String toString() {
    return "Article[" + source + ", " + paragraphs.size() + " paragraphs, " + variant + "]";
  }
}
