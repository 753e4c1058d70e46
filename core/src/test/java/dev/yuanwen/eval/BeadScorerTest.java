package dev.yuanwen.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.yuanwen.document.GoldDocument.GoldBead;
import dev.yuanwen.document.GoldDocument.GoldLink;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bead scores on hand-made cases, each figure worked out by hand in the comments. */
class BeadScorerTest {
  private static GoldBead b(List<Integer> zh, List<Integer> en) {
    return new GoldBead(zh, en);
  }

  // gold: 1-1, 2-1, 1-0, 1-2
  private static final List<GoldBead> GOLD = List.of(
      b(List.of(0), List.of(0)), b(List.of(1, 2), List.of(1)), b(List.of(3), List.of()), b(List.of(4), List.of(2, 3)));
  // predicted: the 2-1 split into 1-1 + 1-0, the null moved, the 1-2 split into two 1-1 shifted by one
  private static final List<GoldBead> PREDICTED = List.of(
      b(List.of(0), List.of(0)), b(List.of(1), List.of(1)), b(List.of(2), List.of()), b(List.of(3), List.of(2)),
      b(List.of(4), List.of(3)));

  @Test
  void countsAsVecalignDoes() {
    // Precision over the 5 predicted beads: strict, [0]-[0] only (1); lax, also [1]-[1] (zh 1 and en 1
    // share the gold 2-1) and [4]-[3] (zh 4 and en 3 share the gold 1-2), not [2]-[] (no English) nor
    // [3]-[2] (en 2's gold bead has zh 4 only): 3.
    // Recall over the 3 gold beads with both sides, against the 4 predicted with both sides: strict,
    // [0]-[0] (1); lax, all three ([1,2]-[1] meets [1]-[1]; [4]-[2,3] meets [4]-[3]).
    BeadMetrics.Counts c = BeadScorer.score(GOLD, PREDICTED);
    assertEquals(new BeadMetrics.Counts(1, 5, 1, 3, 3, 1, 3), c);
    BeadMetrics m = BeadMetrics.of(c);
    assertEquals(0.2, m.strictPrecision(), 1e-12);
    assertEquals(1.0 / 3, m.strictRecall(), 1e-12);
    assertEquals(0.25, m.strictF1(), 1e-12); // 2 * 0.2 * 1/3 / (0.2 + 1/3)
    assertEquals(0.6, m.laxPrecision(), 1e-12);
    assertEquals(1.0, m.laxRecall(), 1e-12);
    assertEquals(0.75, m.laxF1(), 1e-12); // 2 * 0.6 / 1.6
  }

  @Test
  void perfectAlignmentAndNullBeads() {
    BeadMetrics m = BeadMetrics.of(BeadScorer.score(GOLD, GOLD));
    // 4 predicted, all strict; recall over the 3 with both sides.
    assertEquals(new BeadMetrics.Counts(1, 4, 4, 4, 3, 3, 3), m.counts());
    assertEquals(1.0, m.strictF1(), 1e-12);
    assertEquals(1.0, m.laxF1(), 1e-12);
  }

  @Test
  void everythingLeftOutScoresZeroNotNothing() {
    // Every unit predicted as a null bead: 5 + 4 = 9 predicted, no hit; recall's side has no bead.
    List<GoldBead> nulls = new java.util.ArrayList<>();
    for (int z = 0; z < 5; z++) {
      nulls.add(b(List.of(z), List.of()));
    }
    for (int e = 0; e < 4; e++) {
      nulls.add(b(List.of(), List.of(e)));
    }
    BeadMetrics m = BeadMetrics.of(BeadScorer.score(GOLD, nulls));
    assertEquals(new BeadMetrics.Counts(1, 9, 1, 1, 3, 0, 0), m.counts()); // the gold 1-0 [3]-[] is hit
    assertEquals(1.0 / 9, m.strictPrecision(), 1e-12);
    assertEquals(0.0, m.strictRecall(), 1e-12);
    assertEquals(0.0, m.strictF1(), 1e-12);
  }

  @Test
  void beadsReadOffLinks() {
    // en 1 links zh 1 and 2; en 2 and 3 link zh 4; zh 3 has no link.
    List<GoldLink> links = List.of(new GoldLink(0, 0), new GoldLink(1, 1), new GoldLink(1, 2), new GoldLink(2, 4),
        new GoldLink(3, 4));
    assertEquals(new HashSet<>(GOLD), new HashSet<>(BeadScorer.fromLinks(links, 4, 5)));
  }
}
