package dev.yuanwen.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yuanwen.examples.render.SchemaCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code index} and {@code search} commands: output, JSON schema, filters, errors. */
class SearchCommandTest {
  private static final Path CORPUS = Path.of("..", "corpus");
  private static final Path SCHEMA = Path.of("..", "docs", "search.schema.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  private static Path index;

  @BeforeAll
  static void buildIndex() {
    index = tmp.resolve("index");
    CliResult r = CliResult.run("index", "--index", index.toString(), CORPUS.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().matches("(?s)indexed 13 documents \\(204 paragraphs, 201 points\\) in [0-9.]+ s\n.*"), r.out());
    assertTrue(r.out().contains(index + ": 13 documents, 204 paragraphs, 201 points"), r.out());
    assertEquals("", r.err(), "no progress when the output is not a terminal");
  }

  private static CliResult search(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "search";
    all[1] = "--index";
    all[2] = index.toString();
    System.arraycopy(args, 0, all, 3, args.length);
    return CliResult.run(all);
  }

  private static JsonNode json(String... args) throws Exception {
    CliResult r = search(args);
    assertEquals(0, r.code(), r.err());
    JsonNode root = JSON.readTree(r.out());
    List<String> problems = SchemaCheck.check(JSON.readTree(SCHEMA.toFile()), root);
    assertTrue(problems.isEmpty(), String.join("\n", problems));
    return root;
  }

  @Test
  void textShowsEachHitWithItsCounterpartsIn80Columns() {
    CliResult r = search("-n", "3", "Anthropic", "估值");
    assertEquals(0, r.code(), r.err());
    String out = r.out();
    assertTrue(out.startsWith("hits 1-3 of "), out);
    assertTrue(out.contains("for \"Anthropic 估值\" (mixed)"), out);
    assertTrue(out.contains(" 1. anthropic-pause  zh ¶5  score "), out);
    assertTrue(out.contains("«Anthropic»") && out.contains("«估值»"), out);
    assertTrue(out.contains("    ↔ en #"), out);
    assertTrue(out.endsWith("more: --page 2\n"), out);
    for (String line : out.split("\n")) {
      assertTrue(AlignCommandTest.displayWidth(line) <= 80, line);
    }
  }

  @Test
  void jsonHasTheDocumentedShape() throws Exception {
    JsonNode root = json("--json", "-n", "5", "fishing", "ban");
    assertEquals("fishing ban", root.get("query").asText());
    assertEquals("en", root.get("language").asText());
    JsonNode hits = root.get("hits");
    assertEquals(5, hits.size());
    for (JsonNode hit : hits) {
      String text = hit.get("text").asText();
      for (JsonNode span : hit.get("highlights")) {
        assertTrue(span.get(1).asInt() <= text.length());
      }
      for (JsonNode c : hit.get("aligned")) {
        assertFalse(c.get("side").asText().equals(hit.get("side").asText()));
      }
    }
    assertEquals("yangtze-fishing-ban", hits.get(0).get("doc").asText());
  }

  @Test
  void sideLanguageFiltersAndPaging() throws Exception {
    JsonNode zh = json("--json", "--side", "zh", "retirement age");
    zh.get("hits").forEach(h -> assertEquals("zh", h.get("side").asText()));
    assertEquals("delayed-retirement-reform", zh.get("hits").get(0).get("doc").asText());
    JsonNode forced = json("--json", "--lang", "zh", "--side", "zh", "retirement");
    assertEquals(0, forced.get("hits").size(), "forced Chinese: the English word is not translated");
    JsonNode tagged = json("--json", "--tag", "semiconductors", "-n", "50", "投资 investment");
    tagged.get("hits").forEach(h -> assertEquals("tsmc-arizona-fabs", h.get("doc").asText()));
    JsonNode outlet = json("--json", "--outlet", "Yicai", "-n", "50", "AI");
    outlet.get("hits").forEach(h -> assertEquals("anthropic-pause", h.get("doc").asText()));
    JsonNode doc = json("--json", "--doc", "marathon-boom-china", "-n", "50", "增长");
    doc.get("hits").forEach(h -> assertEquals("marathon-boom-china", h.get("doc").asText()));
    JsonNode page2 = json("--json", "-n", "2", "--page", "2", "长江");
    assertEquals(2, page2.get("offset").asInt());
  }

  @Test
  void hostileQueriesAreSearchedAsText() throws Exception {
    assertEquals("<script>alert(1)</script>", json("--json", "<script>alert(1)</script>").get("query").asText());
    assertEquals("title:(a AND b~2)*?", json("--json", "title:(a AND b~2)*?").get("query").asText());
    json("--json", "x".repeat(10_000));
    CliResult empty = search(" ");
    assertEquals(2, empty.code());
    assertEquals("yuanwen: search: the query is empty\n", empty.err());
  }

  @Test
  void errorsAreOneLineWithExitCode2() throws Exception {
    Path none = tmp.resolve("no-index");
    CliResult r = CliResult.run("search", "--index", none.toString(), "长江");
    assertEquals(2, r.code());
    assertEquals("yuanwen: " + none + ": no index here; create it with: yuanwen index --index " + none + " corpus\n", r.err());
    Path notes = Files.createDirectories(tmp.resolve("notes"));
    Files.writeString(notes.resolve("a.txt"), "mine");
    r = CliResult.run("index", "--index", notes.toString(), CORPUS.resolve("anthropic-pause").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("yuanwen: " + notes + ": not an index, and not empty"), r.err());
    r = CliResult.run("index", "--index", tmp.resolve("other").toString(), tmp.resolve("missing").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("missing: no such file or folder"), r.err());
    assertFalse(Files.exists(tmp.resolve("other")), "nothing is written when an input is bad");
    assertEquals(2, search("-n", "0", "x").code());
    assertEquals(2, search("--side", "fr", "x").code());
  }

  @Test
  void aPagePastTheEndAndAnUnknownDocumentSaySo() throws Exception {
    long total = json("--json", "Anthropic").get("total").asLong();
    assertTrue(total > 10, "the query has more than one page of 10: " + total);
    long last = (total + 9) / 10;
    CliResult past = search("--page", "99", "Anthropic");
    assertEquals(2, past.code(), past.out());
    assertEquals("yuanwen: search: page 99 is past the last page (" + last + ")\n", past.err());
    assertEquals("", past.out());
    assertEquals(0, search("--page", String.valueOf(last), "Anthropic").code(), "the last page itself is fine");
    CliResult twoPages = search("-n", String.valueOf((total + 1) / 2), "--page", "99", "Anthropic");
    assertEquals("yuanwen: search: page 99 is past the last page (2)\n", twoPages.err());
    CliResult nope = search("--doc", "nope", "Anthropic");
    assertEquals(2, nope.code(), nope.out());
    assertTrue(nope.err().startsWith("yuanwen: search: --doc nope: no such document in the index (it has 13: "),
        nope.err());
  }

  @Test
  void colourOnlyOnAColourTerminal() {
    assertTrue(SearchCommand.colour(true, null, "xterm-256color"));
    assertFalse(SearchCommand.colour(true, null, "dumb"), "TERM=dumb");
    assertFalse(SearchCommand.colour(true, "1", "xterm"), "NO_COLOR");
    assertFalse(SearchCommand.colour(false, null, "xterm"), "not a terminal");
  }

  @Test
  void deleteAndList() {
    Path small = tmp.resolve("small");
    assertEquals(0, CliResult.run("index", "--index", small.toString(), CORPUS.resolve("anthropic-pause").toString(),
        CORPUS.resolve("marathon-boom-china").toString()).code());
    CliResult r = CliResult.run("index", "--index", small.toString(), "--delete", "marathon-boom-china", "--list");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("deleted marathon-boom-china\n"), r.out());
    assertTrue(r.out().endsWith(": 1 documents, 22 paragraphs, 20 points\nanthropic-pause\n"), r.out());
    r = CliResult.run("index", "--index", small.toString(), "--delete", "marathon-boom-china");
    assertEquals(0, r.code());
    assertTrue(r.err().contains("no document \"marathon-boom-china\" to delete"), r.err());
  }

