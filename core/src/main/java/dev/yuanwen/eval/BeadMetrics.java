package dev.yuanwen.eval;

/**
 * Bead-level scores of a translation's alignment, as Vecalign and Bertalign compute them, summed
 * over documents. A predicted bead is a strict hit when the gold has the same bead; a lax hit when
 * some Chinese unit of it shares a gold bead with one of its English units. Precision counts every
 * predicted bead, null beads (one side empty) included; recall counts the gold beads with both
 * sides, against the predicted beads with both sides (a null bead can be found only strictly, in
 * precision). A figure with nothing to count is {@code null}.
 *
 * @param counts what the figures are computed from
 * @param strictPrecision strict hits / predicted beads
 * @param strictRecall gold beads (both sides) predicted exactly / gold beads (both sides)
 * @param strictF1 harmonic mean of the two
 * @param laxPrecision lax hits / predicted beads
 * @param laxRecall gold beads (both sides) that overlap a predicted bead (both sides) on both sides / gold beads (both sides)
 * @param laxF1 harmonic mean of the two
 */
public record BeadMetrics(
    Counts counts,
    Double strictPrecision,
    Double strictRecall,
    Double strictF1,
    Double laxPrecision,
    Double laxRecall,
    Double laxF1) {

  /** The figures of {@code c}. */
  public static BeadMetrics of(Counts c) {
    Double sp = ratio(c.strictHits(), c.predicted());
    Double sr = ratio(c.strictFound(), c.goldToFind());
    Double lp = ratio(c.laxHits(), c.predicted());
    Double lr = ratio(c.laxFound(), c.goldToFind());
    return new BeadMetrics(c, sp, sr, f1(sp, sr), lp, lr, f1(lp, lr));
  }

  private static Double ratio(long num, long den) {
    return den == 0 ? null : (double) num / den;
  }

  private static Double f1(Double p, Double r) {
    if (p == null || r == null) {
      return null;
    }
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /**
   * What the bead figures count.
   *
   * @param documents documents with gold beads
   * @param predicted predicted beads (null beads included)
   * @param strictHits predicted beads that are gold beads
   * @param laxHits predicted beads that overlap a gold bead on both sides, or are gold beads
   * @param goldToFind gold beads with both sides non-empty
   * @param strictFound of those, the ones predicted exactly
   * @param laxFound of those, the ones overlapping a predicted bead with both sides on both sides
   */
  public record Counts(int documents, int predicted, int strictHits, int laxHits, int goldToFind, int strictFound,
      int laxFound) {

    /** Nothing counted yet. */
    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0);

    /** The sum of these counts and {@code o}'s. */
    public Counts plus(Counts o) {
      return new Counts(documents + o.documents, predicted + o.predicted, strictHits + o.strictHits,
          laxHits + o.laxHits, goldToFind + o.goldToFind, strictFound + o.strictFound, laxFound + o.laxFound);
    }
  }
}
