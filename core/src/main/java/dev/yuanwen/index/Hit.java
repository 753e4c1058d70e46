package dev.yuanwen.index;

import java.util.List;

/**
 * One search hit: a Chinese paragraph or an English point, and what the aligner tied it to on the
 * other side.
 *
 * @param doc the document's id
 * @param title the document's title (English, else Chinese, else the id)
 * @param side which side the hit is on
 * @param index the 0-based paragraph or point number in its document
 * @param score the search score; higher is better, comparable within one result list only
 * @param text the paragraph or point, as written (traditional stays traditional)
 * @param highlights the stretches of {@code text} that match the query, in order, not overlapping
 * @param aligned the aligned paragraphs of a point, or the points aligned to a paragraph, in order
 */
public record Hit(
    String doc, String title, Side side, int index, float score, String text, List<Span> highlights,
    List<Counterpart> aligned) {

  public Hit {
    highlights = List.copyOf(highlights);
    aligned = List.copyOf(aligned);
  }

  /** A stretch {@code [start, end)} of a hit's text that matched the query. */
  public record Span(int start, int end) {
    public Span {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
      }
    }
  }

  /** A paragraph or point on the other side, aligned to the hit. */
  public record Counterpart(Side side, int index, String text) {}

  /** {@code text} with each highlight wrapped in {@code open} and {@code close}. */
  public String marked(String open, String close) {
    StringBuilder out = new StringBuilder(text.length() + highlights.size() * (open.length() + close.length()));
    int at = 0;
    for (Span s : highlights) {
      out.append(text, at, s.start()).append(open).append(text, s.start(), s.end()).append(close);
      at = s.end();
    }
    return out.append(text, at, text.length()).toString();
  }
}