  @Test
  void theQuerySyntaxAndWhatItWasTranslatedAs() throws Exception {
    CliResult r = search("-n", "1", "\"long-term care\"", "-台风");
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().split("\n");
    assertTrue(lines[1].startsWith("translated as: "), r.out());
    String line = (lines[1] + " " + lines[2].strip()).replace("\n", " ");
    assertTrue(line.contains("long-term care → 长照") && line.contains("\"long-term care\"; not 台风 ("), r.out());
    JsonNode root = json("--json", "-n", "3", "台风", "-广东", "side:en");
    JsonNode t = root.get("translated_as");
    assertTrue(t.get("summary").asText().startsWith("台风 → "), t.toString());
    assertEquals("广东", t.get("excluded").get(0).get("text").asText());
    assertEquals("en", t.get("filters").get(0).get("value").asText());
    root.get("hits").forEach(h -> assertEquals("en", h.get("side").asText()));
    // A word starting with a dash is an exclusion, not an option, even after the first word.
    JsonNode excluded = json("--json", "-n", "50", "Yangtze", "-porpoise");
    assertTrue(excluded.get("hits").size() > 0);
    excluded.get("hits").forEach(h -> assertFalse(h.get("text").asText().toLowerCase(java.util.Locale.ROOT).contains("porpoise")));
    assertEquals(1, json("--json", "-n", "1", "Yangtze", "-hello").get("hits").size());
  }

  @Test
  void exclusionsOrFiltersAloneAreAnError() {
    CliResult r = search("-台风");
    assertEquals(2, r.code());
    assertEquals("yuanwen: search: nothing to search: the query only leaves out (-台风); add a word to search for\n", r.err());
    r = search("--json", "side:zh");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("only filters (side:zh)"), r.err());
  }
}
