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
 */
public record Report(Metrics overall, Map<GoldDocument.Kind, Metrics> byKind, List<DocumentResult> perDocument) {

  public Report {
    Objects.requireNonNull(overall, "overall");
    byKind = byKind.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(byKind));
    perDocument = List.copyOf(perDocument);
  }

  /**
   * One document's figures.
   *
   * @param id the gold document's id
   * @param kind its kind
   * @param metrics its figures
   */
  public record DocumentResult(String id, GoldDocument.Kind kind, Metrics metrics) {}
}
