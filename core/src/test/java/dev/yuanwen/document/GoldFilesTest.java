package dev.yuanwen.document;

import static dev.yuanwen.document.GoldFixtures.digestRecord;
import static dev.yuanwen.document.GoldFixtures.line;
import static dev.yuanwen.document.GoldFixtures.parallelRecord;
import static dev.yuanwen.document.GoldFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yuanwen.InputException;
import dev.yuanwen.document.GoldDocument.AlteredNumber;
import dev.yuanwen.document.GoldDocument.GoldLink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldFilesTest {
  @TempDir Path dir;

  @Test
  void readsEveryFieldAndIgnoresUnknownOnes() {
    ObjectNode d = digestRecord("gdp-q3");
    d.putArray("altered_numbers").addArray().add(2).add("650万辆").add("6.5 million");
    Path file = write(dir.resolve("gold.jsonl"), line(d), "", line(parallelRecord("rail-passengers")));
    List<GoldDocument> docs = GoldFiles.read(file);
    assertEquals(2, docs.size());

    GoldDocument g = docs.get(0);
    assertEquals("gdp-q3", g.id());
    assertEquals(GoldDocument.Kind.DIGEST, g.kind());
    assertEquals("written for the yuanwen tests", g.source());
    assertEquals("前三季度经济数据发布", g.titleZh());
    assertEquals("Q1-Q3 Economic Data Released", g.titleEn());
    assertEquals(GoldFixtures.DIGEST_ZH, g.zh());
    assertEquals(GoldFixtures.DIGEST_EN, g.en());
    assertEquals(List.of(new GoldLink(0, 0), new GoldLink(1, 1), new GoldLink(1, 2), new GoldLink(2, 1), new GoldLink(3, 2)), g.links());
    assertEquals(List.of(4), g.unsupported());
    assertEquals(List.of(new AlteredNumber(2, "650万辆", "6.5 million")), g.alteredNumbers());
    assertTrue(g.hasAlteredNumbers());
    assertTrue(g.digestText().startsWith("Economic Data\n\nChina's GDP"), g.digestText());
    assertEquals(3, g.article().paragraphs().size());
    assertEquals(5, g.digest().points().size());
    assertEquals(Point.Kind.HEADING, g.digest().points().get(1).kind());
    assertEquals(Point.Kind.ITEM, g.digest().points().get(2).kind());

    GoldDocument p = docs.get(1);
    assertEquals(GoldDocument.Kind.PARALLEL, p.kind());
    assertEquals("", p.titleZh());
    assertEquals("", p.digestText());
    assertEquals(List.of(), p.unsupported());
    assertEquals(List.of(), p.alteredNumbers());
    assertFalse(p.hasAlteredNumbers(), "no altered_numbers field");
  }

  @Test
  void emptyAlteredNumbersStillCounts() {
    GoldDocument g = GoldFiles.read(write(dir.resolve("a.jsonl"), line(digestRecord("gdp-q3")))).get(0);
    assertTrue(g.hasAlteredNumbers());
    assertEquals(List.of(), g.alteredNumbers());
  }

  @Test
  void corpusFolderAndFolderOfCorpusFolders() throws Exception {
    Path corpus = dir.resolve("corpus");
    write(corpus.resolve("rail").resolve("gold.jsonl"), line(parallelRecord("rail")));
    write(corpus.resolve("gdp").resolve("gold.jsonl"), line(digestRecord("gdp")));
    Files.createDirectories(corpus.resolve("no-gold-here"));
    write(corpus.resolve("README.md"), "# corpus");
    assertEquals(List.of("gdp", "rail"), GoldFiles.read(corpus).stream().map(GoldDocument::id).toList());
    assertEquals(List.of("rail"), GoldFiles.read(corpus.resolve("rail")).stream().map(GoldDocument::id).toList());
    // the same file reached twice is read once
    assertEquals(List.of("gdp", "rail"),
        GoldFiles.read(List.of(corpus, corpus.resolve("gdp"), corpus.resolve("gdp/gold.jsonl"))).stream().map(GoldDocument::id).toList());
  }

  @Test
  void aFolderOfCorpusFoldersInsideTheCorpusIsNotRead() {
    // corpus/heldout/ holds documents of its own (without a gold file of its own): reading corpus/
    // must not reach them, reading corpus/heldout/ must read them alone
    Path corpus = dir.resolve("corpus");
    write(corpus.resolve("gdp").resolve("gold.jsonl"), line(digestRecord("gdp")));
    write(corpus.resolve("heldout").resolve("rail").resolve("gold.jsonl"), line(parallelRecord("rail")));
    write(corpus.resolve("heldout").resolve("queries.jsonl"), "{}");
    assertEquals(List.of("gdp"), GoldFiles.read(corpus).stream().map(GoldDocument::id).toList());
    assertEquals(List.of("rail"), GoldFiles.read(corpus.resolve("heldout")).stream().map(GoldDocument::id).toList());
    assertEquals(List.of("gdp", "rail"),
        GoldFiles.read(List.of(corpus, corpus.resolve("heldout"))).stream().map(GoldDocument::id).toList());
  }

  @Test
  void theProjectCorpusReads() {
    // Surefire runs in core/; the corpus is beside it.
    List<GoldDocument> docs = GoldFiles.read(Path.of("..", "corpus"));
    GoldDocument seed = docs.stream().filter(d -> d.id().equals("anthropic-pause")).findFirst().orElseThrow();
    assertEquals(GoldDocument.Kind.DIGEST, seed.kind());
    assertEquals(seed.en().size(), seed.digest().points().size());
    assertEquals(seed.zh().size(), seed.article().paragraphs().size());
    assertTrue(seed.hasAlteredNumbers());
    assertFalse(seed.links().isEmpty());
  }

  @Test
  void badJsonNamesFileAndLine() {
    Path file = write(dir.resolve("bad.jsonl"), line(digestRecord("a")), "{\"id\": \"b\", \"kind\": digest}");
    InputException e = assertThrows(InputException.class, () -> GoldFiles.read(file));
    assertTrue(e.getMessage().startsWith(file + ": line 2, column "), e.getMessage());
    assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  @Test
  void twoObjectsOnOneLineAndNonObjectsAreRejected() {
    assertProblem(line(digestRecord("a")) + " " + line(parallelRecord("b")), "line 1", "not valid JSON");
    assertProblem("[1, 2]", "line 1: not a JSON object");
  }

  @Test
  void missingFields() {
    for (String field : List.of("id", "kind", "source", "title_zh", "title_en", "zh", "en", "links")) {
      assertProblem(edit(digestRecord("a"), o -> o.remove(field)), "line 1: missing field \"" + field + "\"");
    }
  }

  @Test
  void wrongTypesAndValues() {
    assertProblem(edit(digestRecord("a"), o -> o.put("kind", "summary")), "\"kind\" is \"summary\" (expected \"digest\" or \"parallel\")");
    assertProblem(edit(digestRecord("a"), o -> o.put("id", " ")), "empty \"id\"");
    assertProblem(edit(digestRecord("a"), o -> o.put("zh", "一段")), "\"zh\" must be an array of strings");
    assertProblem(edit(digestRecord("a"), o -> o.putArray("en")), "\"en\" is empty");
    assertProblem(edit(digestRecord("a"), o -> ((com.fasterxml.jackson.databind.node.ArrayNode) o.get("en")).add(" ")), "\"en\"[5] is blank");
    assertProblem(edit(digestRecord("a"), o -> o.put("title_en", 3)), "\"title_en\" must be a string");
    assertProblem(edit(digestRecord("a"), o -> o.putArray("links").addArray().add(0)), "link [0] is not an [en_index, zh_index] pair");
    assertProblem(edit(digestRecord("a"), o -> o.putArray("links").addArray().add(0).add("1")), "zh_index must be a whole number");
    assertProblem(edit(digestRecord("a"), o -> o.putArray("zh").add("This paragraph is English.").add("So is this one.").add("And this.")), "document \"a\"", "Chinese");
  }

  @Test
  void linkOutOfRange() {
    assertProblem(edit(digestRecord("a"), o -> o.withArray("links").addArray().add(2).add(3)), "line 1: link [2,3] out of range (3 zh paragraphs)");
    assertProblem(edit(digestRecord("a"), o -> o.withArray("links").addArray().add(5).add(0)), "link [5,0] out of range (5 en points)");
    assertProblem(edit(digestRecord("a"), o -> o.withArray("links").addArray().add(-1).add(0)), "out of range");
  }

  @Test
  void duplicateLinkAndInconsistentUnsupported() {
    assertProblem(edit(digestRecord("a"), o -> o.withArray("links").addArray().add(1).add(2)), "duplicate link [1,2]");
    assertProblem(edit(digestRecord("a"), o -> o.withArray("unsupported").add(0)), "point 0 is listed as unsupported but has links");
    assertProblem(edit(digestRecord("a"), o -> o.withArray("unsupported").add(9)), "unsupported point 9 out of range");
  }

  @Test
  void badAlteredNumbers() {
    assertProblem(edit(digestRecord("a"), o -> o.withArray("altered_numbers").addArray().add(2).add("33.7%")),
        "altered_numbers entry [2,\"33.7%\"] is not [en_index, \"article says\", \"point says\"]");
    assertProblem(edit(digestRecord("a"), o -> o.withArray("altered_numbers").addArray().add(7).add("33.7%").add("37.3%")),
        "out of range (5 en points)");
  }

  @Test
  void duplicateIdInOneFileAndAcrossFiles() {
    Path one = write(dir.resolve("one.jsonl"), line(digestRecord("a")), line(parallelRecord("a")));
    InputException e = assertThrows(InputException.class, () -> GoldFiles.read(one));
    assertEquals(one + ": line 2: duplicate id \"a\" (first in " + one + " line 1)", e.getMessage());

    Path x = write(dir.resolve("x.jsonl"), line(digestRecord("b")));
    Path y = write(dir.resolve("y.jsonl"), line(parallelRecord("c")), line(parallelRecord("b")));
    e = assertThrows(InputException.class, () -> GoldFiles.read(List.of(x, y)));
    assertEquals(y + ": line 2: duplicate id \"b\" (first in " + x + " line 1)", e.getMessage());
  }

  @Test
  void missingPathEmptyFileFolderWithoutGoldAndBinary() throws Exception {
    Path missing = dir.resolve("nope.jsonl");
    assertEquals(missing + ": no such file or folder", assertThrows(InputException.class, () -> GoldFiles.read(missing)).getMessage());

    Path empty = write(dir.resolve("empty.jsonl"), "", "  ");
    assertTrue(assertThrows(InputException.class, () -> GoldFiles.read(empty)).getMessage().contains("no gold records"));

    Path folder = Files.createDirectories(dir.resolve("folder"));
    assertEquals(folder + ": no gold.jsonl in the folder or its subfolders",
        assertThrows(InputException.class, () -> GoldFiles.read(folder)).getMessage());

    Path binary = dir.resolve("binary.jsonl");
    Files.write(binary, new byte[] {'{', (byte) 0xff, (byte) 0xfe, '}'});
    assertEquals(binary + ": not valid UTF-8 text", assertThrows(InputException.class, () -> GoldFiles.read(binary)).getMessage());
  }

  @Test
  void byteOrderMarkAndCrlfAreAccepted() {
    Path file = write(dir.resolve("bom.jsonl"), "\uFEFF" + line(digestRecord("a")) + "\r", line(parallelRecord("b")) + "\r");
    assertEquals(List.of("a", "b"), GoldFiles.read(file).stream().map(GoldDocument::id).toList());
  }

  private static String edit(ObjectNode o, Consumer<ObjectNode> change) {
    change.accept(o);
    return line(o);
  }

  private void assertProblem(String content, String... fragments) {
    Path file = write(dir.resolve("case.jsonl"), content);
    InputException e = assertThrows(InputException.class, () -> GoldFiles.read(file));
    assertTrue(e.getMessage().startsWith(file + ": line 1"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    for (String f : fragments) {
      assertTrue(e.getMessage().contains(f), "expected \"" + f + "\" in: " + e.getMessage());
    }
  }

  @Test
  void readsOneLineAsTheFileReaderDoesWithTheSameErrors() {
    ObjectNode d = digestRecord("gdp-q3");
    Path file = write(dir.resolve("gold.jsonl"), line(d));
    GoldDocument whole = GoldFiles.read(file).get(0);
    GoldDocument one = GoldFiles.readLine("part-0.jsonl", 1, "\uFEFF" + line(d));
    assertEquals(whole.id(), one.id());
    assertEquals(whole.zh(), one.zh());
    assertEquals(whole.links(), one.links());

    d.remove("links");
    InputException e = assertThrows(InputException.class, () -> GoldFiles.readLine("part-0.jsonl", 7, line(d)));
    assertEquals("part-0.jsonl: line 7: missing field \"links\"", e.getMessage());
    e = assertThrows(InputException.class, () -> GoldFiles.readLine("part-0.jsonl", 2, "{\"id\": "));
    assertTrue(e.getMessage().startsWith("part-0.jsonl: line 2, column "), e.getMessage());
    e = assertThrows(InputException.class, () -> GoldFiles.readLine("part-0.jsonl", 3, "  "));
    assertEquals("part-0.jsonl: line 3: blank (expected a JSON object)", e.getMessage());
  }
}
