package dev.yuanwen.examples.cli;

import dev.yuanwen.examples.render.AnalysisJson;
import dev.yuanwen.examples.render.AnalysisText;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Shows what the library reads: the digest's points and the segmented article. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Show the parsed digest (points with kind, marker, label, parent) and the segmented article.",
      "Give a corpus folder, or --zh and/or --en files."
    })
final class AnalyzeCommand implements Callable<Integer> {
  enum Format { text, json }

  @Spec CommandSpec spec;

  @Mixin DocumentFiles files;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).", defaultValue = "text")
  Format format;

  @Override
  public Integer call() throws IOException {
    DocumentFiles.Read in = files.read("analyze", false);
    String rendered = format == Format.json ? AnalysisJson.render(in.digest(), in.article()) : AnalysisText.render(in.digest(), in.article());
    files.write(rendered, spec.commandLine().getOut());
    return 0;
  }
}
