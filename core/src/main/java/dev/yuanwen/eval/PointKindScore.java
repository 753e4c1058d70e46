package dev.yuanwen.eval;

import dev.yuanwen.document.Point;
import java.util.Objects;

/**
 * The link figures of one kind of digest point (lead, heading, item, bullet, paragraph,
 * conclusion), micro-averaged over every document: the points are those the digest parser gives
 * that kind.
 *
 * @param kind the kind of point
 * @param points points of that kind
 * @param goldLinks their gold links
 * @param predictedLinks their predicted links
 * @param correctLinks their predicted links that are gold links
 */
public record PointKindScore(Point.Kind kind, int points, int goldLinks, int predictedLinks, int correctLinks) {

  public PointKindScore {
    Objects.requireNonNull(kind, "kind");
  }

  /** Correct / predicted, or null with nothing predicted. */
  public Double precision() {
    return predictedLinks == 0 ? null : (double) correctLinks / predictedLinks;
  }

  /** Correct / gold, or null with no gold link. */
  public Double recall() {
    return goldLinks == 0 ? null : (double) correctLinks / goldLinks;
  }

  /** {@code 2 correct / (predicted + gold)}, or null with neither. */
  public Double f1() {
    return predictedLinks + goldLinks == 0 ? null : 2.0 * correctLinks / (predictedLinks + goldLinks);
  }

  PointKindScore plus(PointKindScore o) {
    return new PointKindScore(kind, points + o.points, goldLinks + o.goldLinks, predictedLinks + o.predictedLinks,
        correctLinks + o.correctLinks);
  }
}
