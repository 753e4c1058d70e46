package dev.yuanwen.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The English prose splitter that {@link TranslationUnits#SENTENCES} uses. */
class EnglishSentenceSplitterTest {
  private static List<String> split(String s) {
    return TranslationUnits.englishSentences(s);
  }

  @Test
  void abbreviationsAndInitialsDoNotEndSentences() {
    assertEquals(List.of("Mr. Li met Dr. Wang at 9 a.m. in the U.S. embassy.", "They spoke for an hour."),
        split("Mr. Li met Dr. Wang at 9 a.m. in the U.S. embassy. They spoke for an hour."));
    assertEquals(List.of("The novel by J. R. R. Tolkien sold 3.5 million copies, e.g. in Europe.", "Sales rose."),
        split("The novel by J. R. R. Tolkien sold 3.5 million copies, e.g. in Europe. Sales rose."));
  }

  @Test
  void dialogueAndQuotes() {
    assertEquals(List.of("\"Go away!\" she shouted.", "He did not move."),
        split("\"Go away!\" she shouted. He did not move."));
    assertEquals(List.of("“Where are you going?”", "“Home,” he said.", "“Wait!”"),
        split("“Where are you going?” “Home,” he said. “Wait!”"));
    assertEquals(List.of("She asked, 'Is it late?' and looked away."),
        split("She asked, 'Is it late?' and looked away."));
  }

  @Test
  void ellipsesAndRepeatedMarks() {
    assertEquals(List.of("I thought... well, never mind.", "It was late..."),
        split("I thought... well, never mind. It was late..."));
    assertEquals(List.of("He waited…", "Nobody came.", "Really?!", "Yes."),
        split("He waited… Nobody came. Really?! Yes."));
  }

  @Test
  void wrappedLinesAndNumbers() {
    assertEquals(List.of("In 2023 the town had 1,200 people.", "By 2025 it had 900."),
        split("In 2023 the town had\n1,200 people.   By 2025 it had 900."));
    assertEquals(List.of("No sentence break here"), split("  No sentence break here  "));
  }

  @Test
  void linesAndParagraphsAsUnits() {
    Digest lines = TranslationUnits.LINES.english("t.en", "One. Two.\n\nThree\n");
    assertEquals(List.of("One. Two.", "Three"), lines.points().stream().map(Point::raw).toList());
    Digest sentences = TranslationUnits.SENTENCES.english("t.en", "One day it rained. Then it\nstopped.\n\nThe end.");
    assertEquals(List.of("One day it rained.", "Then it stopped.", "The end."),
        sentences.points().stream().map(Point::raw).toList());
    Article zh = TranslationUnits.SENTENCES.article("t.zh", "天亮了。船来了！\n\n他走了。");
    assertEquals(3, zh.paragraphs().size());
    assertEquals("船来了！", zh.paragraphs().get(1).text());
  }
}
