package dev.yuanwen.align;

import java.util.List;
import java.util.Locale;

/**
 * A bead of a translation: consecutive Chinese paragraphs (or sentences, or lines: whatever units the
 * article was made of) and the consecutive English units that translate them. One side may be empty:
 * a unit left untranslated ({@code 1-0}) or added ({@code 0-1}).
 *
 * @param paragraphs indices of the article's units, ascending and consecutive; may be empty
 * @param points indices of the English units (the digest's points), ascending and consecutive; may be empty
 * @param score the decoder's score for the bead, in [0, 1]: how well its two sides match in words and
 *     length; 0 for a bead with one side empty
 */
public record Bead(List<Integer> paragraphs, List<Integer> points, double score) {

  public Bead {
    paragraphs = List.copyOf(paragraphs);
    points = List.copyOf(points);
    if (paragraphs.isEmpty() && points.isEmpty()) {
      throw new IllegalArgumentException("a bead needs at least one unit");
    }
  }

  /** Its type as the literature writes it, Chinese units then English: {@code 1-1}, {@code 2-1}, {@code 0-1}. */
  public String type() {
    return String.format(Locale.ROOT, "%d-%d", paragraphs.size(), points.size());
  }

  /** Whether one side is empty. */
  public boolean isNull() {
    return paragraphs.isEmpty() || points.isEmpty();
  }
}
