package dev.yuanwen.align;

import dev.yuanwen.document.Paragraph;
import dev.yuanwen.document.Point;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Aligns a translation: the English units (the digest's points) and the Chinese units (the
 * article's paragraphs) as a monotone sequence of beads, found by dynamic programming.
 *
 * <p>A bead's score is its lexical match (the share of each side's words the other side's
 * dictionary translations find, from {@link Scoring}), plus a length term (Gale and Church: English
 * characters against Chinese characters, the ratio and variance fitted on the document's own
 * confident pairs), plus a prior per bead type, minus its distance from the path the anchors draw.
 * Two steps, as Bertalign's: first the anchors (pairs each the other's best match, of compatible
 * length, kept in order), then the dynamic program in a band around the line through them, so that
 * the cost grows with the length of the text, not its square.
 */
final class ParallelDecoder {
  /** Bead types, Chinese units then English units. */
  private static final int[][] TYPES = {{1, 1}, {1, 0}, {0, 1}, {1, 2}, {2, 1}, {2, 2}, {1, 3}, {3, 1}, {1, 4}, {4, 1}, {2, 3}, {3, 2}};
  /** Prior per type, in the order of {@link #TYPES}. */
  private static final double[] PRIOR = {0, 0, 0, -0.05, -0.12, -0.35, -0.2, -0.3, -0.3, -0.4, -0.4, -0.4};
  /** Score of a bead with one side empty. */
  static final double SKIP = -0.28;
  /** Weight of the length term (a log probability) against the lexical share. */
  static final double LENGTH = 0.05;
  /** Weight of the distance from the anchors' path, per unit of distance in sentences past the slack. */
  static final double DIAGONAL = 0.005;
  private static final double DIAGONAL_SLACK = 3;
  /** Lexical share a pair needs to be an anchor. */
  private static final double ANCHOR = 0.25;
  /** Half-width of the band around the anchors' path, at least. */
  private static final int BAND = 40;
  /** Gale and Church's variance per character, scaled to the document's ratio, until anchors refit it. */
  private static final double DEFAULT_VARIANCE = 6.8;

  private final Scoring s;
  private final int ne;
  private final int nz;
  private final double[] enLength;
  private final double[] zhLength;
  /** English characters per Chinese character. */
  private double ratio;
  /** Variance of the English length given the Chinese, per (mean) character. */
  private double variance;
  /** Per English unit, the Chinese position the anchors' path expects (fractional). */
  private double[] expected;

  ParallelDecoder(Scoring scoring) {
    this.s = scoring;
    this.ne = scoring.points.size();
    this.nz = scoring.paragraphs();
    enLength = new double[ne];
    zhLength = new double[nz];
    double en = 0;
    double zh = 0;
    for (int e = 0; e < ne; e++) {
      enLength[e] = letters(s.digest.points().get(e).raw());
      en += enLength[e];
    }
    for (int z = 0; z < nz; z++) {
      zhLength[z] = letters(s.article.article.paragraphs().get(z).text());
      zh += zhLength[z];
    }
    ratio = zh > 0 && en > 0 ? en / zh : 1;
    variance = DEFAULT_VARIANCE * ratio;
  }

