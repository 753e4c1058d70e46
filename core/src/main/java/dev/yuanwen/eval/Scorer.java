package dev.yuanwen.eval;

import dev.yuanwen.document.GoldDocument;
import dev.yuanwen.align.Alignment;
import dev.yuanwen.align.Flag;
import dev.yuanwen.align.PointAlignment;
import dev.yuanwen.document.GoldDocument.AlteredNumber;
import dev.yuanwen.document.GoldDocument.GoldLink;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Compares predictions with a gold document: the arithmetic of {@link Metrics}, apart from any aligner. */
final class Scorer {
  private Scorer() {}

  /**
   * What the aligner said about one point.
   *
   * @param paragraphs the linked paragraphs
   * @param best the highest-ranked paragraph, or -1 when none scored
   * @param figureFlagged whether the point is flagged {@link Flag#NUMBER_NOT_IN_SOURCE}
   */
  record PointPrediction(Set<Integer> paragraphs, int best, boolean figureFlagged) {
    PointPrediction {
      paragraphs = Set.copyOf(paragraphs);
    }
  }

  /** The predictions of an alignment, one per point, through the public API only. */
  static List<PointPrediction> predictions(Alignment alignment) {
    List<PointPrediction> out = new ArrayList<>();
    for (PointAlignment p : alignment.points()) {
      out.add(new PointPrediction(new HashSet<>(p.paragraphs()), p.best(), p.flags().contains(Flag.NUMBER_NOT_IN_SOURCE)));
    }
    return out;
  }

  /** The counts of one document (time 0); {@code predicted} has one entry per English point. */
  static Metrics.Counts score(GoldDocument gold, List<PointPrediction> predicted) {
    int n = gold.en().size();
    if (predicted.size() != n) {
      throw new IllegalStateException(gold.id() + ": " + predicted.size() + " predictions for " + n + " points");
    }
    List<Set<Integer>> goldOf = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      goldOf.add(new HashSet<>());
    }
    for (GoldLink l : gold.links()) {
      goldOf.get(l.en()).add(l.zh());
    }
    Set<Integer> altered = new HashSet<>();
    for (AlteredNumber a : gold.alteredNumbers()) {
      altered.add(a.point());
    }
    int predictedLinks = 0;
    int correct = 0;
    int linked = 0;
    int top1 = 0;
    int linkedLeft = 0;
    int unlinked = 0;
    int unlinkedLeft = 0;
    int alteredPoints = 0;
    int alteredFlagged = 0;
    int other = 0;
    int otherFlagged = 0;
    for (int i = 0; i < n; i++) {
      Set<Integer> g = goldOf.get(i);
      PointPrediction p = predicted.get(i);
      predictedLinks += p.paragraphs().size();
      for (int z : p.paragraphs()) {
        if (g.contains(z)) {
          correct++;
        }
      }
      if (g.isEmpty()) {
        unlinked++;
        unlinkedLeft += p.paragraphs().isEmpty() ? 1 : 0;
      } else {
        linked++;
        top1 += g.contains(p.best()) ? 1 : 0;
        linkedLeft += p.paragraphs().isEmpty() ? 1 : 0;
      }
      if (gold.hasAlteredNumbers()) {
        if (altered.contains(i)) {
          alteredPoints++;
          alteredFlagged += p.figureFlagged() ? 1 : 0;
        } else if (!g.isEmpty()) {
          other++;
          otherFlagged += p.figureFlagged() ? 1 : 0;
        }
      }
    }
    return new Metrics.Counts(1, n, gold.links().size(), predictedLinks, correct, linked, top1, linkedLeft,
        unlinked, unlinkedLeft, alteredPoints, alteredFlagged, other, otherFlagged, 0);
  }
}
