package dev.yuanwen.examples.cli;

import dev.yuanwen.InputException;
import dev.yuanwen.document.Article;
import dev.yuanwen.document.Digest;
import dev.yuanwen.examples.render.AnalysisJson;
import dev.yuanwen.examples.render.AnalysisText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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

  @Parameters(arity = "0..1", paramLabel = "DIR", description = "A corpus document folder, e.g. corpus/anthropic-pause.")
  Path dir;

  @Option(names = "--zh", paramLabel = "ARTICLE", description = "Chinese article: plain text, a paragraph per line or blank-line separated.")
  Path zh;

  @Option(names = "--en", paramLabel = "DIGEST", description = "English digest.")
  Path en;

  @Option(
      names = "--title-line",
      negatable = true,
      description = {
        "The article's first line is (--title-line) or is not (--no-title-line) its title.",
        "Default: a short first line without final punctuation, followed by a blank line."
      })
  Boolean titleLine;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).", defaultValue = "text")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of the terminal.")
  Path output;

  @Override
  public Integer call() throws IOException {
    Article article = null;
    Digest digest = null;
    if (dir != null) {
      if (zh != null || en != null) {
        throw new InputException(dir.toString(), "give a folder or --zh/--en files, not both");
      }
      CorpusFolder doc = CorpusFolder.read(dir);
      article = doc.article();
      digest = doc.digest();
    } else {
      if (zh == null && en == null) {
        throw new InputException("analyze", "nothing to analyze: give a corpus folder or --zh/--en files");
      }
      if (zh != null) {
        article = titleLine == null ? Article.parse(zh) : Article.parser().withTitleLine(titleLine).parse(zh);
      }
      if (en != null) {
        digest = Digest.parse(en);
      }
    }
    String rendered = format == Format.json ? AnalysisJson.render(digest, article) : AnalysisText.render(digest, article);
    if (output != null) {
      Files.writeString(output, rendered, StandardCharsets.UTF_8);
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(rendered);
      out.flush();
    }
    return 0;
  }
}
