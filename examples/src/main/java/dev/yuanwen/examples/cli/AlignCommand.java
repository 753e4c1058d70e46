package dev.yuanwen.examples.cli;

import dev.yuanwen.InputException;
import dev.yuanwen.align.Aligner;
import dev.yuanwen.align.AlignmentExport;
import dev.yuanwen.align.AlignmentJson;
import dev.yuanwen.document.Article;
import dev.yuanwen.document.Digest;
import dev.yuanwen.document.TranslationUnits;
import dev.yuanwen.align.Alignment;
import dev.yuanwen.align.Verdict;
import dev.yuanwen.examples.render.AlignmentHtml;
import dev.yuanwen.examples.render.AlignmentText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
  enum Format { text, json, html, tmx, csv }

  enum Units { paragraphs, sentences, lines }

  @Spec CommandSpec spec;

  @Mixin DocumentFiles files;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text, json (docs/alignment.schema.json), html (one self-contained page), tmx (TMX 1.4b: a"
          + " translation unit per bead or link) or csv (a row per link) (default: ${DEFAULT-VALUE}).",
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

  @Option(
      names = "--mode",
      paramLabel = "MODE",
      description = "digest (the English summarizes the article) or parallel (it translates it: beads in order)"
          + " (default: ${DEFAULT-VALUE}).",
      defaultValue = "digest")
  String mode;

  @Option(
      names = "--units",
      paramLabel = "UNITS",
      description = "With --mode parallel: what is aligned, paragraphs, sentences or lines (each line of either"
          + " file one unit, as sentence-aligned corpora are distributed) (default: sentences).")
  Units units;

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

  @Option(names = "--dict", paramLabel = "FILE", description = {
      "A user dictionary, in front of CC-CEDICT: lines of 中文<TAB>english[/english2...] or hunalign's"
          + " english @ 中文 (# comments, blank lines); its pairs show as evidence of kind user."})
  Path dict;

  @Override
  public Integer call() throws IOException {
    if (maxParagraphs < 1 || maxPoints < 1 || maxChars < 1 || maxPairs < 1) {
      throw new InputException("align", "--max-paragraphs, --max-points, --max-chars and --max-pairs must be at least 1");
    }
    // Read now: a bad dictionary line is the first error, before the documents are read.
    dev.yuanwen.lexicon.UserDictionary terms = dict == null ? dev.yuanwen.lexicon.UserDictionary.empty()
        : dev.yuanwen.lexicon.UserDictionary.read(dict);
    boolean defaults = maxParagraphs == Aligner.MAX_PARAGRAPHS && maxPoints == Aligner.MAX_POINTS
        && maxChars == Aligner.MAX_CHARS && maxPairs == Aligner.MAX_PAIRS && terms.isEmpty();
    // Load the aligner's dictionaries on the second core while this one reads the inputs.
    CompletableFuture<Aligner> aligner = CompletableFuture.supplyAsync(() -> defaults ? Aligner.shared()
        : Aligner.builder().dictionary(terms).maxParagraphs(maxParagraphs).maxPoints(maxPoints).maxChars(maxChars).maxPairs(maxPairs).build());
    Aligner.Mode m = switch (mode) {
      case "digest" -> Aligner.Mode.DIGEST;
      case "parallel" -> Aligner.Mode.PARALLEL;
      default -> throw new InputException("align", "--mode is digest or parallel, not " + mode);
    };
    Alignment alignment;
    if (m == Aligner.Mode.PARALLEL) {
      Path zh = files.zh;
      Path en = files.en;
      List<Path> given = new ArrayList<>();
      if (files.dir != null) {
        given.add(files.dir);
      }
      if (files.second != null) {
        given.add(files.second);
      }
      if (zh == null && en == null && given.size() == 2) {
        zh = given.get(0);
        en = given.get(1);
      } else if (!given.isEmpty()) {
        throw new InputException("align", "with --mode parallel give ZH EN files, or --zh and --en");
      }
      if (zh == null || en == null) {
        throw new InputException("align", "with --mode parallel give ZH EN files, or --zh and --en");
      }
      TranslationUnits u = switch (units == null ? Units.sentences : units) {
        case paragraphs -> TranslationUnits.PARAGRAPHS;
        case sentences -> TranslationUnits.SENTENCES;
        case lines -> TranslationUnits.LINES;
      };
      Article article = u.article(zh.toString(), read(zh));
      Digest digest = u.english(en.toString(), read(en));
      alignment = aligner.join().align(article, digest, m);
    } else {
      if (units != null) {
        throw new InputException("align", "--units is for --mode parallel");
      }
      files.checkSize(maxChars);
      DocumentFiles.Read in = files.read("align", true);
      alignment = aligner.join().align(in.article(), in.digest());
    }
    switch (format) {
      case json -> files.write(out -> AlignmentJson.write(alignment, out), spec.commandLine().getOut());
      case html -> files.write(AlignmentHtml.render(alignment), spec.commandLine().getOut());
      case text -> files.write(AlignmentText.render(alignment), spec.commandLine().getOut());
      case tmx -> files.write(AlignmentExport.tmx(alignment), spec.commandLine().getOut());
      case csv -> files.write(AlignmentExport.csv(alignment), spec.commandLine().getOut());
    }
    return failOn == null ? 0 : fails(alignment, failOn) ? 3 : 0;
  }

  /** Whether {@code --fail-on what} fails the alignment. */
  static boolean fails(Alignment alignment, FailOn what) {
    return switch (what) {
      case unrelated -> alignment.verdict() == Verdict.UNRELATED;
      case unsupported -> alignment.verdict() != Verdict.MATCHED || !alignment.unsupportedPoints().isEmpty();
    };
  }

  private static String read(Path file) {
    try {
      return new String(java.nio.file.Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new InputException(file.toString(), "no such file");
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot read: " + e.getMessage());
    }
  }
}
