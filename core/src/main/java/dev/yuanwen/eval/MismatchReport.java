package dev.yuanwen.eval;

import dev.yuanwen.align.Verdict;
import dev.yuanwen.document.Point;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link Evaluation#runMismatched} measured: every digest aligned to every other document's
 * article, pairs in which no link is right. A trustworthy aligner links (almost) nothing there
 * and judges every pair {@link Verdict#UNRELATED}.
 *
 * @param pairs digest and article pairs aligned
 * @param byPointKind per kind of point: how many points, and how many got a link
 * @param verdicts how many pairs got each verdict, in {@link Verdict} order (every verdict present)
 * @param meanSupport the mean {@link dev.yuanwen.align.Alignment#support()} over the pairs, or 0
 */
public record MismatchReport(
    int pairs, Map<Point.Kind, Linked> byPointKind, Map<Verdict, Integer> verdicts, double meanSupport) {

  public MismatchReport {
    Objects.requireNonNull(byPointKind, "byPointKind");
    byPointKind = byPointKind.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(byPointKind));
    verdicts = Collections.unmodifiableMap(new EnumMap<>(verdicts));
  }

  /**
   * Points of one kind over every pair, and those with at least one link.
   *
   * @param points points
   * @param linked points with a link
   */
  public record Linked(int points, int linked) {
    /** linked / points, or null with no point. */
    public Double share() {
      return points == 0 ? null : (double) linked / points;
    }

    Linked plus(Linked o) {
      return new Linked(points + o.points, linked + o.linked);
    }
  }

  /** Every point of every pair. */
  public Linked overall() {
    Linked all = new Linked(0, 0);
    for (Linked l : byPointKind.values()) {
      all = all.plus(l);
    }
    return all;
  }
}
