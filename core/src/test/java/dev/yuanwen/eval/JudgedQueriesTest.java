package dev.yuanwen.eval;

import static dev.yuanwen.document.GoldFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yuanwen.InputException;
import dev.yuanwen.eval.JudgedQuery.Item;
import dev.yuanwen.index.Language;
import dev.yuanwen.index.Side;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JudgedQueriesTest {
  private static final String GOOD = "{\"id\": \"zh-name-01\", \"query\": \"腾讯\", \"lang\": \"zh\", \"kind\": \"name\", "
      + "\"relevant\": {\"zh\": [[\"anthropic-pause\", 12], [\"wukong\", 3]], \"en\": [[\"anthropic-pause\", 11]]}, "
      + "\"note\": \"two documents\", \"reviewer\": \"an unknown field, ignored\"}";

  @TempDir Path dir;

  private List<JudgedQuery> read(String... lines) {
    return JudgedQueries.read(write(dir.resolve("queries.jsonl"), lines));
  }

  /** The message of reading a file whose second line is {@code line} (the first is good). */
  private String problem(String line) {
    return assertThrows(InputException.class, () -> read(GOOD, line)).getMessage().replace(dir + File.separator, "");
  }

  private String q(String fields) {
    return "{\"id\": \"q2\", \"query\": \"Tencent\", " + fields + "}";
  }

  @Test
  void readsAGoodFile() {
    String second = "{\"id\": \"en-topic-06\", \"query\": \"drone shows\", \"lang\": \"en\", \"kind\": \"topic\", "
        + "\"relevant\": {\"zh\": [], \"en\": [[\"marathon\", 0]]}}";
    List<JudgedQuery> qs = read("\uFEFF" + GOOD, "", second, "  ");
    assertEquals(2, qs.size());
    JudgedQuery a = qs.get(0);
    assertEquals("zh-name-01", a.id());
    assertEquals("腾讯", a.query());
    assertEquals(Language.ZH, a.language());
    assertEquals(JudgedQuery.Kind.NAME, a.kind());
    assertEquals(List.of(new Item("anthropic-pause", 12), new Item("wukong", 3)), a.relevant(Side.ZH));
    assertEquals(List.of(new Item("anthropic-pause", 11)), a.relevant(Side.EN));
    assertEquals("two documents", a.note());
    JudgedQuery b = qs.get(1);
    assertEquals(JudgedQuery.Kind.TOPIC, b.kind());
    assertEquals(List.of(), b.zh());
    assertEquals("", b.note());
    assertFalse(a.hard()); // absent: not hard, tuning data
    assertEquals(JudgedQuery.Split.TUNE, a.split());
  }

  @Test
  void readsHardSplitAndTheNewKinds() {
    String held = q("\"lang\": \"zh\", \"kind\": \"script\", \"hard\": true, \"split\": \"heldout\", "
        + "\"relevant\": {\"zh\": [[\"d\", 0]], \"en\": []}");
    String tune = "{\"id\": \"q3\", \"query\": \"\\\"long-term care\\\" -Japan\", \"lang\": \"en\", \"kind\": \"syntax\", "
        + "\"hard\": false, \"split\": \"tune\", \"relevant\": {\"zh\": [], \"en\": [[\"d\", 1]]}}";
    String abbreviation = "{\"id\": \"q4\", \"query\": \"NEV\", \"lang\": \"en\", \"kind\": \"abbreviation\", "
        + "\"hard\": null, \"split\": null, \"relevant\": {\"zh\": [], \"en\": [[\"d\", 1]]}}";
    List<JudgedQuery> qs = read(GOOD, held, tune, abbreviation);
    assertEquals(JudgedQuery.Kind.SCRIPT, qs.get(1).kind());
    assertTrue(qs.get(1).hard());
    assertEquals(JudgedQuery.Split.HELDOUT, qs.get(1).split());
    assertEquals(JudgedQuery.Kind.SYNTAX, qs.get(2).kind());
    assertEquals("\"long-term care\" -Japan", qs.get(2).query());
    assertFalse(qs.get(2).hard());
    assertEquals(JudgedQuery.Split.TUNE, qs.get(2).split());
    assertEquals(JudgedQuery.Kind.ABBREVIATION, qs.get(3).kind());
    assertFalse(qs.get(3).hard());
    assertEquals(JudgedQuery.Split.TUNE, qs.get(3).split());
  }

  @Test
  void readsTheProjectQueries() {
    List<JudgedQuery> qs = JudgedQueries.read(Path.of("..", "corpus", "queries.jsonl"));
    assertEquals(157, qs.size()); // 76, then 81 written for the search issue before its ranking changes
    assertEquals(List.of(Language.ZH, Language.EN, Language.MIXED),
        qs.stream().map(JudgedQuery::language).distinct().toList());
    assertEquals(Set.of(JudgedQuery.Kind.values()), qs.stream().map(JudgedQuery::kind).collect(Collectors.toSet()));
    List<JudgedQuery> held = qs.stream().filter(q -> q.split() == JudgedQuery.Split.HELDOUT).toList();
    assertEquals(34, held.size());
    assertTrue(qs.subList(0, 76).stream().allMatch(q -> q.split() == JudgedQuery.Split.TUNE), "the first 76 are tuning data");
    // every kind of the new queries is held out in part
    for (JudgedQuery.Kind kind : List.of(JudgedQuery.Kind.NAME, JudgedQuery.Kind.NUMBER, JudgedQuery.Kind.PARAPHRASE,
        JudgedQuery.Kind.ABBREVIATION, JudgedQuery.Kind.SCRIPT, JudgedQuery.Kind.SYNTAX)) {
      assertTrue(held.stream().anyMatch(q -> q.kind() == kind), kind + " not held out");
    }
    // every paraphrase and script query is hard
    assertTrue(qs.stream().filter(q -> q.kind() == JudgedQuery.Kind.PARAPHRASE || q.kind() == JudgedQuery.Kind.SCRIPT)
        .allMatch(JudgedQuery::hard));
    assertEquals(92, qs.stream().filter(JudgedQuery::hard).count());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "{\"id\": \"q2\", |line 2: not valid JSON (column 13): Unexpected end-of-input",
    "[1, 2]|line 2: not a JSON object",
    "{\"id\": \"q\"} {}|line 2: not valid JSON (column 13): Trailing token (of type START_OBJECT) found after value",
    "{\"query\": \"x\"}|line 2: missing field \"id\"",
    "{\"id\": 7}|line 2: \"id\" must be a string, not 7",
    "{\"id\": \" \"}|line 2: \"id\" is empty",
    "{\"id\": \"q2\", \"id\": \"q3\"}|line 2: not valid JSON (column 18): Duplicate field 'id'",
  })
  void badLines(String line, String expected) {
    String message = problem(line);
    assertTrue(message.startsWith("queries.jsonl: " + expected), message);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "\"kind\": \"name\", \"relevant\": {\"zh\": [], \"en\": [[\"d\", 0]]}|missing field \"lang\"",
    "\"lang\": \"fr\", \"kind\": \"name\"|\"lang\" is \"fr\" (expected zh, en or mixed)",
    "\"lang\": \"en\", \"kind\": \"person\"|\"kind\" is \"person\" (expected name, number, topic, paraphrase, abbreviation, script or syntax)",
    "\"lang\": \"en\", \"kind\": \"name\"|missing field \"relevant\"",
    "\"lang\": \"en\", \"kind\": \"name\", \"relevant\": [[\"d\", 0]]|\"relevant\" must be an object {\"zh\": [...], \"en\": [...]}",
    "\"lang\": \"en\", \"kind\": \"name\", \"relevant\": {\"zh\": []}|missing field \"relevant\".en",
    "\"lang\": \"en\", \"kind\": \"name\", \"relevant\": {\"zh\": [], \"en\": []}|query \"q2\" has no relevant item",
    "\"lang\": \"en\", \"kind\": \"name\", \"relevant\": {\"zh\": [[\"d\"]], \"en\": []}|\"relevant\".zh item [\"d\"] is not a [doc, index] pair",
    "\"lang\": \"en\", \"kind\": \"name\", \"relevant\": {\"zh\": [[\"d\", 1.5]], \"en\": []}|\"relevant\".zh item [\"d\",1.5] is not a [doc, index] pair",
    "\"lang\": \"en\", \"kind\": \"name\", \"relevant\": {\"zh\": [[0, \"d\"]], \"en\": []}|\"relevant\".zh item [0,\"d\"] is not a [doc, index] pair",
    "\"lang\": \"en\", \"kind\": \"name\", \"relevant\": {\"zh\": [[\"d\", -1]], \"en\": []}|\"relevant\".zh item [\"d\",-1]: negative index",
    "\"lang\": \"en\", \"kind\": \"name\", \"relevant\": {\"zh\": [], \"en\": [[\"d\", 1], [\"d\", 1]]}|\"relevant\".en item [\"d\",1] is listed twice",
    "\"lang\": \"en\", \"kind\": \"name\", \"relevant\": {\"zh\": [], \"en\": [[\"d\", 1]]}, \"note\": 3|\"note\" must be a string",
    "\"lang\": \"en\", \"kind\": \"name\", \"relevant\": {\"zh\": [], \"en\": [[\"d\", 1]]}, \"hard\": \"yes\"|\"hard\" must be true or false, not \"yes\"",
    "\"lang\": \"en\", \"kind\": \"name\", \"relevant\": {\"zh\": [], \"en\": [[\"d\", 1]]}, \"hard\": 1|\"hard\" must be true or false, not 1",
    "\"lang\": \"en\", \"kind\": \"name\", \"relevant\": {\"zh\": [], \"en\": [[\"d\", 1]]}, \"split\": \"test\"|\"split\" is \"test\" (expected \"tune\" or \"heldout\")",
    "\"lang\": \"en\", \"kind\": \"name\", \"relevant\": {\"zh\": [], \"en\": [[\"d\", 1]]}, \"split\": 2|\"split\" is 2 (expected \"tune\" or \"heldout\")",
  })
  void badFields(String fields, String expected) {
    assertEquals("queries.jsonl: line 2: " + expected, problem(q(fields)));
  }

  @Test
  void duplicateIdNamesBothLines() {
    assertEquals("queries.jsonl: line 2: duplicate id \"zh-name-01\" (first on line 1)", problem(GOOD));
  }

  @Test
  void fileProblems() throws Exception {
    Path empty = write(dir.resolve("empty.jsonl"), "", " ");
    assertEquals(empty + ": no queries (expected one JSON object per line)",
        assertThrows(InputException.class, () -> JudgedQueries.read(empty)).getMessage());
    Path missing = dir.resolve("missing.jsonl");
    assertEquals(missing + ": no such file or folder",
        assertThrows(InputException.class, () -> JudgedQueries.read(missing)).getMessage());
    assertEquals(dir + ": is a folder, not a queries file",
        assertThrows(InputException.class, () -> JudgedQueries.read(dir)).getMessage());
    Path latin1 = dir.resolve("latin1.jsonl");
    Files.write(latin1, new byte[] {'{', '"', (byte) 0xE9, '"', '}', '\n'});
    assertEquals(latin1 + ": not valid UTF-8 text",
        assertThrows(InputException.class, () -> JudgedQueries.read(latin1)).getMessage());
  }
}
