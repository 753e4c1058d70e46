package dev.yuanwen.eval;

import dev.yuanwen.document.GoldDocument;
import dev.yuanwen.document.Point;
import dev.yuanwen.align.Verdict;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link Evaluation#run} measured.
 *
 * @param overall the figures over every document
 * @param byKind the figures per kind, only for the kinds present, in {@link GoldDocument.Kind} order
 * @param perDocument each document's figures, in input order
 * @param byPointKind link figures per kind of point of the digest documents (parallel documents
 *     left out), only for the kinds present, in {@link Point.Kind} order
 * @param reliability the predicted links of every document by stated confidence, ten buckets of
 *     0.1 from 0 to 1
 * @param beadsByKind bead-level figures per kind, only for the kinds with translations aligned as such
 *     (gold beads, or beads read off a translation's links)
 */
public record Report(
    Metrics overall,
    Map<GoldDocument.Kind, Metrics> byKind,
    List<DocumentResult> perDocument,
    Map<Point.Kind, PointKindScore> byPointKind,
    List<ReliabilityBucket> reliability,
    Map<GoldDocument.Kind, BeadMetrics> beadsByKind) {

  public Report {
    Objects.requireNonNull(overall, "overall");
    byKind = byKind.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(byKind));
    perDocument = List.copyOf(perDocument);
    byPointKind = byPointKind.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(byPointKind));
    reliability = List.copyOf(reliability);
    beadsByKind = beadsByKind.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(beadsByKind));
  }

  /**
   * One document's figures.
   *
   * @param id the gold document's id
   * @param kind its kind
   * @param metrics its figures
   * @param verdict the alignment's verdict on the pair
   * @param support the alignment's support figure
   * @param beads its bead figures, or null when it was not aligned as a translation
   */
  public record DocumentResult(String id, GoldDocument.Kind kind, Metrics metrics, Verdict verdict, double support,
      BeadMetrics beads) {}
}
