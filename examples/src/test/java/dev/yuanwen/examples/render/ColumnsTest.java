package dev.yuanwen.examples.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnsTest {
  @Test
  void hanAndFullWidthTakeTwoColumns() {
    assertEquals(4, Columns.width("AI估"));
    assertEquals(11, Columns.width("罗布·恩德勒")); // five Han characters, a narrow middle dot
    assertEquals(4, Columns.width("，。"));
  }

  @Test
  void wrapsChineseTokensByDisplayWidth() {
    List<String> tokens = List.of("近日", "，", "Anthropic", "发布", "一篇", "长文", "，", "呼吁", "业界", "放慢", "脚步");
    List<String> lines = Columns.wrap(tokens, " ", "  ", 20);
    for (String line : lines) {
      assertTrue(Columns.width(line) <= 20, line);
      assertTrue(line.startsWith("  "), line);
    }
    assertEquals(String.join(" ", tokens), String.join(" ", lines.stream().map(String::strip).toList()));
  }

  @Test
  void aPieceWiderThanTheLineGetsALineOfItsOwn() {
    List<String> lines = Columns.wrap(List.of("a", "supercalifragilistic", "b"), " ", "", 10);
    assertEquals(List.of("a", "supercalifragilistic", "b"), lines);
  }
}
