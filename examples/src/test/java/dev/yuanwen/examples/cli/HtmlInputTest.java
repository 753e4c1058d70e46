package dev.yuanwen.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A saved web page aligns as its plain text does: {@code align --zh canteen.zh.html --en
 * canteen.en.txt} gives the same verdict, links, scores and evidence as the article's plain text
 * (core/src/test/resources/html, a page and a digest written for the project).
 */
class HtmlInputTest {
  private static final Path DIR = Path.of("..", "core", "src", "test", "resources", "html");

  @Test
  void aSavedPageGivesTheSameLinksAsItsPlainText() {
    String en = DIR.resolve("canteen.en.txt").toString();
    CliResult page = CliResult.run("align", "--zh", DIR.resolve("canteen.zh.html").toString(), "--en", en);
    CliResult plain = CliResult.run("align", "--zh", DIR.resolve("canteen.zh.txt").toString(), "--en", en);
    assertEquals(0, page.code(), page.err());
    assertEquals(0, plain.code(), plain.err());
    assertTrue(plain.out().contains("  verdict    matched"), plain.out());
    assertTrue(plain.out().contains("-> para 6 "), "the conclusion links to the last paragraph:\n" + plain.out());
    assertEquals(plain.out().replace("canteen.zh.txt", "canteen.zh.html"), page.out());
  }
}
