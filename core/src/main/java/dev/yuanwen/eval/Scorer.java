package dev.yuanwen.eval;

import dev.yuanwen.document.GoldDocument;
import dev.yuanwen.align.Alignment;
import dev.yuanwen.align.Flag;
import dev.yuanwen.align.PointAlignment;
import dev.yuanwen.document.GoldDocument.AlteredNumber;
import dev.yuanwen.document.GoldDocument.GoldLink;
import dev.yuanwen.align.Link;
import dev.yuanwen.document.Point;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
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
  record PointPrediction(
      Set<Integer> paragraphs, int best, boolean figureFlagged, Point.Kind kind, Map<Integer, Double> confidence) {
    PointPrediction {
      paragraphs = Set.copyOf(paragraphs);
      confidence = Map.copyOf(confidence);
    }

    PointPrediction(Set<Integer> paragraphs, int best, boolean figureFlagged) {
      this(paragraphs, best, figureFlagged, Point.Kind.PARAGRAPH, Map.of());
    }
  }

  /** The predictions of an alignment, one per point, through the public API only. */
  static List<PointPrediction> predictions(Alignment alignment) {
    List<PointPrediction> out = new ArrayList<>();
    for (PointAlignment p : alignment.points()) {
      Map<Integer, Double> confidence = new HashMap<>();
      for (Link l : p.links()) {
        confidence.put(l.paragraph(), l.confidence());
      }
      out.add(new PointPrediction(new HashSet<>(p.paragraphs()), p.best(), p.flags().contains(Flag.NUMBER_NOT_IN_SOURCE),
          p.point().kind(), confidence));
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

  private static List<Set<Integer>> goldOf(GoldDocument gold) {
    List<Set<Integer>> goldOf = new ArrayList<>();
    for (int i = 0; i < gold.en().size(); i++) {
      goldOf.add(new HashSet<>());
    }
    for (GoldLink l : gold.links()) {
      goldOf.get(l.en()).add(l.zh());
    }
    return goldOf;
  }

  /** The link figures of one document per kind of point, added into {@code into}. */
  static void byPointKind(GoldDocument gold, List<PointPrediction> predicted, Map<Point.Kind, PointKindScore> into) {
    List<Set<Integer>> goldOf = goldOf(gold);
    for (int i = 0; i < predicted.size(); i++) {
      PointPrediction p = predicted.get(i);
      int correct = 0;
      for (int z : p.paragraphs()) {
        correct += goldOf.get(i).contains(z) ? 1 : 0;
      }
      into.merge(p.kind(), new PointKindScore(p.kind(), 1, goldOf.get(i).size(), p.paragraphs().size(), correct),
          PointKindScore::plus);
    }
  }

  /** Buckets of stated confidence: [0, 0.1), ..., [0.9, 1]. */
  static final int BUCKETS = 10;

  /** Every predicted link of one document counted into its confidence bucket. */
  static void reliability(GoldDocument gold, List<PointPrediction> predicted, ReliabilityBucket[] into) {
    List<Set<Integer>> goldOf = goldOf(gold);
    for (int i = 0; i < predicted.size(); i++) {
      for (Map.Entry<Integer, Double> e : predicted.get(i).confidence().entrySet()) {
        int b = Math.min(BUCKETS - 1, (int) Math.floor(e.getValue() * BUCKETS));
        into[b] = into[b].plus(goldOf.get(i).contains(e.getKey()), e.getValue());
      }
    }
  }

  static ReliabilityBucket[] emptyBuckets() {
    ReliabilityBucket[] b = new ReliabilityBucket[BUCKETS];
    for (int k = 0; k < BUCKETS; k++) {
      b[k] = new ReliabilityBucket(k / (double) BUCKETS, (k + 1) / (double) BUCKETS, 0, 0, 0);
    }
    return b;
  }
}
