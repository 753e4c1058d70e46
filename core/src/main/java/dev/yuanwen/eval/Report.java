package dev.yuanwen.eval;

import dev.yuanwen.document.GoldDocument;
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
 * @param beadsByKind bead-level figures per kind, only for the kinds with translations aligned as such
 *     (gold beads, or beads read off a translation's links)
 */
public record Report(Metrics overall, Map<GoldDocument.Kind, Metrics> byKind, List<DocumentResult> perDocument,
    Map<GoldDocument.Kind, BeadMetrics> beadsByKind) {

  public Report {
    Objects.requireNonNull(overall, "overall");
    byKind = byKind.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(byKind));
    perDocument = List.copyOf(perDocument);
    beadsByKind = beadsByKind.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(beadsByKind));
  }

  /** A report without bead figures. */
  public Report(Metrics overall, Map<GoldDocument.Kind, Metrics> byKind, List<DocumentResult> perDocument) {
    this(overall, byKind, perDocument, Map.of());
  }

  /**
   * One document's figures.
   *
   * @param id the gold document's id
   * @param kind its kind
   * @param metrics its figures
   * @param beads its bead figures, or null when it was not aligned as a translation
   */
  public record DocumentResult(String id, GoldDocument.Kind kind, Metrics metrics, BeadMetrics beads) {
    public DocumentResult(String id, GoldDocument.Kind kind, Metrics metrics) {
      this(id, kind, metrics, null);
    }
  }
}
