package dev.yuanwen.eval;

import dev.yuanwen.align.Aligner;
import dev.yuanwen.align.Alignment;
import dev.yuanwen.align.Evidence;
import dev.yuanwen.align.Link;
import dev.yuanwen.align.PointAlignment;
import dev.yuanwen.document.GoldDocument;
import dev.yuanwen.document.Point;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fits the aligner's confidence model (a logistic regression over what the decoder knows of a
 * link) on gold links, and checks it by cross-validation: each document's links are predicted by
 * a model fitted on the other documents (a document and its altered copies are left out together).
 * Digest documents only: a translation's links are confident by the parallel decoder's own model.
 *
 * <p>The features are those of {@code dev.yuanwen.align.Confidence}, read back from the alignment
 * ({@link #FEATURES}).
 */
public final class ConfidenceFit {
  /** Names of the features, in order. */
  public static final List<String> FEATURES = List.of("intercept", "sqrt(score)", "score/best", "top", "log(links)",
      "heading", "lead|conclusion", "ranked>=3", "strong evidence", "body point not top");
  /** L2 penalty on the weights (not the intercept): the corpus has a few hundred links. */
  static final double L2 = 1.0;

  private ConfidenceFit() {}

  /** One predicted link: its document (for the folds), its features and whether the gold has it. */
  public record Sample(String document, double[] features, boolean right, double stated) {}

  /** The fitted weights, the cross-validated reliability table and the in-sample one of the stated confidences. */
  public record Result(double[] weights, List<ReliabilityBucket> crossValidated, List<ReliabilityBucket> stated,
      int samples, int documents) {}

  /** The features of a link of a point, as the decoder gave them to the model. */
  public static double[] features(PointAlignment point, Link link) {
    List<dev.yuanwen.align.ParagraphScore> ranking = point.ranking();
    double best = ranking.isEmpty() ? 0 : ranking.get(0).score();
    int position = 0;
    while (position < ranking.size() && ranking.get(position).paragraph() != link.paragraph()) {
      position++;
    }
    boolean top = position == 0;
    boolean strong = link.evidence().stream().anyMatch(e -> e.kind() == Evidence.Kind.NUMBER
        || e.kind() == Evidence.Kind.NAME || e.kind() == Evidence.Kind.LATIN || e.kind() == Evidence.Kind.TRANSLITERATION);
    double relative = best > 0 ? Math.min(1, link.score() / best) : 0;
    Point.Kind kind = point.point().kind();
    boolean body = kind == Point.Kind.ITEM || kind == Point.Kind.BULLET || kind == Point.Kind.PARAGRAPH;
    return new double[] {
      1,
      Math.sqrt(Math.max(0, link.score())),
      relative,
      top ? 1 : 0,
      Math.log(Math.max(1, point.links().size())),
      kind == Point.Kind.HEADING ? 1 : 0,
      kind == Point.Kind.LEAD || kind == Point.Kind.CONCLUSION ? 1 : 0,
      position >= 2 ? 1 : 0,
      strong ? 1 : 0,
      body && !top ? 1 : 0
    };
  }

  /** The model's probability for features {@code x}. */
  public static double predict(double[] w, double[] x) {
    double z = 0;
    for (int k = 0; k < w.length; k++) {
      z += w[k] * x[k];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /**
   * Aligns every digest document and its copies with one figure per point altered (seeds {@code
   * 1..alteredSeeds}) and collects the predicted links.
   */
  public static List<Sample> samples(Aligner aligner, List<GoldDocument> documents, int alteredSeeds) {
    List<Sample> out = new ArrayList<>();
    List<GoldDocument> digests = documents.stream().filter(d -> d.kind() != GoldDocument.Kind.PARALLEL).toList();
    List<List<GoldDocument>> sets = new ArrayList<>();
    sets.add(digests);
    for (long seed = 1; seed <= alteredSeeds; seed++) {
      sets.add(Evaluation.alterFigures(digests, seed));
    }
    for (List<GoldDocument> set : sets) {
      for (int d = 0; d < set.size(); d++) {
        GoldDocument doc = set.get(d);
        Set<Long> gold = new HashSet<>();
        for (GoldDocument.GoldLink g : doc.links()) {
          gold.add((long) g.en() << 32 | g.zh());
        }
        Alignment a = aligner.align(doc.article(), doc.digest(), Aligner.Mode.DIGEST);
        for (PointAlignment p : a.points()) {
          for (Link l : p.links()) {
            out.add(new Sample(digests.get(d).id(), features(p, l), gold.contains((long) p.index() << 32 | l.paragraph()),
                l.confidence()));
          }
        }
      }
    }
    return out;
  }

  /** Fits the weights on all samples and cross-validates, leaving one document out at a time. */
  public static Result fitAndCheck(List<Sample> samples) {
    Map<String, List<Sample>> byDocument = new LinkedHashMap<>();
    for (Sample s : samples) {
      byDocument.computeIfAbsent(s.document(), k -> new ArrayList<>()).add(s);
    }
    ReliabilityBucket[] cv = Scorer.emptyBuckets();
    ReliabilityBucket[] stated = Scorer.emptyBuckets();
    for (String doc : byDocument.keySet()) {
      List<Sample> train = samples.stream().filter(s -> !s.document().equals(doc)).toList();
      double[] w = fit(train);
      for (Sample s : byDocument.get(doc)) {
        add(cv, predict(w, s.features()), s.right());
      }
    }
    for (Sample s : samples) {
      add(stated, s.stated(), s.right());
    }
    return new Result(fit(samples), List.of(cv), List.of(stated), samples.size(), byDocument.size());
  }

  private static void add(ReliabilityBucket[] into, double p, boolean right) {
    int b = Math.min(Scorer.BUCKETS - 1, (int) Math.floor(p * Scorer.BUCKETS));
    into[b] = into[b].plus(right, p);
  }

  /** Penalized maximum likelihood by Newton's method (a few iterations suffice for 10 weights). */
  public static double[] fit(List<Sample> samples) {
    int k = FEATURES.size();
    double[] w = new double[k];
    for (int iter = 0; iter < 50; iter++) {
      double[] g = new double[k];
      double[][] h = new double[k][k];
      for (Sample s : samples) {
        double p = predict(w, s.features());
        double y = s.right() ? 1 : 0;
        for (int a = 0; a < k; a++) {
          g[a] += (y - p) * s.features()[a];
          for (int b = 0; b < k; b++) {
            h[a][b] += p * (1 - p) * s.features()[a] * s.features()[b];
          }
        }
      }
      for (int a = 1; a < k; a++) {
        g[a] -= L2 * w[a];
        h[a][a] += L2;
      }
      h[0][0] += 1e-9;
      double[] step = solve(h, g);
      double max = 0;
      for (int a = 0; a < k; a++) {
        w[a] += step[a];
        max = Math.max(max, Math.abs(step[a]));
      }
      if (max < 1e-8) {
        break;
      }
    }
    return w;
  }

  /** Solves {@code a x = b} by Gaussian elimination with partial pivoting ({@code a} is positive definite). */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n] = b[i];
    }
    for (int c = 0; c < n; c++) {
      int pivot = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
          pivot = r;
        }
      }
      double[] t = m[c];
      m[c] = m[pivot];
      m[pivot] = t;
      if (Math.abs(m[c][c]) < 1e-12) {
        continue;
      }
      for (int r = 0; r < n; r++) {
        if (r != c) {
          double f = m[r][c] / m[c][c];
          for (int j = c; j <= n; j++) {
            m[r][j] -= f * m[c][j];
          }
        }
      }
    }
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = Math.abs(m[i][i]) < 1e-12 ? 0 : m[i][n] / m[i][i];
    }
    return x;
  }
}
