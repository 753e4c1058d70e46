package dev.yuanwen.align;

/** The probability that a link is right, from its score and how it compares with the point's best. */
final class Confidence {
  private Confidence() {}

  static double of(double score, double best) {
    double relative = best > 0 ? score / best : 0;
    double x = -4.0 + 6.0 * score + 2.5 * relative;
    return 1 / (1 + Math.exp(-x));
  }
}
