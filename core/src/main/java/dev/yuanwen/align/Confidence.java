package dev.yuanwen.align;

import dev.yuanwen.document.Point;

/**
 * The probability that a link is right: a logistic model over what the decoder knows of the link,
 * fitted on the project corpus's gold links (see README, "Confidence"). It is checked on the
 * shared dev set, never fitted there.
 */
final class Confidence {
  // Intercept, sqrt(score), score / best, is the top-ranked paragraph, log(links of the point),
  // heading, lead or conclusion.
  private static final double[] W = {0.388, 1.702, 1.681, 0.948, -0.868, 1.316, 0.139};

  private Confidence() {}

  static double of(double score, double best, boolean top, int links, Point.Kind kind) {
    double relative = best > 0 ? Math.min(1, score / best) : 0;
    double x = W[0]
        + W[1] * Math.sqrt(Math.max(0, score))
        + W[2] * relative
        + W[3] * (top ? 1 : 0)
        + W[4] * Math.log(Math.max(1, links))
        + W[5] * (kind == Point.Kind.HEADING ? 1 : 0)
        + W[6] * (kind == Point.Kind.LEAD || kind == Point.Kind.CONCLUSION ? 1 : 0);
    return 1 / (1 + Math.exp(-x));
  }
}
