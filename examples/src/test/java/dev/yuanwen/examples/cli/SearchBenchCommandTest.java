package dev.yuanwen.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yuanwen.index.CorpusIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figures are there and the kept index holds the corpus; no timing is asserted. */
class SearchBenchCommandTest {
  /** Surefire runs in examples/; the corpus is beside it. */
  private static final Path CORPUS = Path.of("..", "corpus");

  private static void assertLine(String out, String regex) {
    assertTrue(Pattern.compile(regex, Pattern.MULTILINE).matcher(out).find(), regex + " in:\n" + out);
  }

  @Test
  void smallRunReportsEveryFigureAndKeepsTheIndex(@TempDir Path tmp) {
    Path keep = tmp.resolve("index");
    CliResult r = CliResult.run("bench-search", "--corpus", CORPUS.toString(), "--paragraphs", "2000",
        "--queries", "30", "--keep", keep.toString());
    assertEquals(0, r.code(), r.err());
    String out = r.out();
    assertLine(out, "^corpus +[\\d,]+ documents, 2,000 paragraphs .*, [\\d,]+ points");
    assertLine(out, "^baseline +SmartChineseAnalyzer.*: [\\d,]+ para/s");
    assertLine(out, "^yuanwen +CorpusIndex.addAll.*: [\\d,]+ para/s");
    assertLine(out, "^ratio +\\d+\\.\\d\\d .*target >= 0.5");
    assertLine(out, "^index size +SmartChineseAnalyzer [\\d.]+ MB .* yuanwen [\\d.]+ MB");
    assertLine(out, "^index +2,000 paragraphs, [\\d,]+ points");
    assertLine(out, "^queries +30: judged \\d+, zh-word");
    assertLine(out, "^  both sides +p50 [\\d.]+ ms +p90 [\\d.]+ ms +p99 [\\d.]+ ms +max [\\d.]+ ms");
    assertLine(out, "^  zh only +p50 [\\d.]+ ms");
    assertLine(out, "^heap +\\d+ MB");
    assertTrue(CorpusIndex.exists(keep), "the index is kept");
    try (CorpusIndex index = CorpusIndex.open(keep)) {
      assertEquals(2000, index.paragraphCount());
    }
  }

  @Test
  void keepRefusesAFolderInUse(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("notes.txt"), "mine");
    CliResult r = CliResult.run("bench-search", "--corpus", CORPUS.toString(), "--keep", tmp.toString());
    assertEquals(Main.BAD_INPUT, r.code());
    assertTrue(r.err().contains("new or empty folder"), r.err());
  }
}
