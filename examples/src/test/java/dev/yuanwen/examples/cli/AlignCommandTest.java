package dev.yuanwen.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yuanwen.examples.render.SchemaCheck;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code align} command on the corpus and on bad input, with the real aligner's output on corpus
 * documents: these tests check the command and its views; the quality
 * of the links is tested in core (CorpusAlignmentTest).
 */
class AlignCommandTest {
  /** Surefire runs in examples/; the corpus and the docs are beside it. */
  private static final Path DOC = Path.of("..", "corpus", "anthropic-pause");
  private static final Path SCHEMA = Path.of("..", "docs", "alignment.schema.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static CliResult run(String... args) {
    return CliResult.run(args);
  }

  @Test
  void helpListsAlign() {
    CliResult r = run("--help");
    assertTrue(r.out().contains("align"), r.out());
    CliResult h = run("align", "--help");
    assertEquals(0, h.code());
    assertTrue(h.out().contains("--format") && h.out().contains("html"), h.out());
  }

  @Test
  void theVerdictComesFirstAndFailOnExitsThreeOnAnUnrelatedPair() throws Exception {
    CliResult own = run("align", DOC.toString(), "--fail-on", "unrelated");
    assertEquals(0, own.code(), own.err());
    assertTrue(own.out().split("\n")[1].startsWith("  verdict    matched, support 1.00"), own.out());

    String zh = Path.of("..", "corpus", "yangtze-fishing-ban", "article.zh.txt").toString();
    String en = DOC.resolve("digest.en.txt").toString();
    CliResult plain = run("align", "--zh", zh, "--en", en);
    assertEquals(0, plain.code(), "without --fail-on the exit code does not depend on the verdict");
    assertTrue(plain.out().contains("  verdict    unrelated, support 0.00"), plain.out());
    assertTrue(plain.out().contains("  links      0 (0 of 20 points have a source)"), plain.out());
    assertEquals(3, run("align", "--zh", zh, "--en", en, "--fail-on", "unrelated").code());
    assertEquals(3, run("align", "--zh", zh, "--en", en, "--fail-on", "unsupported").code());

    JsonNode json = JSON.readTree(run("align", "--zh", zh, "--en", en, "--format", "json").out());
    List<String> keys = new java.util.ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("schema", "verdict", "support", "article"), keys.subList(0, 4));
    assertEquals("unrelated", json.get("verdict").asText());
    String html = run("align", DOC.toString(), "--format", "html").out();
    assertTrue(html.indexOf("class=\"verdict v-matched\"") > 0
        && html.indexOf("class=\"verdict v-matched\"") < html.indexOf("<h1>"), "the verdict first on the page");
    assertEquals(2, run("align", DOC.toString(), "--fail-on", "everything").code());
  }

  @Test
  void textShowsEveryPointAndTheUncoveredParagraphsIn80Columns() {
    CliResult r = run("align", DOC.toString());
    assertEquals(0, r.code(), r.err());
    String out = r.out();
    assertTrue(out.startsWith("ALIGNMENT digest.en.txt -> article.zh.txt, numbered from 0\n"), out);
    assertTrue(out.contains("  size       20 points, 22 paragraphs\n"), out);
    assertTrue(out.contains("  0 lead         Anthropic, the renowned AI company"), out);
    assertTrue(out.contains(" 19 conclusion   [In Conclusion] Anthropic’s appeal"), out);
    assertTrue(out.matches("(?s).*\n    -> para \\d+ +score \\d\\.\\d\\d  confidence \\d\\.\\d\\d.*"), out);
    assertTrue(out.contains("UNCOVERED "), out);
    for (String line : out.split("\n")) {
      assertTrue(displayWidth(line) <= 80, "wider than 80 columns (" + displayWidth(line) + "): " + line);
      assertFalse(line.endsWith(" "), "trailing space: [" + line + "]");
    }
  }

  @Test
  void jsonFollowsTheSchemaAndIsConsistent() throws Exception {
    CliResult r = run("align", "--format", "json", DOC.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode root = JSON.readTree(r.out());
    assertEquals(List.of(), SchemaCheck.check(JSON.readTree(SCHEMA.toFile()), root));

    assertEquals("yuanwen-alignment/1", root.path("schema").asText());
    int paragraphs = root.path("article").path("paragraphs").size();
    assertEquals(22, paragraphs);
    assertEquals(20, root.path("digest").path("points").size());
    JsonNode alignments = root.path("alignments");
    assertEquals(20, alignments.size());
    BitSet covered = new BitSet();
    for (int i = 0; i < alignments.size(); i++) {
      JsonNode a = alignments.get(i);
      assertEquals(i, a.path("point").asInt());
      for (JsonNode link : a.path("links")) {
        int z = link.path("paragraph").asInt();
        assertTrue(z < paragraphs, "link to a paragraph that does not exist: " + link);
        covered.set(z);
        int sentences = root.path("article").path("paragraphs").get(z).path("sentences").size();
        for (JsonNode s : link.path("sentences")) {
          assertTrue(s.asInt() < sentences, "sentence out of range: " + link);
        }
      }
      boolean noSource = a.path("links").isEmpty();
      assertEquals(noSource, a.path("flags").toString().contains("no_source"), a.toString());
    }
    for (JsonNode z : root.path("uncovered")) {
      assertFalse(covered.get(z.asInt()), "uncovered paragraph " + z + " has a link");
    }
    assertEquals(paragraphs, covered.cardinality() + root.path("uncovered").size());
    for (JsonNode p : root.path("article").path("paragraphs")) {
      String text = p.path("text").asText();
      for (JsonNode s : p.path("sentences")) {
        assertEquals(s.path("text").asText(), text.substring(s.path("start").asInt(), s.path("end").asInt()));
      }
    }
  }

  @Test
  void theSchemaCheckCatchesBrokenOutput() throws Exception {
    JsonNode schema = JSON.readTree(SCHEMA.toFile());
    ObjectNode root = (ObjectNode) JSON.readTree(run("align", "--format", "json", DOC.toString()).out());
    ((ObjectNode) root.path("alignments").get(0)).remove("links");
    ((ObjectNode) root.path("digest").path("points").get(1)).put("kind", "chapter");
    ((ArrayNode) root.path("uncovered")).add("seven");
    root.put("extra", true);
    List<String> errors = SchemaCheck.check(schema, root);
    assertTrue(errors.contains("/alignments/0: missing required key \"links\""), errors.toString());
    assertTrue(errors.stream().anyMatch(e -> e.startsWith("/digest/points/1/kind: \"chapter\" is not one of")), errors.toString());
    assertTrue(errors.stream().anyMatch(e -> e.startsWith("/uncovered/" + (root.path("uncovered").size() - 1) + ": expected")), errors.toString());
    assertTrue(errors.contains(": key \"extra\" is not in the schema"), errors.toString());
  }

  @Test
  void htmlIsOneSelfContainedPage() {
    CliResult r = run("align", "--format", "html", DOC.toString());
    assertEquals(0, r.code(), r.err());
    String html = r.out();
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html.substring(0, 100));
    assertTrue(html.strip().endsWith("</html>"));
    assertEquals(20, count(html, "<article class=\"point "));
    assertEquals(22, count(html, "<div class=\"para"));
    assertTrue(html.contains("Content-Security-Policy"), "no requests allowed");
    for (String external : List.of("src=", "href=\"http", "url(", "@import", "@font-face", "<link")) {
      assertFalse(html.contains(external), "refers to something outside the page: " + external);
    }
    String flagged = run("align", "--format", "html", DOC.resolveSibling("change6-far-side-samples").toString()).out();
    assertTrue(flagged.contains("class=\"badge f-none\""), "NO_SOURCE points are badged");
    assertTrue(flagged.contains("class=\"badge f-number\""), "NUMBER_NOT_IN_SOURCE points are badged");
    assertTrue(html.contains("class=\"badge f-uncovered\""), "uncovered paragraphs are marked");
    assertTrue(html.contains("<a class=\"to\" href=\"#para-0\">"), "links readable as anchors without script");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "html"})
  void outputOptionWritesTheFile(String format, @TempDir Path dir) throws Exception {
    Path file = dir.resolve("alignment." + format);
    CliResult r = run("align", "--format", format, "-o", file.toString(), DOC.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out());
    assertEquals(run("align", "--format", format, DOC.toString()).out(), Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void separateFilesGiveTheSameAlignmentAsTheFolder() {
    CliResult folder = run("align", "--format", "json", DOC.toString());
    CliResult files = run("align", "--format", "json", "--no-title-line",
        "--zh", DOC.resolve("article.zh.txt").toString(), "--en", DOC.resolve("digest.en.txt").toString());
    assertEquals(0, files.code(), files.err());
    assertEquals(folder.out(), files.out());
  }

  @Test
  void scriptInTheInputIsEscapedInTheHtml(@TempDir Path dir) throws Exception {
    Path zh = dir.resolve("article.txt");
    Files.writeString(zh, "人工智能公司发布长文<script>alert('zh')</script>，呼吁业界放慢脚步。\n\n"
        + "业内人士认为，这是一种营销策略。\n", StandardCharsets.UTF_8);
    Path en = dir.resolve("digest.txt");
    Files.writeString(en, "\"Pause <script>alert(1)</script> & more\"\n\n"
        + "An AI company <script>document.title='x'</script> called for a pause.\n\n"
        + "Observers call it marketing.\n", StandardCharsets.UTF_8);
    CliResult r = run("align", "--format", "html", "--zh", zh.toString(), "--en", en.toString());
    assertEquals(0, r.code(), r.err());
    String html = r.out();
    assertEquals(1, count(html, "<script"), "only the page's own script");
    assertTrue(html.contains("&lt;script&gt;alert(&#39;zh&#39;)&lt;/script&gt;"), html);
    assertTrue(html.contains("&lt;script&gt;document.title=&#39;x&#39;&lt;/script&gt;"), html);
    assertTrue(html.contains("Pause &lt;script&gt;alert(1)&lt;/script&gt; &amp; more"), "title escaped, in <title> too");
  }

  @Test
  void missingArticleIsOneLineAndExitTwo() {
    CliResult r = run("align", "--zh", "no/such/article.txt", "--en", DOC.resolve("digest.en.txt").toString());
    assertEquals(2, r.code());
    assertOneLineNaming(r.err(), "article.txt");
  }

  @Test
  void bothFilesAreNeeded() {
    CliResult r = run("align", "--zh", DOC.resolve("article.zh.txt").toString());
    assertEquals(2, r.code());
    assertOneLineNaming(r.err(), "--en");
    CliResult none = run("align");
    assertEquals(2, none.code());
    assertOneLineNaming(none.err(), "align");
  }

  @Test
  void englishGivenAsTheArticleIsRejectedByName(@TempDir Path dir) throws Exception {
    Path zh = dir.resolve("oops.txt");
    Files.writeString(zh, "This is an English text, not a Chinese article.\n");
    CliResult r = run("align", "--zh", zh.toString(), "--en", DOC.resolve("digest.en.txt").toString());
    assertEquals(2, r.code());
    assertOneLineNaming(r.err(), "oops.txt");
  }

  @Test
  void emptyDigestIsRejectedByName(@TempDir Path dir) throws Exception {
    Path en = dir.resolve("empty-digest.txt");
    Files.writeString(en, "\n \n");
    CliResult r = run("align", "--zh", DOC.resolve("article.zh.txt").toString(), "--en", en.toString());
    assertEquals(2, r.code());
    assertOneLineNaming(r.err(), "empty-digest.txt");
  }

  @Test
  void folderThatIsNotADocument(@TempDir Path dir) {
    CliResult r = run("align", dir.toString());
    assertEquals(2, r.code());
    assertOneLineNaming(r.err(), dir.getFileName().toString());
  }

  @Test
  void unknownFormatIsAUsageError() {
    CliResult r = run("align", "--format", "pdf", DOC.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("pdf"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void aDocumentOverALimitExitsWith2SayingTheLimitAndHowToRaiseIt() {
    CliResult paragraphs = run("align", "--max-paragraphs", "10", DOC.toString());
    assertEquals(2, paragraphs.code(), paragraphs.err());
    assertOneLineNaming(paragraphs.err(), "article.zh.txt");
    assertTrue(paragraphs.err().contains("22 paragraphs, over the aligner's limit of 10 per document"), paragraphs.err());
    assertTrue(paragraphs.err().contains("--max-paragraphs N"), paragraphs.err());

    CliResult points = run("align", "--max-points", "5", DOC.toString());
    assertEquals(2, points.code(), points.err());
    assertOneLineNaming(points.err(), "digest.en.txt");
    assertTrue(points.err().contains("20 points, over the aligner's limit of 5") && points.err().contains("--max-points N"),
        points.err());

    CliResult pairs = run("align", "--max-pairs", "400", DOC.toString());
    assertEquals(2, pairs.code(), pairs.err());
    assertTrue(pairs.err().contains("22 paragraphs x 20 points = 440 pairs") && pairs.err().contains("--max-pairs N"),
        pairs.err());

    CliResult chars = run("align", "--max-chars", "1000", DOC.toString());
    assertEquals(2, chars.code(), chars.err());
    assertOneLineNaming(chars.err(), "article.zh.txt");
    assertTrue(chars.err().contains("--max-chars N"), chars.err());

    CliResult raised = run("align", "--max-paragraphs", "22", "--max-points", "20", "--max-pairs", "440", DOC.toString());
    assertEquals(0, raised.code(), raised.err());
  }

  @Test
  void anArticleOverTheDefaultParagraphLimitIsRefusedBeforeAligning(@TempDir Path tmp) throws Exception {
    List<String> source = Files.readAllLines(DOC.resolve("article.zh.txt"), StandardCharsets.UTF_8).stream()
        .filter(l -> l.strip().length() > 20).toList();
    StringBuilder article = new StringBuilder();
    for (int k = 0; k <= 20_000; k++) {
      article.append(source.get(k % source.size())).append("\n\n");
    }
    Path zh = tmp.resolve("long.zh.txt");
    Files.writeString(zh, article, StandardCharsets.UTF_8);
    CliResult r = run("align", "--zh", zh.toString(), "--en", DOC.resolve("digest.en.txt").toString());
    assertEquals(2, r.code(), r.err());
    assertOneLineNaming(r.err(), "long.zh.txt");
    assertTrue(r.err().contains("20,001 paragraphs, over the aligner's limit of 20,000 per document;"
        + " raise it with Aligner.builder().maxParagraphs(n), on the command line --max-paragraphs N"), r.err());
  }

  private static void assertOneLineNaming(String err, String name) {
    String trimmed = err.strip();
    assertFalse(trimmed.contains("\n"), "more than one line: " + err);
    assertTrue(trimmed.startsWith("yuanwen: "), err);
    assertTrue(trimmed.contains(name), err);
    assertFalse(trimmed.contains("Exception") || trimmed.contains("\tat "), err);
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }

  /** Terminal columns: East Asian wide and full-width characters take two. */
  static int displayWidth(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      boolean wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
          || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
          || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
      w += wide ? 2 : 1;
    }
    return w;
  }
}
