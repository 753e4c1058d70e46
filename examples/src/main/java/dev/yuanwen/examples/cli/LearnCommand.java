package dev.yuanwen.examples.cli;

import dev.yuanwen.InputException;
import dev.yuanwen.analysis.EnglishTerms;
import dev.yuanwen.analysis.ChineseSegmenter;
import dev.yuanwen.index.CorpusIndex;
import dev.yuanwen.lexicon.TranslationTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Learns the index's translation table again, or shows it. */
@Command(
    name = "learn",
    mixinStandardHelpOptions = true,
    description = {
      "Learn the corpus index's translation table again from every indexed document's alignment"
          + " (IBM Model 1 both ways over each point and its confidently linked paragraphs, CC-CEDICT"
          + " as the prior) and store it in the index. 'index' learns it too; this relearns from"
          + " everything, after many single additions or deletions.",
      "--show WORD prints what the table has for a word (English or Chinese) without learning;"
          + " --out FILE also writes the table as a gzip TSV file."
    })
final class LearnCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexLocation index;

  @Option(names = "--show", paramLabel = "WORD", description = "Print the table's translations of WORD (repeatable); nothing is learned.")
  List<String> show = new ArrayList<>();

  @Option(names = "--out", paramLabel = "FILE", description = "Also write the table to FILE (gzip TSV, TranslationTable's format).")
  Path outFile;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = index.dir();
    if (!CorpusIndex.exists(dir)) {
      throw new InputException(dir.toString(), "no index here yet; create it with: yuanwen index --index " + dir + " corpus");
    }
    try (CorpusIndex corpus = CorpusIndex.open(dir)) {
      TranslationTable table;
      if (show.isEmpty()) {
        long start = System.nanoTime();
        table = corpus.relearn();
        corpus.commit();
        out.printf(Locale.ROOT, "learned %s in %.1f s: %,d English and %,d Chinese terms with translations%n",
            table, (System.nanoTime() - start) / 1e9, table.englishTermCount(), table.chineseTermCount());
      } else {
        table = corpus.translationTable();
        out.println(corpus.translationTableSource().isEmpty() ? "no table learned yet" : corpus.translationTableSource());
        for (String word : show) {
          boolean han = word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
          String term = han ? ChineseSegmenter.shared().simplified(word) : EnglishTerms.stem(word.toLowerCase(Locale.ROOT));
          List<TranslationTable.Translation> ts = han ? table.englishFor(term) : table.chineseFor(term);
          double evidence = han ? table.chineseEvidence(term) : table.englishEvidence(term);
          out.printf(Locale.ROOT, "%s (%s, evidence %.1f):%s%n", word, term, evidence, ts.isEmpty() ? " nothing" : "");
          for (TranslationTable.Translation t : ts) {
            out.printf(Locale.ROOT, "  %-16s P %.3f  inverse %.3f  count %.1f%n", t.term(), t.probability(), t.inverse(), t.count());
          }
        }
      }
      if (outFile != null) {
        table.write(outFile);
        out.println("wrote " + outFile);
      }
    }
    return 0;
  }
}
