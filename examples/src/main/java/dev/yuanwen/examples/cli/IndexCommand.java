package dev.yuanwen.examples.cli;

import dev.yuanwen.InputException;
import dev.yuanwen.index.CorpusDocument;
import dev.yuanwen.index.CorpusIndex;
import dev.yuanwen.index.IndexProgress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Adds documents to a corpus index (aligning each), or deletes them. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Add documents to the corpus index, aligning each one; a document whose id is already indexed"
          + " is replaced. Inputs: corpus document folders, a folder of them (e.g. corpus), or gold"
          + " files (JSON lines).",
      "Every input is read and checked before anything is written. Work is committed every few"
          + " seconds: if the run is stopped, what was committed stays and the index still opens."
    })
final class IndexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexLocation index;

  @Option(names = "--delete", paramLabel = "ID", description = "Delete the document with this id (repeatable).")
  List<String> delete = new ArrayList<>();

  @Option(names = "--list", description = "List the indexed documents' ids.")
  boolean list;

  @Option(names = "--dict", paramLabel = "FILE", description = {
      "A user dictionary, in front of CC-CEDICT: lines of 中文<TAB>english[/english2...] or hunalign's"
          + " english @ 中文 (# comments, blank lines); its pairs show as evidence of kind user."})
  Path dict;

  @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Corpus folders or gold files to add.")
  List<Path> inputs = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (inputs.isEmpty() && delete.isEmpty() && !list) {
      throw new InputException("index", "nothing to do: give corpus folders or gold files to add, --delete ID or --list");
    }
    Path dir = index.dir();
    List<CorpusDocument> docs = inputs.isEmpty() ? List.of() : CorpusDocument.readAll(inputs);
    if (inputs.isEmpty() && !CorpusIndex.exists(dir)) {
      throw new InputException(dir.toString(), "no index here yet; create it with: yuanwen index --index " + dir + " corpus");
    }
    dev.yuanwen.align.Aligner aligner = dict == null ? dev.yuanwen.align.Aligner.shared()
        : dev.yuanwen.align.Aligner.builder().dictionary(dict).build();
    try (CorpusIndex corpus = CorpusIndex.open(dir, aligner)) {
      for (String id : delete) {
        if (corpus.delete(id)) {
          out.println("deleted " + id);
        } else {
          spec.commandLine().getErr().println("yuanwen: " + dir + ": no document \"" + id + "\" to delete");
        }
      }
      if (!docs.isEmpty()) {
        long start = System.nanoTime();
        Progress progress = Progress.onTerminal();
        corpus.addAll(docs, progress);
        progress.done();
        int paragraphs = docs.stream().mapToInt(d -> d.article().paragraphs().size()).sum();
        int points = docs.stream().mapToInt(d -> d.digest().points().size()).sum();
        out.printf(Locale.ROOT, "indexed %d document%s (%,d paragraphs, %,d points) in %.1f s%n", docs.size(),
            docs.size() == 1 ? "" : "s", paragraphs, points, (System.nanoTime() - start) / 1e9);
      }
      corpus.commit();
      if (docs.size() >= COMPACT_AT && docs.size() * 5 >= corpus.documentCount()) {
        // a large run leaves many segments; merged, each search looks its words up once (about 5% of
        // the indexing time). Small runs into a large index skip it: it would rewrite the whole index.
        long start = System.nanoTime();
        int segments = corpus.compact();
        if (segments > 1) {
          out.printf(Locale.ROOT, "merged the index's %d segments into one in %.1f s%n", segments,
              (System.nanoTime() - start) / 1e9);
        }
      }
      out.printf(Locale.ROOT, "%s: %d documents, %,d paragraphs, %,d points%n", dir, corpus.documentCount(),
          corpus.paragraphCount(), corpus.pointCount());
      if (list) {
        corpus.ids().forEach(out::println);
      }
    }
    return 0;
  }

  /** Runs of at least this many documents, a fifth of the index or more, end with {@link CorpusIndex#compact}. */
  static final int COMPACT_AT = 50;

  /** Documents done, rate and time left, redrawn on stderr at most 5 times a second; silent off a terminal. */
  static final class Progress implements IndexProgress {
    private final PrintWriter terminal;
    private long lastDraw;
    private boolean drew;

    private Progress(PrintWriter terminal) {
      this.terminal = terminal;
    }

    static Progress onTerminal() {
      return new Progress(System.console() != null ? System.console().writer() : null);
    }

    @Override
    public void update(int done, int total, Duration elapsed) {
      long now = System.nanoTime();
      if (terminal == null || (now - lastDraw < 200_000_000L && done < total)) {
        return;
      }
      lastDraw = now;
      drew = true;
      terminal.print("\r" + line(done, total, elapsed) + "   ");
      terminal.flush();
    }

    void done() {
      if (drew) {
        terminal.print("\r" + " ".repeat(70) + "\r");
        terminal.flush();
      }
    }

    static String line(int done, int total, Duration elapsed) {
      double seconds = Math.max(1e-3, elapsed.toNanos() / 1e9);
      double rate = done / seconds;
      long left = rate > 0 ? Math.round((total - done) / rate) : 0;
      return String.format(Locale.ROOT, "indexing %,d/%,d documents  %.0f/s  %d:%02d left", done, total, rate,
          left / 60, left % 60);
    }
  }
}
