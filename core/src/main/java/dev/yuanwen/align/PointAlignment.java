package dev.yuanwen.align;

import dev.yuanwen.document.Point;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the aligner found for one digest point.
 *
 * @param point the digest point
 * @param ranking the paragraphs with a positive score, best first (ties by index), at most the 50
 *     best: a long article's weak candidates are not kept
 * @param links the paragraphs chosen as the point's source, in article order; empty when the point
 *     has no source ({@link Flag#NO_SOURCE})
 * @param flags what a reader should check
 * @param unmatchedFigures the point's figures, as written, that its linked paragraphs lack
 * @param unmatchedNames the point's names, as written, that its linked paragraphs lack
 */
public record PointAlignment(
    Point point,
    List<ParagraphScore> ranking,
    List<Link> links,
    Set<Flag> flags,
    List<String> unmatchedFigures,
    List<String> unmatchedNames) {

  public PointAlignment {
    Objects.requireNonNull(point, "point");
    ranking = List.copyOf(ranking);
    links = List.copyOf(links);
    flags = flags.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(flags));
    unmatchedFigures = List.copyOf(unmatchedFigures);
    unmatchedNames = List.copyOf(unmatchedNames);
  }

  /** The point's index in the digest. */
  public int index() {
    return point.index();
  }

  /** Whether the aligner found a source for the point. */
  public boolean hasSource() {
    return !links.isEmpty();
  }

  /** The indices of the linked paragraphs, in article order. */
  public List<Integer> paragraphs() {
    return links.stream().map(Link::paragraph).toList();
  }

  /** The highest-scoring paragraph, or -1 if no paragraph scored. */
  public int best() {
    return ranking.isEmpty() ? -1 : ranking.get(0).paragraph();
  }
}
