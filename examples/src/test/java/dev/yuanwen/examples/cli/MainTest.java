package dev.yuanwen.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  /** Surefire runs in examples/; the corpus is beside it. */
  private static final Path DOC = Path.of("..", "corpus", "anthropic-pause");

  private static CliResult run(String... args) {
    return CliResult.run(args);
  }

  @Test
  void helpListsTheCommands() {
    CliResult r = run("--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("analyze"), r.out());
    assertTrue(r.out().contains("bench"), r.out());
    assertTrue(r.out().contains("eval"), r.out());
  }

  @Test
  void analyzeShowsTheDigestPointsAndTheSegmentedArticle() {
    CliResult r = run("analyze", DOC.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("DIGEST digest.en.txt: 20 points"), r.out());
    assertTrue(r.out().contains("outlet  第一财经"), r.out());
    assertTrue(r.out().contains("19 conclusion [In Conclusion] Anthropic’s appeal"), r.out());
    assertTrue(r.out().matches("(?s).*ARTICLE article\\.zh\\.txt: \\d+ paragraphs, \\d+ sentences, simplified.*"), r.out());
    assertTrue(r.out().contains("Anthropic/lat"), r.out());
    assertTrue(r.out().contains("罗布·恩德勒/name"), r.out());
    for (String line : r.out().split("\n")) {
      assertTrue(displayWidth(line) <= 80 || !line.contains(" "), "wider than 80 columns: " + line);
    }
  }

  @Test
  void analyzeJsonIsOneDocumentWithBothSides() throws Exception {
    CliResult r = run("analyze", "--format", "json", DOC.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertEquals(20, root.path("digest").path("points").size());
    assertEquals("conclusion", root.path("digest").path("points").get(19).path("kind").asText());
    assertEquals(3, root.path("digest").path("points").get(4).path("parent").asInt());
    JsonNode paragraphs = root.path("article").path("paragraphs");
    assertTrue(paragraphs.size() >= 15);
    JsonNode first = paragraphs.get(0);
    String text = first.path("text").asText();
    for (JsonNode tok : first.path("tokens")) {
      assertEquals(tok.path("surface").asText(), text.substring(tok.path("start").asInt(), tok.path("end").asInt()));
    }
  }

  @Test
  void analyzeSeparateFilesAndTraditionalArticle(@TempDir Path dir) throws Exception {
    Path zh = dir.resolve("trad.txt");
    Files.writeString(zh, "人工智慧與軟體產業正在快速發展。\n\n業界認為，監管將更加嚴格。\n", StandardCharsets.UTF_8);
    CliResult r = run("analyze", "--zh", zh.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("2 paragraphs"), r.out());
    assertTrue(r.out().contains("traditional"), r.out());
    assertTrue(r.out().contains("軟體"), r.out());
  }

  @Test
  void titleLineIsDetectedUnlessTheUserSaysOtherwise(@TempDir Path dir) throws Exception {
    Path zh = dir.resolve("a.txt");
    Files.writeString(zh, "人工智慧產業觀察\r\n\r\n台積電今年第三季營收年增36%。\r\n\r\n輝達執行長本週訪台。\r\n");
    CliResult auto = run("analyze", "--zh", zh.toString());
    assertEquals(0, auto.code(), auto.err());
    assertTrue(auto.out().contains("2 paragraphs"), auto.out());
    assertTrue(auto.out().contains("title   人工智慧產業觀察"), auto.out());
    CliResult none = run("analyze", "--no-title-line", "--zh", zh.toString());
    assertTrue(none.out().contains("3 paragraphs"), none.out());
  }

  @Test
  void missingFileIsOneLineAndExitTwo() {
    CliResult r = run("analyze", "--en", "no/such/digest.txt");
    assertEquals(2, r.code());
    assertOneLineNaming(r.err(), "digest.txt");
  }

  @Test
  void emptyAndBinaryInputAreRejectedByName(@TempDir Path dir) throws Exception {
    Path empty = dir.resolve("empty.txt");
    Files.writeString(empty, "  \n\n");
    CliResult r = run("analyze", "--zh", empty.toString());
    assertEquals(2, r.code());
    assertOneLineNaming(r.err(), "empty.txt");

    Path binary = dir.resolve("image.png");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, (byte) 0xff, (byte) 0xfe});
    r = run("analyze", "--en", binary.toString());
    assertEquals(2, r.code());
    assertOneLineNaming(r.err(), "image.png");
  }

  @Test
  void englishTextGivenAsArticleIsRejected(@TempDir Path dir) throws Exception {
    Path zh = dir.resolve("article.txt");
    Files.writeString(zh, "This is an English text, not a Chinese article.\n");
    CliResult r = run("analyze", "--zh", zh.toString());
    assertEquals(2, r.code());
    assertOneLineNaming(r.err(), "article.txt");
    assertTrue(r.err().contains("Chinese"), r.err());
  }

  @Test
  void unwritableOutputIsOneLine(@TempDir Path dir) {
    Path out = dir.resolve("missing-folder").resolve("out.txt");
    CliResult r = run("analyze", DOC.toString(), "-o", out.toString());
    assertEquals(1, r.code());
    assertOneLineNaming(r.err(), "out.txt");
    assertTrue(r.err().contains("no such file or folder"), r.err());
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliResult r = run("analyze", "--frobnicate");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--frobnicate"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void folderThatIsNotADocument(@TempDir Path dir) {
    CliResult r = run("analyze", dir.toString());
    assertEquals(2, r.code());
    assertOneLineNaming(r.err(), dir.getFileName().toString());
  }

  private static void assertOneLineNaming(String err, String name) {
    String trimmed = err.strip();
    assertFalse(trimmed.contains("\n"), "more than one line: " + err);
    assertTrue(trimmed.startsWith("yuanwen: "), err);
    assertTrue(trimmed.contains(name), err);
    assertFalse(trimmed.contains("Exception") || trimmed.contains("\tat "), err);
  }

  private static int displayWidth(String s) {
    int w = 0;
    for (char c : s.toCharArray()) {
      w += (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xFF00 && c <= 0xFF60) ? 2 : 1;
    }
    return w;
  }
}
