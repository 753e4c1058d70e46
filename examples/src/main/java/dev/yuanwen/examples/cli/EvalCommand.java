package dev.yuanwen.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yuanwen.InputException;
import dev.yuanwen.align.Aligner;
import dev.yuanwen.align.TermPairs;
import dev.yuanwen.eval.BeadMetrics;
import dev.yuanwen.eval.Evaluation;
import dev.yuanwen.document.GoldDocument;
import dev.yuanwen.document.GoldFiles;
import dev.yuanwen.eval.Metrics;
import dev.yuanwen.eval.Report;
import dev.yuanwen.eval.MismatchReport;
import dev.yuanwen.eval.PointKindScore;
import dev.yuanwen.eval.ConfidenceFit;
import dev.yuanwen.eval.ReliabilityBucket;
import dev.yuanwen.align.Verdict;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Scores the aligner on gold files: overall and per kind (digest, parallel). */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Score the aligner on gold files, overall and per kind (digest, parallel).",
      "Figures: link precision, recall and F1, top-1, points without a source, altered figures caught"
          + " and false alarms, milliseconds per document.",
      "Give gold files (JSON lines), corpus document folders or a folder of them (e.g. corpus)."
    })
final class EvalCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Gold file (.jsonl), corpus document folder or folder of them.")
  List<Path> inputs;

  @Option(names = "--json", description = "Print one JSON object instead of the table.")
  boolean json;

  @Option(
      names = "--alter-figures",
      description = {
        "Evaluate on copies in which one figure written in digits is changed in every linked point that has one"
            + " (percentages scaled by 1 ± 10-40%%, years moved by 1-3, other numbers one non-zero digit replaced),"
            + " those points marked altered."
      })
  boolean alterFigures;

  @Option(names = "--seed", paramLabel = "N", description = "Seed of --alter-figures (default: 1).")
  Long seed;

  @Option(names = "--realign", description = {
      "A realign pass: align the documents, learn a translation table from the links of confidence 0.8 or"
          + " more across all of them (IBM Model 1, CC-CEDICT as the prior), and score the alignment made with"
          + " CC-CEDICT plus the learned pairs."})
  boolean realign;

  @Option(
      names = "--mismatched",
      description = {
        "Pair each digest with every other document's article (no link can be right) and report the share of"
            + " points linked, per kind of point, and the verdicts."
      })
  boolean mismatched;

  @Option(names = "--dict", paramLabel = "FILE", description = {
      "A user dictionary, in front of CC-CEDICT: lines of 中文<TAB>english[/english2...] or hunalign's"
          + " english @ 中文 (# comments, blank lines); its pairs show as evidence of kind user."})
  Path dict;

  @Option(names = "--fit-confidence", description = {
      "Fit the confidence model on the documents' gold links and their copies with figures altered (seeds 1-3),"
          + " digests only, and print its weights and the reliability table by leave-one-document-out"
          + " cross-validation beside that of the confidences stated now. Never on the dev set."})
  boolean fitConfidence;

  @Override
  public Integer call() {
    if (seed != null && !alterFigures) {
      throw new InputException("eval", "--seed is for --alter-figures");
    }
    if (mismatched && alterFigures) {
      throw new InputException("eval", "--mismatched and --alter-figures go separately");
    }
    dev.yuanwen.lexicon.UserDictionary terms = dict == null ? dev.yuanwen.lexicon.UserDictionary.empty()
        : dev.yuanwen.lexicon.UserDictionary.read(dict);
    List<GoldDocument> docs = GoldFiles.read(inputs);
    Aligner aligner = terms.isEmpty() ? Aligner.shared() : Aligner.builder().dictionary(terms).build();
    if (realign) {
      aligner = Aligner.builder().dictionary(terms).translations(TermPairs.learn(aligner,
          docs.stream().map(GoldDocument::article).toList(), docs.stream().map(GoldDocument::digest).toList(),
          TermPairs.REALIGN_CONFIDENCE)).build();
    }
    if (fitConfidence) {
      ConfidenceFit.Result fit = ConfidenceFit.fitAndCheck(ConfidenceFit.samples(aligner, docs, 3));
      PrintWriter out = spec.commandLine().getOut();
      out.print(fitText(fit));
      out.flush();
      return 0;
    }
    Evaluation evaluation = Evaluation.of(aligner);
    if (mismatched) {
      MismatchReport m = evaluation.runMismatched(docs);
      PrintWriter out = spec.commandLine().getOut();
      out.print(json ? json(m) + "\n" : text(m));
      out.flush();
      return 0;
    }
    if (alterFigures) {
      evaluation = evaluation.withAlteredFigures(seed == null ? 1 : seed);
    }
    Report report = evaluation.run(docs);
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? json(report) + "\n" : text(report, alterFigures ? (seed == null ? 1 : seed) : null));
    out.flush();
    return 0;
  }

  /** The report as one JSON object; keys in a fixed order, null for a figure with nothing to count. */
  static String json(Report report) {
    ObjectNode root = metrics(report.overall());
    ObjectNode byKind = root.putObject("by_kind");
    for (Map.Entry<GoldDocument.Kind, Metrics> e : report.byKind().entrySet()) {
      ObjectNode k = metrics(e.getValue());
      BeadMetrics b = report.beadsByKind().get(e.getKey());
      if (b != null) {
        ObjectNode beads = k.putObject("beads");
        beads.put("predicted", b.counts().predicted());
        beads.put("gold", b.counts().goldToFind());
        put(beads, "strict_precision", b.strictPrecision(), 4);
        put(beads, "strict_recall", b.strictRecall(), 4);
        put(beads, "strict_f1", b.strictF1(), 4);
        put(beads, "lax_precision", b.laxPrecision(), 4);
        put(beads, "lax_recall", b.laxRecall(), 4);
        put(beads, "lax_f1", b.laxF1(), 4);
      }
      byKind.set(e.getKey().label(), k);
    }
    ObjectNode byPoint = root.putObject("by_point_kind");
    for (PointKindScore k : report.byPointKind().values()) {
      ObjectNode o = byPoint.putObject(k.kind().name().toLowerCase(Locale.ROOT));
      o.put("points", k.points());
      o.put("gold_links", k.goldLinks());
      o.put("predicted_links", k.predictedLinks());
      put(o, "precision", k.precision(), 4);
      put(o, "recall", k.recall(), 4);
      put(o, "f1", k.f1(), 4);
    }
    ArrayNode reliability = root.putArray("reliability");
    for (ReliabilityBucket b : report.reliability()) {
      ObjectNode o = reliability.addObject();
      put(o, "low", b.low(), 1);
      put(o, "high", b.high(), 1);
      o.put("links", b.links());
      put(o, "mean_confidence", b.meanConfidence(), 4);
      put(o, "accuracy", b.accuracy(), 4);
    }
    ObjectNode verdicts = root.putObject("verdicts");
    for (Verdict v : Verdict.values()) {
      verdicts.put(v.key(), report.perDocument().stream().filter(d -> d.verdict() == v).count());
    }
    return root.toString();
  }

  /** The mismatched report as one JSON object. */
  static String json(MismatchReport m) {
    ObjectNode root = JSON.createObjectNode();
    root.put("pairs", m.pairs());
    root.put("points", m.overall().points());
    root.put("linked_points", m.overall().linked());
    put(root, "linked_share", m.overall().share(), 4);
    put(root, "mean_support", m.meanSupport(), 4);
    ObjectNode verdicts = root.putObject("verdicts");
    m.verdicts().forEach((v, n) -> verdicts.put(v.key(), n));
    ObjectNode byPoint = root.putObject("by_point_kind");
    m.byPointKind().forEach((k, l) -> {
      ObjectNode o = byPoint.putObject(k.name().toLowerCase(Locale.ROOT));
      o.put("points", l.points());
      o.put("linked", l.linked());
      put(o, "linked_share", l.share(), 4);
    });
    return root.toString();
  }

  /** The mismatched report as text. */
  static String text(MismatchReport m) {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "yuanwen eval --mismatched: %d pairs of a digest and another article%n%n", m.pairs()));
    s.append(String.format(Locale.ROOT, "verdicts   %s%n", verdictLine(m.verdicts())));
    s.append(String.format(Locale.ROOT, "support    %.3f mean%n%n", m.meanSupport()));
    s.append(String.format(Locale.ROOT, "%-11s %7s %7s %7s%n", "", "points", "linked", "share"));
    s.append(String.format(Locale.ROOT, "%-11s %7d %7d %7s%n", "overall", m.overall().points(), m.overall().linked(),
        ratio(m.overall().share())));
    m.byPointKind().forEach((k, l) -> s.append(String.format(Locale.ROOT, "%-11s %7d %7d %7s%n",
        k.name().toLowerCase(Locale.ROOT), l.points(), l.linked(), ratio(l.share()))));
    s.append(String.format("%nlinked: points with at least one link, all of them wrong; share: linked /%n"
        + "points. A trustworthy aligner links almost nothing and judges every pair%nunrelated.%n"));
    return s.toString();
  }

  static String fitText(ConfidenceFit.Result fit) {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "CONFIDENCE FIT  %d links of %d documents (with their altered copies)%n",
        fit.samples(), fit.documents()));
    s.append("weights   ");
    for (int k = 0; k < fit.weights().length; k++) {
      s.append(String.format(Locale.ROOT, "%s %.3f%s", ConfidenceFit.FEATURES.get(k), fit.weights()[k],
          k + 1 < fit.weights().length ? ", " : "\n"));
    }
    s.append("as Java   {");
    for (int k = 0; k < fit.weights().length; k++) {
      s.append(String.format(Locale.ROOT, "%.3f%s", fit.weights()[k], k + 1 < fit.weights().length ? ", " : "}\n"));
    }
    s.append(String.format(Locale.ROOT, "%n%-11s %22s   %22s%n", "", "cross-validated fit", "stated now"));
    s.append(String.format(Locale.ROOT, "%-11s %6s %7s %8s   %6s %7s %8s%n", "confidence", "links", "stated", "right",
        "links", "stated", "right"));
    for (int b = 0; b < fit.crossValidated().size(); b++) {
      ReliabilityBucket cv = fit.crossValidated().get(b);
      ReliabilityBucket now = fit.stated().get(b);
      if (cv.links() > 0 || now.links() > 0) {
        s.append(String.format(Locale.ROOT, "%.1f-%.1f    %6d %7s %8s   %6d %7s %8s%n", cv.low(), cv.high(), cv.links(),
            ratio(cv.meanConfidence()), ratio(cv.accuracy()), now.links(), ratio(now.meanConfidence()), ratio(now.accuracy())));
      }
    }
    return s.toString();
  }

  private static String verdictLine(Map<Verdict, Integer> counts) {
    StringBuilder s = new StringBuilder();
    for (Verdict v : Verdict.values()) {
      s.append(s.length() == 0 ? "" : ", ").append(counts.getOrDefault(v, 0)).append(' ').append(v.label());
    }
    return s.toString();
  }

  private static ObjectNode metrics(Metrics m) {
    ObjectNode o = JSON.createObjectNode();
    o.put("documents", m.documents());
    o.put("points", m.points());
    put(o, "precision", m.precision(), 4);
    put(o, "recall", m.recall(), 4);
    put(o, "f1", m.f1(), 4);
    put(o, "top1", m.top1(), 4);
    put(o, "unsupported", m.unsupported(), 4);
    put(o, "no_source_false_alarms", m.noSourceFalseAlarms(), 4);
    put(o, "altered_caught", m.alteredCaught(), 4);
    put(o, "figure_false_alarms", m.figureFalseAlarms(), 4);
    put(o, "ms_per_document", m.msPerDocument(), 2);
    return o;
  }

  private static void put(ObjectNode o, String key, Double value, int decimals) {
    if (value == null) {
      o.putNull(key);
    } else {
      o.put(key, BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue());
    }
  }

  /** The report as a table of at most 80 columns, with a legend. */
  static String text(Report report, Long seed) {
    StringBuilder s = new StringBuilder();
    Metrics all = report.overall();
    s.append(String.format(Locale.ROOT, "yuanwen eval: %d document%s, %d points%s%n%n", all.documents(),
        all.documents() == 1 ? "" : "s", all.points(), seed == null ? "" : ", figures altered (seed " + seed + ")"));
    s.append(String.format(Locale.ROOT, "%-8s %5s %6s %5s %5s %5s %5s %5s %5s %5s %5s %7s%n",
        "", "docs", "points", "prec", "rec", "f1", "top1", "unsup", "nosrc", "fig+", "fig-", "ms/doc"));
    row(s, "overall", all);
    for (Map.Entry<GoldDocument.Kind, Metrics> e : report.byKind().entrySet()) {
      row(s, e.getKey().label(), e.getValue());
    }
    if (!report.byPointKind().isEmpty()) {
      s.append(String.format(Locale.ROOT, "%n%-11s %6s %5s %5s %5s %5s %5s%n", "digest", "points", "gold", "pred", "prec",
          "rec", "f1"));
      for (PointKindScore k : report.byPointKind().values()) {
        s.append(String.format(Locale.ROOT, "%-11s %6d %5d %5d %5s %5s %5s%n", k.kind().name().toLowerCase(Locale.ROOT),
            k.points(), k.goldLinks(), k.predictedLinks(), ratio(k.precision()), ratio(k.recall()), ratio(k.f1())));
      }
    }
    s.append(String.format(Locale.ROOT, "%n%-11s %6s %7s %8s%n", "confidence", "links", "stated", "right"));
    for (ReliabilityBucket b : report.reliability()) {
      if (b.links() > 0) {
        s.append(String.format(Locale.ROOT, "%.1f-%.1f    %6d %7s %8s%n", b.low(), b.high(), b.links(),
            ratio(b.meanConfidence()), ratio(b.accuracy())));
      }
    }
    Map<Verdict, Integer> verdicts = new java.util.EnumMap<>(Verdict.class);
    report.perDocument().forEach(d -> verdicts.merge(d.verdict(), 1, Integer::sum));
    s.append(String.format(Locale.ROOT, "%nverdicts   %s%n", verdictLine(verdicts)));
    s.append(String.format(
        "%nprec, rec, f1: predicted links against gold links; top1: the best-ranked%n"
            + "paragraph is a gold one; unsup: points without a gold link left unlinked;%n"
            + "nosrc: points with a gold link left unlinked; fig+: altered figures flagged;%n"
            + "fig-: other linked points flagged (fig+/fig- only where the gold has%n"
            + "altered_numbers); -: nothing to count. Per kind of digest point: its gold%n"
            + "and predicted links. confidence: predicted links by stated confidence, their%n"
            + "mean stated confidence and the share that are gold links.%n"));
    if (!report.beadsByKind().isEmpty()) {
      s.append(String.format(Locale.ROOT, "%nBEADS (translations)%n%-8s %6s %6s %5s %5s %5s %5s %5s %5s %8s %7s%n",
          "", "pred", "gold", "s.p", "s.r", "strict", "l.p", "l.r", "lax", "link f1", "max ms"));
      for (Map.Entry<GoldDocument.Kind, BeadMetrics> e : report.beadsByKind().entrySet()) {
        BeadMetrics b = e.getValue();
        double max = report.perDocument().stream().filter(d -> d.kind() == e.getKey() && d.metrics().msPerDocument() != null)
            .mapToDouble(d -> d.metrics().msPerDocument()).max().orElse(0);
        s.append(String.format(Locale.ROOT, "%-8s %6d %6d %5s %5s %5s %5s %5s %5s %8s %7.1f%n", e.getKey().label(),
            b.counts().predicted(), b.counts().goldToFind(), ratio(b.strictPrecision()), ratio(b.strictRecall()),
            ratio(b.strictF1()), ratio(b.laxPrecision()), ratio(b.laxRecall()), ratio(b.laxF1()),
            ratio(report.byKind().get(e.getKey()).f1()), max));
      }
      s.append(String.format(
          "%nstrict: a predicted bead is the gold bead; lax: it shares a gold bead on both%n"
              + "sides (Vecalign's and Bertalign's definitions: precision over every predicted%n"
              + "bead, null beads included; recall over the gold beads with both sides); max%n"
              + "ms: the slowest document.%n"));
    }
    return s.toString();
  }

  private static void row(StringBuilder s, String label, Metrics m) {
    s.append(String.format(Locale.ROOT, "%-8s %5d %6d %5s %5s %5s %5s %5s %5s %5s %5s %7s%n", label, m.documents(), m.points(),
        ratio(m.precision()), ratio(m.recall()), ratio(m.f1()), ratio(m.top1()), ratio(m.unsupported()),
        ratio(m.noSourceFalseAlarms()), ratio(m.alteredCaught()), ratio(m.figureFalseAlarms()),
        m.msPerDocument() == null ? "-" : String.format(Locale.ROOT, "%.1f", m.msPerDocument())));
  }

  private static String ratio(Double x) {
    return x == null ? "-" : String.format(Locale.ROOT, "%.3f", x);
  }
}
