package dev.yuanwen.examples.cli;

import dev.yuanwen.InputException;
import dev.yuanwen.align.Aligner;
import java.util.concurrent.CompletableFuture;
import dev.yuanwen.align.Alignment;
import dev.yuanwen.document.Article;
import dev.yuanwen.document.Digest;
import dev.yuanwen.examples.render.AlignmentHtml;
import dev.yuanwen.examples.render.AlignmentJson;
import dev.yuanwen.examples.render.AlignmentText;
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

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text, json (docs/alignment.schema.json) or html (one self-contained page) (default: ${DEFAULT-VALUE}).",
      defaultValue = "text")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of the terminal.")
  Path output;

  @Override
  public Integer call() throws IOException {
    // Load the aligner's dictionaries on the second core while this one reads the inputs.
    CompletableFuture<Aligner> aligner = CompletableFuture.supplyAsync(Aligner::shared);
    Article article;
    Digest digest;
    if (dir != null) {
      if (zh != null || en != null) {
        throw new InputException(dir.toString(), "give a folder or --zh/--en files, not both");
      }
      CorpusFolder doc = CorpusFolder.read(dir);
      article = doc.article();
      digest = doc.digest();
    } else {
      if (zh == null || en == null) {
        throw new InputException("align", zh == null && en == null
            ? "nothing to align: give a corpus folder or --zh ARTICLE and --en DIGEST"
            : "give both --zh ARTICLE and --en DIGEST (only " + (zh != null ? "--zh" : "--en") + " given)");
      }
      article = titleLine == null ? Article.parse(zh) : Article.parser().withTitleLine(titleLine).parse(zh);
      digest = Digest.parse(en);
    }
    Alignment alignment = aligner.join().align(article, digest);
    String rendered = switch (format) {
      case json -> AlignmentJson.render(alignment);
      case html -> AlignmentHtml.render(alignment);
      case text -> AlignmentText.render(alignment);
    };
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
