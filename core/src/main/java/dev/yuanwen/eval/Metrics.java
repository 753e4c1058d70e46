package dev.yuanwen.eval;

import java.util.Objects;

/**
 * The scores of an aligner on a set of gold documents, micro-averaged over every link and point
 * of every document. A figure with nothing to count (no predicted link for precision, no point
 * without a gold link for {@code unsupported}, no document with {@code altered_numbers} for the
 * two figure measures, ...) is {@code null}.
 *
 * @param counts what the figures are computed from
 * @param precision correct predicted links / predicted links
 * @param recall correct predicted links / gold links
 * @param f1 the harmonic mean of precision and recall, {@code 2 correct / (predicted + gold)}: 0
 *     when nothing predicted is right, null only when there are neither predicted nor gold links
 * @param top1 share of the points with a gold link whose highest-ranked paragraph ({@link
 *     dev.yuanwen.align.PointAlignment#best()}) is one of their gold paragraphs
 * @param unsupported share of the points without a gold link that got no predicted link
 * @param noSourceFalseAlarms share of the points with a gold link that got no predicted link
 * @param alteredCaught share of the altered points (documents with {@code altered_numbers} only)
 *     flagged {@link dev.yuanwen.align.Flag#NUMBER_NOT_IN_SOURCE}
 * @param figureFalseAlarms share of the other points with a gold link (same documents) so flagged
 * @param msPerDocument mean milliseconds of {@link dev.yuanwen.align.Aligner#align} per document
 */
public record Metrics(
    Counts counts,
    Double precision,
    Double recall,
    Double f1,
    Double top1,
    Double unsupported,
    Double noSourceFalseAlarms,
    Double alteredCaught,
    Double figureFalseAlarms,
    Double msPerDocument) {

  public Metrics {
    Objects.requireNonNull(counts, "counts");
  }

  /** The figures of {@code c}. */
  public static Metrics of(Counts c) {
    return new Metrics(
        c,
        ratio(c.correctLinks(), c.predictedLinks()),
        ratio(c.correctLinks(), c.goldLinks()),
        ratio(2L * c.correctLinks(), (long) c.predictedLinks() + c.goldLinks()),
        ratio(c.top1Hits(), c.linkedPoints()),
        ratio(c.unlinkedLeftUnlinked(), c.unlinkedPoints()),
        ratio(c.linkedLeftUnlinked(), c.linkedPoints()),
        ratio(c.alteredFlagged(), c.alteredPoints()),
        ratio(c.otherFlagged(), c.otherPoints()),
        c.documents() == 0 ? null : c.milliseconds() / c.documents());
  }

  /** Documents scored. */
  public int documents() {
    return counts.documents();
  }

  /** English points scored. */
  public int points() {
    return counts.points();
  }

  private static Double ratio(long num, long den) {
    return den == 0 ? null : (double) num / den;
  }

  /**
   * What the figures count, summed over documents.
   *
   * @param documents documents
   * @param points English points (or parallel paragraphs)
   * @param goldLinks gold links
   * @param predictedLinks predicted links
   * @param correctLinks predicted links that are gold links
   * @param linkedPoints points with at least one gold link
   * @param top1Hits linked points whose best-ranked paragraph is a gold one
   * @param linkedLeftUnlinked linked points that got no predicted link
   * @param unlinkedPoints points without a gold link
   * @param unlinkedLeftUnlinked unlinked points that got no predicted link
   * @param alteredPoints altered points, in documents with {@code altered_numbers}
   * @param alteredFlagged altered points flagged as stating a figure their sources lack
   * @param otherPoints the other points with a gold link, in documents with {@code altered_numbers}
   * @param otherFlagged other points so flagged
   * @param milliseconds time spent aligning
   */
  public record Counts(
      int documents,
      int points,
      int goldLinks,
      int predictedLinks,
      int correctLinks,
      int linkedPoints,
      int top1Hits,
      int linkedLeftUnlinked,
      int unlinkedPoints,
      int unlinkedLeftUnlinked,
      int alteredPoints,
      int alteredFlagged,
      int otherPoints,
      int otherFlagged,
      double milliseconds) {

    /** Nothing counted yet. */
    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** The sum of these counts and {@code o}'s. */
    public Counts plus(Counts o) {
      return new Counts(
          documents + o.documents,
          points + o.points,
          goldLinks + o.goldLinks,
          predictedLinks + o.predictedLinks,
          correctLinks + o.correctLinks,
          linkedPoints + o.linkedPoints,
          top1Hits + o.top1Hits,
          linkedLeftUnlinked + o.linkedLeftUnlinked,
          unlinkedPoints + o.unlinkedPoints,
          unlinkedLeftUnlinked + o.unlinkedLeftUnlinked,
          alteredPoints + o.alteredPoints,
          alteredFlagged + o.alteredFlagged,
          otherPoints + o.otherPoints,
          otherFlagged + o.otherFlagged,
          milliseconds + o.milliseconds);
    }

    /** These counts with {@code ms} as the time spent. */
    public Counts withMilliseconds(double ms) {
      return new Counts(documents, points, goldLinks, predictedLinks, correctLinks, linkedPoints, top1Hits,
          linkedLeftUnlinked, unlinkedPoints, unlinkedLeftUnlinked, alteredPoints, alteredFlagged, otherPoints,
          otherFlagged, ms);
    }
  }
}
