package dev.yuanwen.eval;

import dev.yuanwen.document.GoldDocument.GoldBead;
import dev.yuanwen.document.GoldDocument.GoldLink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The arithmetic of {@link BeadMetrics}: predicted beads against gold beads, apart from any aligner. */
final class BeadScorer {
  private BeadScorer() {}

  /** The counts of one document. */
  static BeadMetrics.Counts score(List<GoldBead> gold, List<GoldBead> predicted) {
    int[] p = precision(gold, predicted);
    List<GoldBead> goldFull = full(gold);
    int[] r = precision(full(predicted), goldFull);
    return new BeadMetrics.Counts(1, p[0], p[1], p[2], r[0], r[1], r[2]);
  }

  private static List<GoldBead> full(List<GoldBead> beads) {
    return beads.stream().filter(b -> !b.zh().isEmpty() && !b.en().isEmpty()).toList();
  }

  /**
   * {tested, strict hits, lax hits} of {@code test} against {@code reference}: Vecalign's
   * {@code _precision}. A tested bead is a lax hit when one of its English units shares a
   * reference bead with one of its Chinese units.
   */
  private static int[] precision(List<GoldBead> reference, List<GoldBead> test) {
    Set<GoldBead> exact = new HashSet<>(reference);
    Map<Integer, Set<Integer>> zhOfEn = new HashMap<>();
    for (GoldBead b : reference) {
      for (int e : b.en()) {
        zhOfEn.computeIfAbsent(e, k -> new HashSet<>()).addAll(b.zh());
      }
    }
    int strict = 0;
    int lax = 0;
    for (GoldBead t : new java.util.LinkedHashSet<>(test)) {
      if (exact.contains(t)) {
        strict++;
        lax++;
        continue;
      }
      boolean overlap = false;
      for (int e : t.en()) {
        Set<Integer> zs = zhOfEn.get(e);
        if (zs != null) {
          for (int z : t.zh()) {
            overlap |= zs.contains(z);
          }
        }
      }
      lax += overlap ? 1 : 0;
    }
    return new int[] {new HashSet<>(test).size(), strict, lax};
  }

  /**
   * Beads read off a set of monotone links (a paragraph-by-paragraph translation's gold): the
   * connected groups of linked units, and a null bead for each unit without a link, in order.
   */
  static List<GoldBead> fromLinks(List<GoldLink> links, int enSize, int zhSize) {
    // Union-find over en (0..enSize-1) and zh (enSize..enSize+zhSize-1).
    int[] parent = new int[enSize + zhSize];
    for (int k = 0; k < parent.length; k++) {
      parent[k] = k;
    }
    for (GoldLink l : links) {
      int a = find(parent, l.en());
      int b = find(parent, enSize + l.zh());
      parent[a] = b;
    }
    Map<Integer, TreeSet<Integer>[]> groups = new HashMap<>();
    for (int k = 0; k < parent.length; k++) {
      @SuppressWarnings("unchecked")
      TreeSet<Integer>[] g = groups.computeIfAbsent(find(parent, k), x -> new TreeSet[] {new TreeSet<>(), new TreeSet<>()});
      if (k < enSize) {
        g[1].add(k);
      } else {
        g[0].add(k - enSize);
      }
    }
    List<GoldBead> out = new ArrayList<>();
    for (TreeSet<Integer>[] g : groups.values()) {
      out.add(new GoldBead(new ArrayList<>(g[0]), new ArrayList<>(g[1])));
    }
    out.sort(java.util.Comparator.comparingDouble(BeadScorer::position));
    return out;
  }

  private static double position(GoldBead b) {
    return b.en().isEmpty() ? b.zh().get(0) * 1.0 + 0.5 : b.en().get(0);
  }

  private static int find(int[] parent, int k) {
    while (parent[k] != k) {
      parent[k] = parent[parent[k]];
      k = parent[k];
    }
    return k;
  }
}
