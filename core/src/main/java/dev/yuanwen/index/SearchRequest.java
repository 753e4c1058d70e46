package dev.yuanwen.index;

import java.util.Objects;

/**
 * What to search for: the query text and, optionally, its language, the side to search, filters
 * and the page. Immutable; each {@code with} method returns a copy.
 *
 * <pre>{@code
 * index.search(SearchRequest.of("Anthropic 估值").side(Side.ZH).limit(5));
 * }</pre>
 */
public final class SearchRequest {
  /** Most hits one page may hold. */
  public static final int MAX_LIMIT = 1000;

  private final String query;
  private final Language language;
  private final Side side;
  private final String doc;
  private final String outlet;
  private final String tag;
  private final int offset;
  private final int limit;

  private SearchRequest(String query, Language language, Side side, String doc, String outlet, String tag,
      int offset, int limit) {
    this.query = query;
    this.language = language;
    this.side = side;
    this.doc = doc;
    this.outlet = outlet;
    this.tag = tag;
    this.offset = offset;
    this.limit = limit;
  }

  /** A request for {@code query}: language detected, both sides, first 10 hits, no filter. */
  public static SearchRequest of(String query) {
    return new SearchRequest(Objects.requireNonNull(query, "query"), null, null, null, null, null, 0, 10);
  }

  /** Forces the query's language; {@code null} detects it from the text. */
  public SearchRequest language(Language language) {
    return new SearchRequest(query, language, side, doc, outlet, tag, offset, limit);
  }

  /** Searches one side only; {@code null} searches both. */
  public SearchRequest side(Side side) {
    return new SearchRequest(query, language, side, doc, outlet, tag, offset, limit);
  }

  /** Only hits of the document with this id; {@code null} for any. */
  public SearchRequest doc(String doc) {
    return new SearchRequest(query, language, side, blankToNull(doc), outlet, tag, offset, limit);
  }

  /** Only hits from this outlet (its Chinese or English name, any case); {@code null} for any. */
  public SearchRequest outlet(String outlet) {
    return new SearchRequest(query, language, side, doc, blankToNull(outlet), tag, offset, limit);
  }

  /** Only hits of documents with this topic tag (any case); {@code null} for any. */
  public SearchRequest tag(String tag) {
    return new SearchRequest(query, language, side, doc, outlet, blankToNull(tag), offset, limit);
  }

  /** Skips the first {@code offset} hits (paging). */
  public SearchRequest offset(int offset) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be 0 or more, not " + offset);
    }
    return new SearchRequest(query, language, side, doc, outlet, tag, offset, limit);
  }

  /** Returns at most {@code limit} hits, 1 to {@value #MAX_LIMIT}. */
  public SearchRequest limit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", not " + limit);
    }
    return new SearchRequest(query, language, side, doc, outlet, tag, offset, limit);
  }

  /** The page after this one. */
  public SearchRequest nextPage() {
    return offset(offset + limit);
  }

  public String query() {
    return query;
  }

  /** The forced language, or {@code null} to detect it. */
  public Language language() {
    return language;
  }

  /** The side searched, or {@code null} for both. */
  public Side side() {
    return side;
  }

  public String doc() {
    return doc;
  }

  public String outlet() {
    return outlet;
  }

  public String tag() {
    return tag;
  }

  public int offset() {
    return offset;
  }

  public int limit() {
    return limit;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  @Override
  public String toString() {
    return "SearchRequest[" + query + (language == null ? "" : ", " + language.label())
        + (side == null ? "" : ", side " + side.label()) + (doc == null ? "" : ", doc " + doc)
        + (outlet == null ? "" : ", outlet " + outlet) + (tag == null ? "" : ", tag " + tag)
        + ", " + offset + "+" + limit + "]";
  }
}
