package dev.yuanwen.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** bench-serve on a small recombined corpus: every figure is printed and no request fails; no timing is asserted. */
class ServeBenchCommandTest {
  /** Surefire runs in examples/; the corpus is beside it. */
  private static final Path CORPUS = Path.of("..", "corpus");

  private static void assertLine(String out, String regex) {
    assertTrue(Pattern.compile(regex, Pattern.MULTILINE).matcher(out).find(), regex + " in:\n" + out);
  }

  @Test
  void smallRunReportsEveryFigureWithoutErrors() {
    CliResult r = CliResult.run("bench-serve", "--corpus", CORPUS.toString(), "--paragraphs", "300",
        "--queries", "20", "--seconds", "1", "--clients", "4", "--warm-up", "2");
    assertEquals(0, r.code(), r.err());
    String out = r.out();
    assertLine(out, "^yuanwen bench-serve: 1 s per load, 20 queries, seed 42, \\d+ cores, load average ");
    assertLine(out, "^index +recombined: [\\d,]+ documents, 300 paragraphs, [\\d,]+ points");
    assertLine(out, "^warm-up +1 client for \\d+ s \\((until the JIT compiler took under 5% of a core for 3 s|the JIT compiler"
        + " had not settled|no JIT timing)\\): [\\d,]+ pages, p50 [\\d.]+ ms, p99 [\\d.]+ ms");
    assertLine(out, "^library +CorpusIndex.search, 10 hits: +p50 [\\d.]+ ms +p99 [\\d.]+ ms +max [\\d.]+ ms");
    assertLine(out, "^paired page .*p50 [\\d.]+ ms");
    assertLine(out, "^page +1 client +[\\d,]+ req/s +p50 +[\\d.]+ ms +p99 +[\\d.]+ ms +max +[\\d.]+ ms +[\\d,]+ requests, 0 errors");
    assertLine(out, "^page +4 clients +[\\d,]+ req/s .* 0 errors");
    assertLine(out, "^page adds +-?[\\d.]+ ms at p50");
    assertLine(out, "^scaling +[\\d.]+x");
    assertLine(out, "^tail +p99/p50 [\\d.]+ at 1 client, [\\d.]+ at 4");
    assertLine(out, "^rss +\\d+ MB before the loads, \\d+ MB after");
    assertTrue(r.err().isEmpty(), "no access log while measuring: " + r.err());
  }

  @Test
  void badOptionsAreRefused() {
    CliResult r = CliResult.run("bench-serve", "--corpus", CORPUS.toString(), "--clients", "0");
    assertEquals(Main.BAD_INPUT, r.code());
    assertTrue(r.err().contains("--clients 1 to 256"), r.err());
    r = CliResult.run("bench-serve", "--corpus", CORPUS.toString(), "--warm-up", "-1");
    assertEquals(Main.BAD_INPUT, r.code());
    assertTrue(r.err().contains("--warm-up"), r.err());
  }
}
