package dev.yuanwen.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yuanwen.InputException;
import dev.yuanwen.document.Point;
import dev.yuanwen.document.GoldDocument;
import dev.yuanwen.document.GoldFiles;
import dev.yuanwen.eval.JudgedQueries;
import dev.yuanwen.eval.JudgedQuery;
import dev.yuanwen.eval.SearchEvaluation;
import dev.yuanwen.eval.SearchReport;
import dev.yuanwen.eval.SearchReport.Group;
import dev.yuanwen.eval.SearchReport.Result;
import dev.yuanwen.index.CorpusDocument;
import dev.yuanwen.index.CorpusIndex;
import dev.yuanwen.index.IndexProgress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Measures the corpus search on judged queries, or with the points of gold files as queries. */
@Command(
    name = "eval-search",
    mixinStandardHelpOptions = true,
    description = {
      "Measure corpus search: index the inputs in memory, run the judged queries on each side that has"
          + " relevant items (top 10) and print MRR and recall@10 per group of searches.",
      "With --points-as-queries, index gold files instead and search the Chinese side with each English point"
          + " that has gold links, its gold paragraphs being the relevant ones."
    })
final class SearchEvalCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Groups of the first section of the judged-query table: the rows the hidden evaluation reports. */
  private static final Set<String> HEADLINE = Set.of(SearchEvaluation.ALL, SearchEvaluation.ENGLISH,
      SearchEvaluation.CROSS_LANGUAGE, SearchEvaluation.HARD);
  /** Groups of the later sections of a table: per language and side or gold kind; per kind. */
  private static final Set<String> SECOND = Set.of("digest", "parallel");
  private static final Set<String> THIRD = Stream.concat(Arrays.stream(JudgedQuery.Kind.values()).map(JudgedQuery.Kind::label),
      Arrays.stream(Point.Kind.values()).map(k -> k.name().toLowerCase(Locale.ROOT))).collect(Collectors.toSet());
  /** Longest query shown in the list of misses. */
  private static final int SHOWN = 60;

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "INPUT",
      description = "Corpus folders or gold files to index (default: the project's corpus/, found through the launcher, else ./corpus).")
  List<Path> inputs;

  @Option(names = "--queries", paramLabel = "FILE",
      description = "Judged queries, JSON lines (default: queries.jsonl of the project's corpus/).")
  Path queries;

  @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "all",
      description = "Which judged queries to run: tune, heldout or all (default: ${DEFAULT-VALUE}).")
  String split;

  @Option(names = "--points-as-queries",
      description = "Search the Chinese side with each English point of the gold files that has gold links.")
  boolean pointsAsQueries;

  @Option(names = "--misses", description = "Also list each search whose first relevant hit is not at rank 1, worst first.")
  boolean misses;

  @Option(names = "--json", description = "Print one JSON object instead of the table.")
  boolean json;

  @Override
  public Integer call() {
    if (pointsAsQueries && queries != null) {
      throw new InputException("eval-search", "--queries is not for --points-as-queries (the points are the queries)");
    }
    List<Path> in = inputs == null || inputs.isEmpty() ? List.of(project("corpus")) : inputs;
    Path queryFile = queries != null ? queries : project("corpus", "queries.jsonl");
    if (!List.of("all", "tune", "heldout").contains(split)) {
      throw new InputException("eval-search", "--split is \"" + split + "\" (expected tune, heldout or all)");
    }
    if (pointsAsQueries && !split.equals("all")) {
      throw new InputException("eval-search", "--split is for judged queries, not --points-as-queries");
    }
    List<JudgedQuery> judged = pointsAsQueries ? List.of() : JudgedQueries.read(queryFile).stream()
        .filter(q -> split.equals("all") || q.split().label().equals(split)).toList();
    if (!pointsAsQueries && judged.isEmpty()) {
      throw new InputException(queryFile.toString(), "no queries in split " + split);
    }
    List<GoldDocument> gold = pointsAsQueries ? GoldFiles.read(in) : List.of();
    List<CorpusDocument> docs = pointsAsQueries ? gold.stream().map(CorpusDocument::of).toList() : CorpusDocument.readAll(in);
    try (CorpusIndex index = CorpusIndex.inMemory()) {
      long t0 = System.nanoTime();
      index.addAll(docs, IndexProgress.NONE);
      double indexSeconds = (System.nanoTime() - t0) / 1e9;
      SearchEvaluation evaluation = SearchEvaluation.of(index);
      SearchReport report;
      if (pointsAsQueries) {
        report = evaluation.runPointsAsQueries(gold);
      } else {
        try {
          report = evaluation.run(judged);
        } catch (InputException e) { // a judgment the corpus does not have: name the file
          throw new InputException(queryFile.toString(), e.getMessage(), e);
        }
      }
      Corpus corpus = new Corpus(index.documentCount(), index.paragraphCount(), index.pointCount(), indexSeconds);
      PrintWriter out = spec.commandLine().getOut();
      out.print(json ? json(report, corpus) + "\n" : text(report, corpus));
      out.flush();
    }
    return 0;
  }

  /** What was indexed, and how long it took. */
  record Corpus(int documents, int paragraphs, int points, double indexSeconds) {}

  /** A file of the project: under $YUANWEN_HOME (the launcher sets it), else in the working directory. */
  static Path project(String first, String... more) {
    String home = System.getenv("YUANWEN_HOME");
    return home != null && !home.isBlank() ? Path.of(home, first).resolve(Path.of("", more)) : Path.of(first, more);
  }

  String json(SearchReport report, Corpus corpus) {
    ObjectNode root = JSON.createObjectNode();
    root.put("mode", pointsAsQueries ? "points-as-queries" : "queries");
    root.put(pointsAsQueries ? "points" : "queries", pointsAsQueries ? report.results().size() : report.queries());
    if (!pointsAsQueries) {
      root.put("split", split);
    }
    root.put("documents", corpus.documents());
    root.put("searches", report.results().size());
    root.put("index_seconds", round(corpus.indexSeconds(), 3));
    root.put("search_seconds", round(report.searchMillis() / 1000, 3));
    ObjectNode groups = root.putObject("groups");
    for (Group g : report.groups()) {
      ObjectNode o = groups.putObject(g.name());
      o.put("searches", g.searches());
      for (String key : List.of("mrr", "recall_at_10", "hit_at_10")) {
        Double v = key.equals("mrr") ? g.mrr() : key.equals("recall_at_10") ? g.recall() : g.hits();
        if (v == null) {
          o.putNull(key);
        } else {
          o.put(key, round(v, 4));
        }
      }
    }
    if (misses) {
      var list = root.putArray("misses");
      for (Result r : report.misses()) {
        ObjectNode m = list.addObject().put("id", r.id()).put("query", r.query()).put("side", r.side().label());
        if (r.rank() == 0) {
          m.putNull("rank");
        } else {
          m.put("rank", r.rank());
        }
        m.put("found", r.found()).put("relevant", r.relevant());
      }
    }
    return root.toString();
  }

  private static double round(double x, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(x * scale) / scale;
  }

  String text(SearchReport report, Corpus corpus) {
    StringBuilder s = new StringBuilder();
    int searches = report.results().size();
    if (pointsAsQueries) {
      s.append(String.format(Locale.ROOT, "yuanwen eval-search --points-as-queries: %s, %d points with gold links"
          + "%nsearched on the zh side%n%n", count(corpus.documents(), "document"), searches));
      s.append(String.format(Locale.ROOT, "%-16s %7s %6s %6s %6s%n", "", "points", "MRR", "hit@10", "R@10"));
    } else {
      s.append(String.format(Locale.ROOT, "yuanwen eval-search: %s (split %s), %s%non %s (%d paragraphs, %d points)%n%n",
          count(report.queries(), "query"), split, count(searches, "search"), count(corpus.documents(), "document"),
          corpus.paragraphs(), corpus.points()));
      s.append(String.format(Locale.ROOT, "%-16s %7s %6s %6s%n", "", "queries", "MRR", "R@10"));
    }
    int section = 0;
    for (Group g : report.groups()) {
      int now = THIRD.contains(g.name()) ? 3 : SECOND.contains(g.name()) || g.name().contains("->") ? 2
          : HEADLINE.contains(g.name()) || pointsAsQueries ? 0 : 1;
      s.append(now != section ? "\n" : "");
      section = now;
      s.append(String.format(Locale.ROOT, "%-16s %7d %6s", g.name(), g.searches(), figure(g.mrr())));
      s.append(pointsAsQueries ? " " + String.format(Locale.ROOT, "%6s", figure(g.hits())) : "");
      s.append(String.format(Locale.ROOT, " %6s%n", figure(g.recall())));
    }
    s.append(pointsAsQueries
        ? String.format("%nEach point with gold links searched the zh side, top 10. MRR: 1/rank of the first%n"
            + "gold paragraph (0 if none); hit@10: share of points with a gold paragraph in the%n"
            + "top 10; R@10: share of the gold paragraphs in the top 10; -: nothing to count.%n")
        : String.format("%nqueries: searches, one per query and side with relevant items (top 10);%n"
            + "MRR: 1/rank of the first relevant hit (0 if none); R@10: share of the side's%n"
            + "relevant items in the top 10; -: nothing to count. The first four rows are the%n"
            + "hidden evaluation's: all, English queries, cross-language, queries judged hard.%n"));
    s.append(String.format(Locale.ROOT, "indexed in %.1f s; %d searches in %.2f s (%.1f ms each)%n", corpus.indexSeconds(),
        searches, report.searchMillis() / 1000, searches == 0 ? 0 : report.searchMillis() / searches));
    if (misses) {
      List<Result> list = report.misses();
      s.append(String.format(Locale.ROOT, "%nMISSES %d of %d searches: first relevant hit not at rank 1, worst first%n",
          list.size(), searches));
      int width = list.stream().mapToInt(r -> r.id().length()).max().orElse(0);
      for (Result r : list) {
        s.append(String.format(Locale.ROOT, "  %-" + width + "s %-2s %4s %5s  %s%n", r.id(), r.side().label(),
            r.rank() == 0 ? "-" : String.valueOf(r.rank()), r.found() + "/" + r.relevant(), shorten(r.query())));
      }
    }
    return s.toString();
  }

  private static String count(int n, String noun) {
    return n + " " + (n == 1 ? noun : noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies"
        : noun.endsWith("h") ? noun + "es" : noun + "s");
  }

  private static String figure(Double x) {
    return x == null ? "-" : String.format(Locale.ROOT, "%.3f", x);
  }

  private static String shorten(String query) {
    String flat = query.replaceAll("\\s+", " ").strip();
    return flat.codePointCount(0, flat.length()) <= SHOWN ? flat
        : flat.substring(0, flat.offsetByCodePoints(0, SHOWN - 1)) + "…";
  }
}
