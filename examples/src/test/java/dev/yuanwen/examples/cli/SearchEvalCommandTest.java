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
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchEvalCommandTest {
  /** Surefire runs in examples/; the corpus is beside it. */
  private static final Path CORPUS = Path.of("..", "corpus");
  private static final String QUERIES = CORPUS.resolve("queries.jsonl").toString();
  private static final List<String> GROUPS = List.of("all", "english", "cross-language", "hard", "same-language", "mixed",
      "zh->zh", "zh->en", "en->en", "en->zh", "mixed->zh", "mixed->en", "name", "number", "topic", "paraphrase",
      "abbreviation", "script", "syntax");

  private static List<String> keys(JsonNode o) {
    List<String> keys = new ArrayList<>();
    o.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void textOnTheCorpusIsATableWithTheMisses() {
    CliResult r = CliResult.run("eval-search", "--queries", QUERIES, "--misses", CORPUS.toString());
    assertEquals(0, r.code(), r.err());
    String out = r.out();
    assertTrue(out.startsWith("yuanwen eval-search: 157 queries (split all), 297 searches\non 13 documents ("), out);
    assertTrue(out.matches("(?s).*\\n\\s+queries\\s+MRR\\s+R@10\\n.*"), out);
    int at = 0;
    for (String group : GROUPS) { // in this order, each with a count and two figures
      int row = out.indexOf("\n" + group + " ", at);
      assertTrue(row > at, group + " missing or out of order:\n" + out);
      String line = out.substring(row + 1, out.indexOf('\n', row + 1));
      assertTrue(line.matches(group.replace("+", "\\+") + " +\\d+ +(\\d\\.\\d{3}|-) +(\\d\\.\\d{3}|-)"), line);
      at = row;
    }
    assertTrue(out.matches("(?s).*\\nindexed in \\d+\\.\\d s; 297 searches in \\d+\\.\\d\\d s .*"), out);
    String table = out.substring(0, out.indexOf("\nMISSES"));
    for (String line : table.split("\n")) {
      assertTrue(line.length() <= 80, "wider than 80 columns: " + line);
    }
    assertTrue(out.matches("(?s).*\\nMISSES \\d+ of 297 searches: first relevant hit not at rank 1, worst first\\n"
        + "  \\S+ +(zh|en) +(\\d+|-) +\\d+/\\d+  \\S.*"), out);
  }

  @Test
  void jsonOnTheCorpusIsOneObject() throws Exception {
    CliResult r = CliResult.run("eval-search", "--queries", QUERIES, CORPUS.toString(), "--json", "--misses");
    assertEquals(0, r.code(), r.err());
    assertEquals(1, r.out().strip().lines().count(), "one line");
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertEquals(List.of("mode", "queries", "split", "documents", "searches", "index_seconds", "search_seconds", "groups",
        "misses"), keys(root));
    assertEquals("queries", root.get("mode").asText());
    assertEquals(157, root.get("queries").asInt());
    assertEquals("all", root.get("split").asText());
    assertEquals(13, root.get("documents").asInt());
    assertEquals(297, root.get("searches").asInt());
    assertEquals(GROUPS, keys(root.get("groups")));
    for (JsonNode g : root.get("groups")) {
      assertEquals(List.of("searches", "mrr", "recall_at_10", "hit_at_10"), keys(g));
      for (String k : List.of("mrr", "recall_at_10", "hit_at_10")) {
        assertTrue(g.get(k).asDouble() >= 0 && g.get(k).asDouble() <= 1, k + ": " + g);
      }
    }
    JsonNode miss = root.get("misses").get(0);
    assertEquals(List.of("id", "query", "side", "rank", "found", "relevant"), keys(miss));
    assertTrue(miss.get("rank").isNull() || miss.get("rank").asInt() > 1, miss.toString());
  }

  @Test
  void splitRunsPartOfTheQueries() throws Exception {
    JsonNode held = new ObjectMapper().readTree(
        CliResult.run("eval-search", "--queries", QUERIES, "--split", "heldout", CORPUS.toString(), "--json").out());
    JsonNode tune = new ObjectMapper().readTree(
        CliResult.run("eval-search", "--queries", QUERIES, "--split", "tune", CORPUS.toString(), "--json").out());
    assertEquals("heldout", held.get("split").asText());
    assertEquals(34, held.get("queries").asInt());
    assertEquals("tune", tune.get("split").asText());
    assertEquals(123, tune.get("queries").asInt());
    assertEquals(297, held.get("searches").asInt() + tune.get("searches").asInt());
    assertEquals(tune.get("searches").asInt(), tune.get("groups").get("all").get("searches").asInt());
    CliResult text = CliResult.run("eval-search", "--queries", QUERIES, "--split", "heldout", CORPUS.toString());
    assertTrue(text.out().startsWith("yuanwen eval-search: 34 queries (split heldout), "), text.out());
  }

  @Test
  void pointsAsQueriesOnAGoldFile() throws Exception {
    String gold = CORPUS.resolve("anthropic-pause").toString(); // a corpus folder: its gold.jsonl
    CliResult r = CliResult.run("eval-search", "--points-as-queries", gold);
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("yuanwen eval-search --points-as-queries: 1 document, 20 points with gold links"), r.out());
    assertTrue(r.out().matches("(?s).*\\n\\s+points\\s+MRR\\s+hit@10\\s+R@10\\nall +20 .*"), r.out());
    assertTrue(r.out().contains("\ndigest                20 "), r.out());
    assertTrue(r.out().contains("\nheading  "), r.out());

    JsonNode root = new ObjectMapper().readTree(CliResult.run("eval-search", "--points-as-queries", gold, "--json").out());
    assertEquals("points-as-queries", root.get("mode").asText());
    assertEquals(20, root.get("points").asInt());
    assertEquals(20, root.get("groups").get("all").get("searches").asInt());
    assertFalse(root.has("misses"));
  }

  @Test
  void badQueriesFileIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad-queries.jsonl");
    Files.writeString(bad, "{\"id\": \"q1\", \"query\": \"腾讯\", \"lang\": \"cn\"}\n", StandardCharsets.UTF_8);
    CliResult r = CliResult.run("eval-search", "--queries", bad.toString(), CORPUS.toString());
    assertEquals(2, r.code());
    assertOneLine(r.err(), "bad-queries.jsonl: line 1: \"lang\" is \"cn\"");
    assertEquals("", r.out());

    // a judgment of a document the inputs lack names the queries file and the query
    Path unknown = dir.resolve("unknown.jsonl");
    Files.writeString(unknown, "{\"id\": \"q1\", \"query\": \"腾讯\", \"lang\": \"zh\", \"kind\": \"name\", "
        + "\"relevant\": {\"zh\": [[\"no-such-doc\", 0]], \"en\": []}}\n", StandardCharsets.UTF_8);
    r = CliResult.run("eval-search", "--queries", unknown.toString(), CORPUS.resolve("anthropic-pause").toString());
    assertEquals(2, r.code());
    assertOneLine(r.err(), "unknown.jsonl: query \"q1\": relevant zh item [\"no-such-doc\", 0]: no document");

    r = CliResult.run("eval-search", "--queries", dir.resolve("missing.jsonl").toString(), CORPUS.toString());
    assertEquals(2, r.code());
    assertOneLine(r.err(), "missing.jsonl: no such file or folder");

    r = CliResult.run("eval-search", "--points-as-queries", "--queries", bad.toString(), CORPUS.toString());
    assertEquals(2, r.code());
    assertOneLine(r.err(), "--queries is not for --points-as-queries");

    r = CliResult.run("eval-search", "--split", "test", CORPUS.toString());
    assertEquals(2, r.code());
    assertOneLine(r.err(), "eval-search: --split is \"test\" (expected tune, heldout or all)");

    r = CliResult.run("eval-search", "--points-as-queries", "--split", "heldout", CORPUS.toString());
    assertEquals(2, r.code());
    assertOneLine(r.err(), "--split is for judged queries, not --points-as-queries");

    // a file with no held-out query
    Path tuneOnly = dir.resolve("tune-only.jsonl");
    Files.writeString(tuneOnly, "{\"id\": \"q1\", \"query\": \"腾讯\", \"lang\": \"zh\", \"kind\": \"name\", "
        + "\"relevant\": {\"zh\": [[\"anthropic-pause\", 12]], \"en\": []}}\n", StandardCharsets.UTF_8);
    r = CliResult.run("eval-search", "--queries", tuneOnly.toString(), "--split", "heldout", CORPUS.toString());
    assertEquals(2, r.code());
    assertOneLine(r.err(), "tune-only.jsonl: no queries in split heldout");
  }

  @Test
  void defaultsAreTheProjectCorpus() {
    if (System.getenv("YUANWEN_HOME") == null) {
      assertEquals(Path.of("corpus", "queries.jsonl"), SearchEvalCommand.project("corpus", "queries.jsonl"));
    } else {
      assertEquals(Path.of(System.getenv("YUANWEN_HOME"), "corpus", "queries.jsonl"),
          SearchEvalCommand.project("corpus", "queries.jsonl"));
    }
  }

  /** One line: "yuanwen: ", the message with {@code fragment}, no stack trace. */
  private static void assertOneLine(String err, String fragment) {
    assertTrue(err.matches("yuanwen: [^\\n]*" + Pattern.quote(fragment) + "[^\\n]*\\R?"), err);
    assertFalse(err.contains("Exception"), err);
  }
}
