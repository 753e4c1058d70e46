package dev.yuanwen.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  /** Surefire runs in examples/; the corpus is beside it. */
  private static final Path CORPUS = Path.of("..", "corpus");

  private static final List<String> KEYS =
      List.of("documents", "points", "precision", "recall", "f1", "top1", "unsupported", "no_source_false_alarms",
          "altered_caught", "figure_false_alarms", "ms_per_document");

  private static CliResult run(String... args) {
    return CliResult.run(args);
  }

  private static List<String> keys(JsonNode o) {
    List<String> keys = new ArrayList<>();
    o.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static void assertMetrics(JsonNode o) {
    assertTrue(o.get("documents").isInt(), o.toString());
    assertTrue(o.get("points").isInt(), o.toString());
    for (String k : KEYS.subList(2, KEYS.size())) {
      JsonNode v = o.get(k);
      assertTrue(v.isNull() || v.isNumber(), k + ": " + v);
      if (v.isNumber() && !k.equals("ms_per_document")) {
        assertTrue(v.asDouble() >= 0 && v.asDouble() <= 1, k + ": " + v);
      }
    }
    assertTrue(o.get("ms_per_document").asDouble() >= 0);
  }

  @Test
  void jsonOnTheCorpusIsOneObjectWithExactlyTheKeys() throws Exception {
    CliResult r = run("eval", CORPUS.toString(), "--json");
    assertEquals(0, r.code(), r.err());
    ObjectMapper json = new ObjectMapper();
    JsonNode root = json.readTree(r.out());
    assertEquals(1, r.out().strip().lines().count(), "one line");
    List<String> expected = new ArrayList<>(KEYS);
    expected.addAll(List.of("by_kind", "by_point_kind", "reliability", "verdicts"));
    assertEquals(expected, keys(root));
    // per kind of point: the corpus digests have leads, headings, items, bullets and conclusions
    assertTrue(keys(root.get("by_point_kind")).containsAll(List.of("lead", "heading", "item", "bullet", "conclusion")),
        root.get("by_point_kind").toString());
    for (JsonNode k : root.get("by_point_kind")) {
      assertEquals(List.of("points", "gold_links", "predicted_links", "precision", "recall", "f1"), keys(k));
    }
    assertEquals(10, root.get("reliability").size());
    int bucketed = 0;
    for (JsonNode b : root.get("reliability")) {
      bucketed += b.get("links").asInt();
    }
    int predicted = 0;
    for (JsonNode k : root.get("by_point_kind")) {
      predicted += k.get("predicted_links").asInt();
    }
    assertEquals(predicted, bucketed, "every predicted link is in one confidence bucket");
    // every corpus pair is its digest's source
    assertEquals(root.get("documents").asInt(), root.get("verdicts").get("matched").asInt(), root.get("verdicts").toString());
    assertMetrics(root);
    assertTrue(root.get("documents").asInt() >= 1);
    assertTrue(root.get("points").asInt() >= 20);
    // the corpus holds digests only, each with an altered_numbers field; every point of the seed digest is linked
    assertEquals(List.of("digest"), keys(root.get("by_kind")));
    JsonNode digest = root.get("by_kind").get("digest");
    assertEquals(KEYS, keys(digest));
    assertMetrics(digest);
    assertEquals(root.get("documents"), digest.get("documents"));
    assertEquals(root.get("points"), digest.get("points"));
    assertTrue(root.get("figure_false_alarms").isNumber());
  }

  @Test
  void mismatchedPairsEveryCorpusDigestWithTheOtherArticlesAndLinksAlmostNothing() throws Exception {
    CliResult r = run("eval", "--mismatched", "--json", CORPUS.resolve("anthropic-pause").toString(),
        CORPUS.resolve("yangtze-fishing-ban").toString(), CORPUS.resolve("taiwan-long-term-care").toString());
    assertEquals(0, r.code(), r.err());
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertEquals(6, root.get("pairs").asInt(), r.out());
    assertEquals(6, root.get("verdicts").get("unrelated").asInt(), r.out());
    assertEquals(0, root.get("linked_points").asInt(), r.out());
    assertTrue(keys(root.get("by_point_kind")).contains("heading"), r.out());

    CliResult text = run("eval", "--mismatched", CORPUS.resolve("anthropic-pause").toString(),
        CORPUS.resolve("yangtze-fishing-ban").toString());
    assertEquals(0, text.code(), text.err());
    assertTrue(text.out().startsWith("yuanwen eval --mismatched: 2 pairs"), text.out());
    assertTrue(text.out().contains("verdicts   0 matched, 0 partly supported, 2 unrelated"), text.out());
    for (String line : text.out().split("\n")) {
      assertTrue(line.length() <= 80, line);
    }
  }

  @Test
  void textIsATableWithinEightyColumns() {
    CliResult r = run("eval", CORPUS.resolve("anthropic-pause").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("yuanwen eval: 1 document, 20 points"), r.out());
    assertTrue(r.out().matches("(?s).*\\n\\s+docs points\\s+prec\\s+rec\\s+f1\\s+top1\\s+unsup\\s+nosrc\\s+fig\\+\\s+fig-\\s+ms/doc\\n.*"), r.out());
    assertTrue(r.out().contains("\noverall      1     20 "), r.out());
    assertTrue(r.out().contains("\ndigest       1     20 "), r.out());
    assertFalse(r.out().contains("parallel"), r.out());
    for (String line : r.out().split("\n")) {
      assertTrue(line.length() <= 80, "wider than 80 columns: " + line);
    }
  }

  @Test
  void alteredFiguresRunAndSayTheSeed(@TempDir Path dir) throws Exception {
    CliResult r = run("eval", CORPUS.toString(), "--alter-figures", "--seed", "5");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("figures altered (seed 5)"), r.out());

    // a parallel document without altered_numbers: its altered copy has them
    ObjectMapper json = new ObjectMapper();
    var doc = json.createObjectNode();
    doc.put("id", "rail").put("kind", "parallel").put("source", "written for the yuanwen tests").put("title_zh", "").put("title_en", "");
    doc.putArray("zh").add("今年以来，全国铁路发送旅客31.2亿人次，同比增长12.5%。").add("铁路部门表示，将继续增开夜间高铁列车。");
    doc.putArray("en")
        .add("Since the start of the year, the railways have carried 3.12 billion passengers, up 12.5% year on year.")
        .add("The railway authorities said they would keep adding overnight high-speed trains.");
    doc.putArray("links").add(json.createArrayNode().add(0).add(0)).add(json.createArrayNode().add(1).add(1));
    Path gold = dir.resolve("rail.jsonl");
    Files.writeString(gold, doc + "\n", StandardCharsets.UTF_8);
    JsonNode plain = json.readTree(run("eval", gold.toString(), "--json").out());
    assertTrue(plain.get("altered_caught").isNull(), plain.toString());
    JsonNode altered = json.readTree(run("eval", gold.toString(), "--json", "--alter-figures").out());
    assertTrue(altered.get("altered_caught").isNumber(), altered.toString());
    assertTrue(altered.get("figure_false_alarms").isNumber(), altered.toString());
    assertEquals(List.of("parallel"), keys(altered.get("by_kind")));
  }

  @Test
  void badGoldFileIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "{\"id\": \"x\", \"kind\": \"digest\"\n", StandardCharsets.UTF_8);
    CliResult r = run("eval", bad.toString());
    assertEquals(2, r.code());
    assertOneLine(r.err(), "bad.jsonl: line 1");
    assertEquals("", r.out());

    r = run("eval", dir.resolve("missing.jsonl").toString());
    assertEquals(2, r.code());
    assertOneLine(r.err(), "missing.jsonl: no such file or folder");

    r = run("eval", CORPUS.toString(), "--seed", "3");
    assertEquals(2, r.code());
    assertOneLine(r.err(), "--seed");
  }

  @Test
  void noInputIsAUsageError() {
    CliResult r = run("eval");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("FILE"), r.err());
  }

  private static void assertOneLine(String err, String fragment) {
    String trimmed = err.strip();
    assertFalse(trimmed.contains("\n"), "more than one line: " + err);
    assertTrue(trimmed.startsWith("yuanwen: "), err);
    assertTrue(trimmed.contains(fragment), err);
    assertFalse(trimmed.contains("Exception") || trimmed.contains("\tat "), err);
  }
}
