package dev.yuanwen.examples.cli;

import dev.yuanwen.InputException;
import dev.yuanwen.examples.render.SearchJson;
import dev.yuanwen.examples.render.SearchText;
import dev.yuanwen.index.CorpusIndex;
import dev.yuanwen.index.Language;
import dev.yuanwen.index.SearchRequest;
import dev.yuanwen.index.SearchResults;
import dev.yuanwen.index.Side;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Searches the corpus index in Chinese or English; each hit shows both sides. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    modelTransformer = SearchCommand.QueryWords.class,
    description = {
      "Search the corpus index in Chinese, English or both: Chinese words find Chinese paragraphs as"
          + " written and English points through the lexicon, English words the other way round;"
          + " names, codes and numbers match as written. Each hit shows the aligned text on the other"
          + " side. Simplified and traditional characters find each other, and numbers however they are"
          + " written. Syntax: \"a phrase\", -word, -\"phrase\", a OR b (or a | b), AND, side:zh|en,"
          + " doc:ID, tag:X, outlet:X; anything else is text. The line 'translated as' shows what the"
          + " query was searched as."
    })
final class SearchCommand implements Callable<Integer> {
  /**
   * {@code -台风} and {@code -nuclear} are exclusions in the query, not options: anything that is
   * not one of the options exactly ({@code -n 5}, not {@code -n5}) is a query word.
   */
  static final class QueryWords implements CommandLine.IModelTransformer, CommandLine.IParameterConsumer {
    @Override
    public CommandSpec transform(CommandSpec spec) {
      spec.parser().unmatchedOptionsArePositionalParams(true).posixClusteredShortOptionsAllowed(false);
      return spec;
    }

    /** Takes query words up to the next option written exactly ({@code --side zh}, {@code -n}, {@code --json}). */
    @Override
    public void consumeParameters(java.util.Stack<String> args, CommandLine.Model.ArgSpec argSpec, CommandSpec spec) {
      @SuppressWarnings("unchecked")
      List<String> words = (List<String>) argSpec.getValue();
      if (words == null) {
        words = new ArrayList<>();
        argSpec.setValue(words);
      }
      while (!args.isEmpty() && !isOption(args.peek(), spec)) {
        String word = args.pop();
        if (word.equals("--")) {
          while (!args.isEmpty()) {
            words.add(args.pop());
          }
          return;
        }
        words.add(word);
      }
    }

    private static boolean isOption(String arg, CommandSpec spec) {
      int eq = arg.indexOf('=');
      return spec.optionsMap().containsKey(arg) || arg.startsWith("--") && eq > 2 && spec.optionsMap().containsKey(arg.substring(0, eq));
    }
  }

  enum LangOption { zh, en, mixed }

  enum SideOption { zh, en, both }

  @Spec CommandSpec spec;

  @Mixin IndexLocation index;

  @Option(names = "--lang", paramLabel = "zh|en|mixed",
      description = "The query's language (default: detected from its script).")
  LangOption lang;

  @Option(names = "--side", paramLabel = "zh|en|both", defaultValue = "both",
      description = "Which side to search (default: ${DEFAULT-VALUE}).")
  SideOption side;

  @Option(names = {"-n", "--hits"}, paramLabel = "N", defaultValue = "10",
      description = "Hits per page, 1 to " + SearchRequest.MAX_LIMIT + " (default: ${DEFAULT-VALUE}).")
  int hits;

  @Option(names = "--page", paramLabel = "P", defaultValue = "1", description = "Page of hits, from 1 (default: 1).")
  int page;

  @Option(names = "--doc", paramLabel = "ID", description = "Only this document.")
  String doc;

  @Option(names = "--outlet", paramLabel = "NAME", description = "Only this outlet (Chinese or English name).")
  String outlet;

  @Option(names = "--tag", paramLabel = "TAG", description = "Only documents with this topic tag.")
  String tag;

  @Option(names = "--json", description = "Print one JSON object (see docs/search.schema.json).")
  boolean json;

  @Parameters(paramLabel = "QUERY", arity = "1..*", parameterConsumer = QueryWords.class, description = "The query; several words may be given unquoted (quote a phrase for the shell: '\"long-term care\"').")
  List<String> query = new ArrayList<>();

  @Override
  public Integer call() {
    String text = String.join(" ", query).strip();
    if (text.isEmpty()) {
      throw new InputException("search", "the query is empty");
    }
    if (hits < 1 || hits > SearchRequest.MAX_LIMIT) {
      throw new InputException("search", "-n must be 1 to " + SearchRequest.MAX_LIMIT + ", not " + hits);
    }
    if (page < 1 || (long) (page - 1) * hits > 100_000) {
      throw new InputException("search", "--page must be 1 or more (and not beyond the first 100,000 hits), not " + page);
    }
    Path dir = index.dir();
    if (!CorpusIndex.exists(dir)) {
      throw new InputException(dir.toString(), "no index here; create it with: yuanwen index --index " + dir + " corpus");
    }
    SearchRequest request = SearchRequest.of(text)
        .language(lang == null ? null : Language.valueOf(lang.name().toUpperCase(java.util.Locale.ROOT)))
        .side(side == SideOption.both ? null : Side.valueOf(side.name().toUpperCase(java.util.Locale.ROOT)))
        .doc(doc).outlet(outlet).tag(tag)
        .limit(hits).offset((page - 1) * hits);
    SearchResults results;
    try (CorpusIndex corpus = CorpusIndex.open(dir)) {
      if (doc != null && !corpus.ids().contains(doc)) {
        List<String> ids = corpus.ids();
        throw new InputException("search", "--doc " + doc + ": no such document in the index (it has "
            + ids.size() + ": " + String.join(", ", ids.subList(0, Math.min(5, ids.size())))
            + (ids.size() > 5 ? ", ..." : "") + ")");
      }
      results = corpus.search(request);
    }
    if (results.explanation().problem() != null) {
      throw new InputException("search", results.explanation().problem()); // -台风 alone, side:zh alone
    }
    if (page > 1 && results.hits().isEmpty() && results.totalHits() > 0) {
      long last = (results.totalHits() + hits - 1) / hits;
      throw new InputException("search", "page " + page + " is past the last page (" + last + ")");
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(SearchJson.render(results));
    } else {
      boolean color = colour(System.console() != null, System.getenv("NO_COLOR"), System.getenv("TERM"));
      out.print(SearchText.render(results, color));
    }
    return 0;
  }

  /** Colour only on a terminal, never with NO_COLOR set (https://no-color.org) or on a dumb terminal. */
  static boolean colour(boolean console, String noColor, String term) {
    return console && noColor == null && !"dumb".equals(term);
  }
}
