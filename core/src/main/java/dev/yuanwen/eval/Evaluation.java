package dev.yuanwen.eval;

import dev.yuanwen.document.GoldFiles;
import dev.yuanwen.document.GoldDocument;
import dev.yuanwen.align.Aligner;
import dev.yuanwen.align.Bead;
import dev.yuanwen.align.Alignment;
import dev.yuanwen.align.PointAlignment;
import dev.yuanwen.align.Verdict;
import dev.yuanwen.document.Article;
import dev.yuanwen.document.Digest;
import dev.yuanwen.document.Point;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores an {@link Aligner} on gold documents: link precision, recall and F1, top-1 accuracy, how
 * it handles points without a source and altered figures, and its speed (see {@link Metrics}).
 *
 * <pre>{@code
 * Report r = Evaluation.of(Aligner.shared()).run(GoldFiles.read(Path.of("corpus")));
 * System.out.println(r.overall().f1() + " " + r.byKind().keySet());
 * }</pre>
 *
 * <p>Documents are aligned one after another on the calling thread; the time is that of {@link
 * Aligner#align} alone (building the article and digest from the gold lists is not counted), after
 * {@value #WARM_UP_DOCUMENTS} untimed alignments (the first documents, gone through again in a smaller file) that warm up the aligner's
 * dictionaries, caches and the JIT, so that the time is that of a running service.
 * The aligner is used through its public API only: {@link dev.yuanwen.align.PointAlignment#paragraphs()}
 * are the predicted links, {@link dev.yuanwen.align.PointAlignment#best()} the top-1 paragraph,
 * {@link dev.yuanwen.align.Flag#NUMBER_NOT_IN_SOURCE} the figure flag.
 */
public final class Evaluation {
  /** How many alignments are done, untimed, before the timed pass. */
  static final int WARM_UP_DOCUMENTS = 50;
  /** Past this many paragraphs warmed, a small file is not gone through again. */
  static final int WARM_UP_PARAGRAPHS = 2_000;
  private final Aligner aligner;
  private final Long alterSeed;

  private Evaluation(Aligner aligner, Long alterSeed) {
    this.aligner = Objects.requireNonNull(aligner, "aligner");
    this.alterSeed = alterSeed;
  }

  /** An evaluation of {@code aligner} on the documents as given. */
  public static Evaluation of(Aligner aligner) {
    return new Evaluation(aligner, null);
  }

  /**
   * This evaluation run on altered copies of the documents instead: one figure written in digits
   * changed in every linked point that has one, those points marked altered (the rule is that of
   * {@code FigureAlterer}: percentages scaled by 1 ± 10–40 % and rounded like the original, years
   * moved by 1–3, other numbers with one non-zero digit replaced). The same seed gives the same
   * copies.
   */
  public Evaluation withAlteredFigures(long seed) {
    return new Evaluation(aligner, seed);
  }

  /** The copies {@link #withAlteredFigures} evaluates on. */
  public static List<GoldDocument> alterFigures(List<GoldDocument> documents, long seed) {
    List<GoldDocument> out = new ArrayList<>(documents.size());
    for (GoldDocument d : documents) {
      out.add(FigureAlterer.alter(d, seed));
    }
    return out;
  }

  /** Aligns and scores every document. */
  public Report run(List<GoldDocument> documents) {
    List<GoldDocument> docs = alterSeed == null ? documents : alterFigures(documents, alterSeed);
    // A file of fewer documents is gone through again until that many alignments are done (13
    // alignments leave much of the aligner to the interpreter, and the time would be the JIT's),
    // unless its documents are long: then the first pass warms enough.
    long warmed = 0;
    for (int k = 0; !docs.isEmpty() && k < WARM_UP_DOCUMENTS
        && (k < docs.size() || warmed < WARM_UP_PARAGRAPHS); k++) {
      GoldDocument warm = docs.get(k % docs.size());
      aligner.align(warm.article(), warm.digest(), modeOf(warm)); // not timed
      warmed += warm.zh().size();
    }
    Metrics.Counts overall = Metrics.Counts.ZERO;
    Map<GoldDocument.Kind, Metrics.Counts> byKind = new EnumMap<>(GoldDocument.Kind.class);
    List<Report.DocumentResult> perDocument = new ArrayList<>();
    Map<Point.Kind, PointKindScore> byPointKind = new EnumMap<>(Point.Kind.class);
    ReliabilityBucket[] buckets = Scorer.emptyBuckets();
    Map<GoldDocument.Kind, BeadMetrics.Counts> beadsByKind = new EnumMap<>(GoldDocument.Kind.class);
    for (GoldDocument doc : docs) {
      Article article = doc.article();
      Digest digest = doc.digest();
      long t0 = System.nanoTime();
      Alignment alignment = aligner.align(article, digest, modeOf(doc));
      double ms = (System.nanoTime() - t0) / 1e6;
      List<Scorer.PointPrediction> predicted = Scorer.predictions(alignment);
      Metrics.Counts c = Scorer.score(doc, predicted).withMilliseconds(ms);
      if (doc.kind() == GoldDocument.Kind.DIGEST) {
        Scorer.byPointKind(doc, predicted, byPointKind);
      }
      Scorer.reliability(doc, predicted, buckets);
      overall = overall.plus(c);
      byKind.merge(doc.kind(), c, Metrics.Counts::plus);
      BeadMetrics beads = null;
      if (alignment.isParallel()) {
        List<GoldDocument.GoldBead> gold = doc.beads().isEmpty()
            ? BeadScorer.fromLinks(doc.links(), doc.en().size(), doc.zh().size()) : doc.beads();
        List<GoldDocument.GoldBead> predictedBeads = new ArrayList<>();
        for (Bead b : alignment.beads()) {
          predictedBeads.add(new GoldDocument.GoldBead(b.paragraphs(), b.points()));
        }
        BeadMetrics.Counts bc = BeadScorer.score(gold, predictedBeads);
        beadsByKind.merge(doc.kind(), bc, BeadMetrics.Counts::plus);
        beads = BeadMetrics.of(bc);
      }
      perDocument.add(new Report.DocumentResult(doc.id(), doc.kind(), Metrics.of(c), alignment.verdict(),
          alignment.support(), beads));
    }
    Map<GoldDocument.Kind, Metrics> kinds = new EnumMap<>(GoldDocument.Kind.class);
    byKind.forEach((k, c) -> kinds.put(k, Metrics.of(c)));
    Map<GoldDocument.Kind, BeadMetrics> beadKinds = new EnumMap<>(GoldDocument.Kind.class);
    beadsByKind.forEach((k, c) -> beadKinds.put(k, BeadMetrics.of(c)));
    return new Report(Metrics.of(overall), kinds, perDocument, byPointKind, List.of(buckets), beadKinds);
  }

  /**
   * Aligns the digest of every digest document to the article of every other document (of the
   * documents as given, figures never altered), pairs in which every link is wrong, and counts
   * the points linked and the verdicts.
   */
  public MismatchReport runMismatched(List<GoldDocument> documents) {
    Map<Point.Kind, MismatchReport.Linked> byPointKind = new EnumMap<>(Point.Kind.class);
    Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      verdicts.put(v, 0);
    }
    List<Article> articles = documents.stream().map(GoldDocument::article).toList();
    int pairs = 0;
    double support = 0;
    for (int i = 0; i < documents.size(); i++) {
      GoldDocument doc = documents.get(i);
      if (doc.kind() != GoldDocument.Kind.DIGEST) {
        continue;
      }
      Digest digest = doc.digest();
      for (int j = 0; j < documents.size(); j++) {
        if (j == i) {
          continue;
        }
        Alignment a = aligner.align(articles.get(j), digest);
        pairs++;
        support += a.support();
        verdicts.merge(a.verdict(), 1, Integer::sum);
        for (PointAlignment p : a.points()) {
          byPointKind.merge(p.point().kind(), new MismatchReport.Linked(1, p.hasSource() ? 1 : 0),
              MismatchReport.Linked::plus);
        }
      }
    }
    return new MismatchReport(pairs, byPointKind, verdicts, pairs == 0 ? 0 : support / pairs);
  }

  /** A translation is aligned as one (beads, in order), a digest as a digest. */
  private static Aligner.Mode modeOf(GoldDocument doc) {
    return doc.kind() == GoldDocument.Kind.PARALLEL ? Aligner.Mode.PARALLEL : Aligner.Mode.DIGEST;
  }
}
