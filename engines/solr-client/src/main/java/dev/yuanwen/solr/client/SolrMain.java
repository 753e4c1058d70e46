package dev.yuanwen.solr.client;

import dev.yuanwen.InputException;
import dev.yuanwen.examples.render.SearchJson;
import dev.yuanwen.examples.render.SearchText;
import dev.yuanwen.index.CorpusDocument;
import dev.yuanwen.index.Language;
import dev.yuanwen.index.SearchRequest;
import dev.yuanwen.index.SearchResults;
import dev.yuanwen.index.Side;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code yuanwen-solr index --solr URL INPUT...} and {@code yuanwen-solr search --solr URL QUERY}:
 * the corpus in a Solr collection with the yuanwen configset, aligned here, searched there, hits
 * printed as {@code yuanwen search} prints them. Bad input or an unreachable Solr: one line, exit 2.
 */
@Command(name = "yuanwen-solr", mixinStandardHelpOptions = true,
    description = "Index into and search a Solr collection made with the yuanwen configset (engines/solr/configset).",
    subcommands = {SolrMain.Index.class, SolrMain.Search.class, CommandLine.HelpCommand.class})
public final class SolrMain implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(out, err, args));
  }

  static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new SolrMain());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, c, p) -> {
      if (e instanceof InputException) {
        err.println("yuanwen: " + e.getMessage());
        return 2;
      }
      err.println("yuanwen: unexpected error: " + e);
      return 1;
    });
    cli.setParameterExceptionHandler((e, a) -> {
      err.println("yuanwen: " + e.getMessage());
      return 2;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Command(name = "index", mixinStandardHelpOptions = true,
      description = "Align corpus folders or gold files here and send their entries to the collection, in batches,"
          + " replacing documents with the same id; commits at the end.")
  static final class Index implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--solr", required = true, paramLabel = "URL", description = "The collection: http://HOST:8983/solr/COLLECTION")
    String url;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Corpus folders or gold files.")
    List<Path> inputs = new ArrayList<>();

    @Override
    public Integer call() {
      List<CorpusDocument> docs = CorpusDocument.readAll(inputs);
      PrintWriter err = spec.commandLine().getErr();
      long start = System.nanoTime();
      try (SolrCorpus solr = SolrCorpus.connect(url)) {
        solr.index(docs, (done, total, elapsed) -> err.printf(Locale.ROOT, "\rsent %,d/%,d documents  %.1f s",
            done, total, elapsed.toNanos() / 1e9));
      }
      err.println();
      spec.commandLine().getOut().printf(Locale.ROOT, "indexed %d documents into %s in %.1f s (committed)%n", docs.size(), url,
          Duration.ofNanos(System.nanoTime() - start).toMillis() / 1e3);
      return 0;
    }
  }

  @Command(name = "search", mixinStandardHelpOptions = true,
      description = "Search the collection through its {!yuanwen} parser, as 'yuanwen search' searches the local index.")
  static final class Search implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--solr", required = true, paramLabel = "URL", description = "The collection: http://HOST:8983/solr/COLLECTION")
    String url;

    @Option(names = "--lang", paramLabel = "zh|en|mixed", description = "The query's language (default: from its script).")
    String lang;

    @Option(names = "--side", paramLabel = "zh|en", description = "Only this side.")
    String side;

    @Option(names = {"-n", "--hits"}, defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
    int hits;

    @Option(names = "--json", description = "One JSON object, as 'yuanwen search --json'.")
    boolean json;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query.")
    List<String> query = new ArrayList<>();

    @Override
    public Integer call() {
      if (hits < 1 || hits > SearchRequest.MAX_LIMIT) {
        throw new InputException("search", "-n must be 1 to " + SearchRequest.MAX_LIMIT + ", not " + hits);
      }
      SearchRequest request = SearchRequest.of(String.join(" ", query).strip()).limit(hits);
      try {
        if (lang != null) {
          request = request.language(Language.valueOf(lang.toUpperCase(Locale.ROOT)));
        }
        if (side != null && !side.equals("both")) {
          request = request.side(Side.valueOf(side.toUpperCase(Locale.ROOT)));
        }
      } catch (IllegalArgumentException e) {
        throw new InputException("search", "--lang is zh, en or mixed and --side zh or en");
      }
      SearchResults results;
      try (SolrCorpus solr = SolrCorpus.connect(url)) {
        results = solr.search(request);
      }
      if (results.explanation().problem() != null) {
        throw new InputException("search", results.explanation().problem());
      }
      PrintWriter out = spec.commandLine().getOut();
      out.print(json ? SearchJson.render(results) + "\n" : SearchText.render(results, false));
      return 0;
    }
  }
}
