package dev.yuanwen.examples.cli;

import dev.yuanwen.InputException;
import dev.yuanwen.align.Aligner;
import dev.yuanwen.align.Alignment;
import dev.yuanwen.examples.render.AlignmentHtml;
import dev.yuanwen.examples.render.AlignmentJson;
import dev.yuanwen.examples.render.AlignmentText;
import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Aligns a digest to its article and shows the result as text, JSON or an HTML page. */
@Command(
    name = "align",
    mixinStandardHelpOptions = true,
    description = {
      "Tie each point of the English digest to the paragraphs of the Chinese article it summarizes: links with"
          + " score, confidence, carrying sentences and evidence; flags; the paragraphs no point covers.",
      "Give a corpus folder, or both --zh and --en files. Points and paragraphs are numbered from 0."
    })
final class AlignCommand implements Callable<Integer> {
  enum Format { text, json, html }

  @Spec CommandSpec spec;

  @Mixin DocumentFiles files;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text, json (docs/alignment.schema.json) or html (one self-contained page) (default: ${DEFAULT-VALUE}).",
      defaultValue = "text")
  Format format;

  @Option(names = "--max-paragraphs", paramLabel = "N",
      description = "Refuse an article of more than N paragraphs (default: ${DEFAULT-VALUE}).")
  int maxParagraphs = Aligner.MAX_PARAGRAPHS;

  @Option(names = "--max-points", paramLabel = "N",
      description = "Refuse a digest of more than N points (default: ${DEFAULT-VALUE}).")
  int maxPoints = Aligner.MAX_POINTS;

  @Option(names = "--max-chars", paramLabel = "N",
      description = "Refuse an article of more than N characters (default: ${DEFAULT-VALUE}).")
  int maxChars = Aligner.MAX_CHARS;

  @Option(names = "--max-pairs", paramLabel = "N",
      description = "Refuse more than N paragraphs x points, which memory grows with (default: ${DEFAULT-VALUE}).")
  long maxPairs = Aligner.MAX_PAIRS;

  @Override
  public Integer call() throws IOException {
    if (maxParagraphs < 1 || maxPoints < 1 || maxChars < 1 || maxPairs < 1) {
      throw new InputException("align", "--max-paragraphs, --max-points, --max-chars and --max-pairs must be at least 1");
    }
    boolean defaults = maxParagraphs == Aligner.MAX_PARAGRAPHS && maxPoints == Aligner.MAX_POINTS
        && maxChars == Aligner.MAX_CHARS && maxPairs == Aligner.MAX_PAIRS;
    // Load the aligner's dictionaries on the second core while this one reads the inputs.
    CompletableFuture<Aligner> aligner = CompletableFuture.supplyAsync(() -> defaults ? Aligner.shared()
        : Aligner.builder().maxParagraphs(maxParagraphs).maxPoints(maxPoints).maxChars(maxChars).maxPairs(maxPairs).build());
    files.checkSize(maxChars);
    DocumentFiles.Read in = files.read("align", true);
    Alignment alignment = aligner.join().align(in.article(), in.digest());
    switch (format) {
      case json -> files.write(out -> AlignmentJson.write(alignment, out), spec.commandLine().getOut());
      case html -> files.write(AlignmentHtml.render(alignment), spec.commandLine().getOut());
      case text -> files.write(AlignmentText.render(alignment), spec.commandLine().getOut());
    }
    return 0;
  }
}
