package dev.yuanwen.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yuanwen.InputException;
import dev.yuanwen.align.Aligner;
import dev.yuanwen.eval.BeadMetrics;
import dev.yuanwen.eval.Evaluation;
import dev.yuanwen.document.GoldDocument;
import dev.yuanwen.document.GoldFiles;
import dev.yuanwen.eval.Metrics;
import dev.yuanwen.eval.Report;
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

  @Override
  public Integer call() {
    if (seed != null && !alterFigures) {
      throw new InputException("eval", "--seed is for --alter-figures");
    }
    List<GoldDocument> docs = GoldFiles.read(inputs);
    Evaluation evaluation = Evaluation.of(Aligner.shared());
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
    return root.toString();
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
    s.append(String.format(
        "%nprec, rec, f1: predicted links against gold links; top1: the best-ranked%n"
            + "paragraph is a gold one; unsup: points without a gold link left unlinked;%n"
            + "nosrc: points with a gold link left unlinked; fig+: altered figures flagged;%n"
            + "fig-: other linked points flagged (fig+/fig- only where the gold has%n"
            + "altered_numbers); -: nothing to count.%n"));
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
