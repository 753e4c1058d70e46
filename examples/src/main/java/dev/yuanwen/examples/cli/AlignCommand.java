package dev.yuanwen.examples.cli;

import dev.yuanwen.align.Aligner;
import dev.yuanwen.align.Alignment;
import dev.yuanwen.align.Verdict;
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

  enum FailOn { unrelated, unsupported }

  @Option(
      names = "--fail-on",
      paramLabel = "WHAT",
      description = {
        "Exit 3 (after the output) when the verdict is unrelated (unrelated), or when it is not matched or a point"
            + " has no source (unsupported). Without it the exit code does not depend on the verdict."
      })
  FailOn failOn;

  @Override
  public Integer call() throws IOException {
    // Load the aligner's dictionaries on the second core while this one reads the inputs.
    CompletableFuture<Aligner> aligner = CompletableFuture.supplyAsync(Aligner::shared);
    DocumentFiles.Read in = files.read("align", true);
    Alignment alignment = aligner.join().align(in.article(), in.digest());
    String rendered = switch (format) {
      case json -> AlignmentJson.render(alignment);
      case html -> AlignmentHtml.render(alignment);
      case text -> AlignmentText.render(alignment);
    };
    files.write(rendered, spec.commandLine().getOut());
    return failOn == null ? 0 : fails(alignment, failOn) ? 3 : 0;
  }

  /** Whether {@code --fail-on what} fails the alignment. */
  static boolean fails(Alignment alignment, FailOn what) {
    return switch (what) {
      case unrelated -> alignment.verdict() == Verdict.UNRELATED;
      case unsupported -> alignment.verdict() != Verdict.MATCHED || !alignment.unsupportedPoints().isEmpty();
    };
  }
}
