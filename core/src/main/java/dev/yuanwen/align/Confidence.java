package dev.yuanwen.align;

import dev.yuanwen.document.Point;
import java.util.List;

/**
 * The probability that a link is right: a logistic model over what the decoder knows of the link,
 * fitted on the project corpus's gold links and their copies with figures altered, and checked by
 * leave-one-document-out cross-validation ({@code ./yuanwen eval --fit-confidence corpus}, class
 * {@code dev.yuanwen.eval.ConfidenceFit}, which reads the same features back from an alignment).
 * It is checked on the held-out documents and the shared dev set, never fitted there.
 */
final class Confidence {
  /**
   * Intercept, sqrt(score), score / best, is the top-ranked paragraph, log(links of the point),
   * heading, lead or conclusion, ranked third or lower, has a figure, name, Latin token or
   * transliteration among its evidence, an item, bullet or paragraph linked to other than its top
   * paragraph.
   */
  static final double[] W = {-0.291, 3.214, 1.905, 0.464, 0.027, 1.267, -0.367, -0.987, 0.834, -0.845};

  private Confidence() {}

  /**
   * @param position the paragraph's place in the point's ranking (0 for the best; the ranking's size if it is not in it)
   * @param evidence the link's evidence, as the alignment shows it
   */
  static double of(double score, double best, int position, int links, Point.Kind kind, List<Evidence> evidence) {
    double[] x = features(score, best, position, links, kind, strong(evidence));
    double z = 0;
    for (int k = 0; k < W.length; k++) {
      z += W[k] * x[k];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** Whether the evidence has more than dictionary words: a figure, a name, a Latin token or a transliteration. */
  static boolean strong(List<Evidence> evidence) {
    for (Evidence e : evidence) {
      if (e.kind() == Evidence.Kind.NUMBER || e.kind() == Evidence.Kind.NAME || e.kind() == Evidence.Kind.LATIN
          || e.kind() == Evidence.Kind.TRANSLITERATION) {
        return true;
      }
    }
    return false;
  }

  static double[] features(double score, double best, int position, int links, Point.Kind kind, boolean strong) {
    double relative = best > 0 ? Math.min(1, score / best) : 0;
    boolean top = position == 0;
    boolean body = kind == Point.Kind.ITEM || kind == Point.Kind.BULLET || kind == Point.Kind.PARAGRAPH;
    return new double[] {
      1,
      Math.sqrt(Math.max(0, score)),
      relative,
      top ? 1 : 0,
      Math.log(Math.max(1, links)),
      kind == Point.Kind.HEADING ? 1 : 0,
      kind == Point.Kind.LEAD || kind == Point.Kind.CONCLUSION ? 1 : 0,
      position >= 2 ? 1 : 0,
      strong ? 1 : 0,
      body && !top ? 1 : 0
    };
  }
}