  /** Letters and digits: what a translation's length is counted in. */
  static int letters(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.isLetterOrDigit(c)) {
        n++;
      }
      i += Character.charCount(c);
    }
    return Math.max(n, 1);
  }

  Alignment decode() {
    anchorsAndFit();
    List<int[]> path = search();
    List<Bead> beads = new ArrayList<>();
    int[] beadOfPoint = new int[ne];
    int i = 0;
    int j = 0;
    for (int[] step : path) {
      int dz = step[0];
      int de = step[1];
      List<Integer> zs = range(j, j + dz);
      List<Integer> es = range(i, i + de);
      double score = dz == 0 || de == 0 ? 0 : round(Math.max(0, Math.min(1, lexical(i, de, j, dz))));
      for (int e : es) {
        beadOfPoint[e] = beads.size();
      }
      beads.add(new Bead(zs, es, score));
      i += de;
      j += dz;
    }
    List<PointAlignment> points = new ArrayList<>(ne);
    for (int e = 0; e < ne; e++) {
      points.add(pointAlignment(e, beads.get(beadOfPoint[e])));
    }
    return new Alignment(s.article.article, s.digest, points, beads);
  }

  private static List<Integer> range(int from, int to) {
    List<Integer> out = new ArrayList<>(to - from);
    for (int k = from; k < to; k++) {
      out.add(k);
    }
    return out;
  }

  /** Pair similarity: the mean of the English share matched and the Chinese share matched. */
  private double pair(int e, int z) {
    return (s.score[e][z] + s.share[e][z]) / 2;
  }

  /**
   * Finds the anchors (mutual best pairs, lexically strong, of compatible length, in order), refits
   * the length model on them and draws the path the band follows.
   */
  private void anchorsAndFit() {
    int[] bestZ = new int[ne];
    double[] bestZScore = new double[ne];
    Arrays.fill(bestZ, -1);
    int[] bestE = new int[nz];
    double[] bestEScore = new double[nz];
    Arrays.fill(bestE, -1);
    for (int e = 0; e < ne; e++) {
      for (int z = 0; z < nz; z++) {
        double p = pair(e, z);
        if (p > bestZScore[e]) {
          bestZScore[e] = p;
          bestZ[e] = z;
        }
        if (p > bestEScore[z]) {
          bestEScore[z] = p;
          bestE[z] = e;
        }
      }
    }
    List<int[]> candidates = new ArrayList<>();
    for (int e = 0; e < ne; e++) {
      int z = bestZ[e];
      if (z >= 0 && bestE[z] == e && bestZScore[e] >= ANCHOR && Math.abs(delta(enLength[e], zhLength[z])) < 2) {
        candidates.add(new int[] {e, z});
      }
    }
    List<int[]> anchors = increasing(candidates);
    if (anchors.size() >= 5) {
      double en = 0;
      double zh = 0;
      for (int[] a : anchors) {
        en += enLength[a[0]];
        zh += zhLength[a[1]];
      }
      ratio = en / zh;
      double sq = 0;
      for (int[] a : anchors) {
        double d = enLength[a[0]] - ratio * zhLength[a[1]];
        sq += d * d / ((enLength[a[0]] + ratio * zhLength[a[1]]) / 2);
      }
      variance = Math.max(0.5 * ratio, sq / anchors.size());
    }
    // The path: through (0, 0), the anchors and (ne, nz), straight between them.
    List<int[]> knots = new ArrayList<>();
    knots.add(new int[] {0, 0});
    for (int[] a : anchors) {
      knots.add(new int[] {a[0], a[1]});
    }
    knots.add(new int[] {ne, nz});
    expected = new double[ne + 1];
    for (int k = 0; k + 1 < knots.size(); k++) {
      int[] a = knots.get(k);
      int[] b = knots.get(k + 1);
      for (int e = a[0]; e <= b[0]; e++) {
        expected[e] = b[0] == a[0] ? a[1] : a[1] + (e - a[0]) * (double) (b[1] - a[1]) / (b[0] - a[0]);
      }
    }
  }

  /** The longest chain of pairs increasing on both sides (patience sorting, n log n). */
  private static List<int[]> increasing(List<int[]> pairs) {
    int m = pairs.size();
    int[] tails = new int[m];
    int[] prev = new int[m];
    int len = 0;
    for (int k = 0; k < m; k++) {
      int z = pairs.get(k)[1];
      int lo = 0;
      int hi = len;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (pairs.get(tails[mid])[1] < z) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      prev[k] = lo > 0 ? tails[lo - 1] : -1;
      tails[lo] = k;
      len = Math.max(len, lo + 1);
    }
    List<int[]> out = new ArrayList<>();
    for (int k = len == 0 ? -1 : tails[len - 1]; k >= 0; k = prev[k]) {
      out.add(pairs.get(k));
    }
    java.util.Collections.reverse(out);
    return out;
  }

  /** Gale and Church's delta: how far the English length is from what the Chinese length predicts. */
  private double delta(double en, double zh) {
    double mean = (en + ratio * zh) / 2;
    return (en - ratio * zh) / Math.sqrt(variance * Math.max(mean, 1));
  }

  /** Log probability of a delta at least this far from 0 (two-sided normal tail). */
  private static double lengthLogProbability(double delta) {
    double p = 2 * (1 - phi(Math.abs(delta)));
    return Math.log(Math.max(p, 1e-9));
  }

  /** Standard normal distribution function (Abramowitz and Stegun 26.2.17). */
  private static double phi(double x) {
    double t = 1 / (1 + 0.2316419 * x);
    double d = 0.3989422804014327 * Math.exp(-x * x / 2);
    double tail = d * t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
    return 1 - tail;
  }

  /**
   * Lexical share of a bead of English units {@code [i, i + de)} and Chinese units {@code [j, j +
   * dz)}: the harmonic mean of the English side's share matched by the Chinese side and the Chinese side's
   * share matched by the English, each weighted by the units' lengths.
   */
  private double lexical(int i, int de, int j, int dz) {
    double en = 0;
    double enTotal = 0;
    for (int e = i; e < i + de; e++) {
      double sum = 0;
      for (int z = j; z < j + dz; z++) {
        sum += s.score[e][z];
      }
      en += enLength[e] * Math.min(1, sum);
      enTotal += enLength[e];
    }
    double zh = 0;
    double zhTotal = 0;
    for (int z = j; z < j + dz; z++) {
      double sum = 0;
      for (int e = i; e < i + de; e++) {
        sum += s.share[e][z];
      }
      zh += zhLength[z] * Math.min(1, sum);
      zhTotal += zhLength[z];
    }
    double a = en / enTotal;
    double b = zh / zhTotal;
    return a + b > 0 ? 2 * a * b / (a + b) : 0;
  }

  /** Score of a bead; i, j its start. */
  private double beadScore(int type, int i, int j) {
    int dz = TYPES[type][0];
    int de = TYPES[type][1];
    if (dz == 0 || de == 0) {
      return SKIP;
    }
    double en = 0;
    for (int e = i; e < i + de; e++) {
      en += enLength[e];
    }
    double zh = 0;
    for (int z = j; z < j + dz; z++) {
      zh += zhLength[z];
    }
    double off = Math.abs((j + dz / 2.0) - (expected[i] + expected[i + de]) / 2);
    return lexical(i, de, j, dz) + LENGTH * lengthLogProbability(delta(en, zh)) + PRIOR[type]
        - DIAGONAL * Math.max(0, off - DIAGONAL_SLACK);
  }

  /** The best path of beads, as {dz, de} steps from (0, 0) to (ne, nz), in the band. */
  private List<int[]> search() {
    // Band: for English position i, Chinese positions [lo[i], hi[i]].
    int[] lo = new int[ne + 1];
    int[] hi = new int[ne + 1];
    int width = BAND;
    for (int i = 0; i <= ne; i++) {
      int c = (int) Math.round(expected[i]);
      lo[i] = Math.max(0, c - width);
      hi[i] = Math.min(nz, c + width);
    }
    lo[0] = 0;
    hi[ne] = nz;
    // Keep the band connected: each row reaches the next.
    for (int i = 1; i <= ne; i++) {
      lo[i] = Math.min(lo[i], hi[i - 1]);
      lo[i] = Math.max(lo[i], lo[i - 1]);
    }
    for (int i = ne - 1; i >= 0; i--) {
      hi[i] = Math.max(hi[i], lo[i + 1]);
      hi[i] = Math.min(hi[i], hi[i + 1]);
    }
    double[][] best = new double[ne + 1][];
    byte[][] from = new byte[ne + 1][];
    for (int i = 0; i <= ne; i++) {
      best[i] = new double[hi[i] - lo[i] + 1];
      from[i] = new byte[hi[i] - lo[i] + 1];
      Arrays.fill(best[i], Double.NEGATIVE_INFINITY);
      Arrays.fill(from[i], (byte) -1);
    }
    best[0][0 - lo[0]] = 0;
    for (int i = 0; i <= ne; i++) {
      for (int j = lo[i]; j <= hi[i]; j++) {
        if (i == 0 && j == 0) {
          continue;
        }
        double top = Double.NEGATIVE_INFINITY;
        int arg = -1;
        for (int t = 0; t < TYPES.length; t++) {
          int pi = i - TYPES[t][1];
          int pj = j - TYPES[t][0];
          if (pi < 0 || pj < 0 || pj < lo[pi] || pj > hi[pi]) {
            continue;
          }
          double before = best[pi][pj - lo[pi]];
          if (before == Double.NEGATIVE_INFINITY) {
            continue;
          }
          double v = before + beadScore(t, pi, pj);
          if (v > top) {
            top = v;
            arg = t;
          }
        }
        best[i][j - lo[i]] = top;
        from[i][j - lo[i]] = (byte) arg;
      }
    }
    List<int[]> steps = new ArrayList<>();
    for (int i = ne, j = nz; i > 0 || j > 0; ) {
      int t = from[i][j - lo[i]];
      if (t < 0) {
        throw new IllegalStateException("no path of beads through the band at " + i + ", " + j);
      }
      steps.add(TYPES[t]);
      i -= TYPES[t][1];
      j -= TYPES[t][0];
    }
    java.util.Collections.reverse(steps);
    return steps;
  }

  private PointAlignment pointAlignment(int e, Bead bead) {
    Point p = s.digest.points().get(e);
    double[] row = s.rank[e];
    List<ParagraphScore> ranking = new ArrayList<>();
    for (int z : bead.paragraphs()) {
      ranking.add(new ParagraphScore(z, round(Math.max(row[z], pair(e, z)))));
    }
    ranking.sort(Comparator.comparingDouble(ParagraphScore::score).reversed().thenComparingInt(ParagraphScore::paragraph));
    List<ParagraphScore> others = new ArrayList<>();
    for (int z = 0; z < nz; z++) {
      if (row[z] > 0 && !bead.paragraphs().contains(z)) {
        others.add(new ParagraphScore(z, round(row[z])));
      }
    }
    others.sort(Comparator.comparingDouble(ParagraphScore::score).reversed().thenComparingInt(ParagraphScore::paragraph));
    ranking.addAll(others);
    List<Unit> units = s.units.get(e);
    List<Link> links = new ArrayList<>();
    for (int z : bead.paragraphs()) {
      links.add(link(e, z, units, bead));
    }
    Set<Flag> flags = EnumSet.noneOf(Flag.class);
    List<String> figures = new ArrayList<>();
    List<String> names = new ArrayList<>();
    if (links.isEmpty()) {
      flags.add(Flag.NO_SOURCE);
    } else {
      for (Unit u : units) {
        boolean found = false;
        for (int z : bead.paragraphs()) {
          found |= u.strength[z] > 0;
        }
        if (!found && u.type == Unit.Type.FIGURE) {
          figures.add(u.english);
        } else if (!found && u.type == Unit.Type.NAME) {
          names.add(u.english);
        }
      }
      if (!figures.isEmpty()) {
        flags.add(Flag.NUMBER_NOT_IN_SOURCE);
      }
      if (!names.isEmpty()) {
        flags.add(Flag.NAME_NOT_IN_SOURCE);
      }
    }
    return new PointAlignment(p, ranking, links, flags, figures, names);
  }

  private Link link(int e, int z, List<Unit> units, Bead bead) {
    Paragraph paragraph = s.article.article.paragraphs().get(z);
    String text = s.article.simplified[z];
    double total = 0;
    for (Unit u : units) {
      total += u.weight * u.strength[z];
    }
    List<Evidence> evidence = new ArrayList<>();
    double[] bySentence = new double[paragraph.sentences().size()];
    for (Unit u : units) {
      if (u.strength[z] <= 0 || total <= 0) {
        continue;
      }
      double w = u.weight * u.strength[z];
      String zh = u.chinese[z];
      int at0 = text.indexOf(zh);
      evidence.add(new Evidence(at0 < 0 ? zh : paragraph.text().substring(at0, at0 + zh.length()), u.english,
          u.kinds[z], round(w / total)));
      for (int at = at0; at >= 0; at = text.indexOf(zh, at + 1)) {
        bySentence[sentenceAt(paragraph, at)] += w;
      }
    }
    evidence.sort(Comparator.comparingDouble(Evidence::weight).reversed());
    List<Integer> sentences = new ArrayList<>();
    double top = Arrays.stream(bySentence).max().orElse(0);
    for (int k = 0; k < bySentence.length; k++) {
      if (bySentence[k] > 0 && bySentence[k] >= 0.5 * top) {
        sentences.add(k);
      }
    }
    sentences.sort(Comparator.comparingDouble((Integer k) -> bySentence[k]).reversed());
    if (sentences.isEmpty()) {
      for (int k = 0; k < bySentence.length; k++) {
        sentences.add(k);
      }
    }
    double score = Math.max(0, Math.min(1, pair(e, z)));
    return new Link(e, z, round(score), round(confidence(bead)), sentences, evidence);
  }

  /**
   * How likely a bead's link is right: a translation's beads are mostly right where words and
   * length agree; the bead's lexical share and its length fit both count.
   */
  private double confidence(Bead bead) {
    double en = 0;
    for (int e : bead.points()) {
      en += enLength[e];
    }
    double zh = 0;
    for (int z : bead.paragraphs()) {
      zh += zhLength[z];
    }
    double fit = Math.exp(lengthLogProbability(delta(en, zh)) / 4);
    return Math.max(0.05, Math.min(0.99, 0.55 + 0.6 * bead.score() * fit + 0.2 * (fit - 0.5)));
  }

  private static int sentenceAt(Paragraph p, int offset) {
    List<dev.yuanwen.document.Sentence> sentences = p.sentences();
    for (int k = 0; k < sentences.size(); k++) {
      if (offset < sentences.get(k).end()) {
        return k;
      }
    }
    return sentences.size() - 1;
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
