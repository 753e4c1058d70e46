package dev.yuanwen.document;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yuanwen.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The script checks of both sides, and the swapped-pair diagnosis, on corpus files and hand-made text. */
class InputPairTest {
  private static final Path DOC = Path.of("..", "corpus", "anthropic-pause");
  private static final Path ZH = DOC.resolve("article.zh.txt");
  private static final Path EN = DOC.resolve("digest.en.txt");

  @Test
  void countsHanCharactersAgainstEnglishWords() {
    ScriptCounts c = ScriptCounts.of("Anthropic公司首席执行官Dario Amodei表示，don't-stop 3800亿美元。");
    assertEquals(12, c.hanChars()); // 公司 首席 执行官 表示 亿美元
    assertEquals(4, c.latinWords()); // Anthropic, Dario, Amodei, don't-stop
    assertTrue(c.mostlyChinese());
    assertFalse(c.mostlyEnglish());
  }

  @Test
  void aSwappedPairIsNamedSwapped() {
    InputException e = assertThrows(InputException.class, () -> InputPair.check(EN, ZH));
    assertEquals("digest.en.txt", e.source());
    assertTrue(e.problem().startsWith("the files look swapped: the article digest.en.txt holds English ("),
        e.getMessage());
    assertTrue(e.problem().contains("the digest article.zh.txt holds Chinese"), e.getMessage());
    assertDoesNotThrow(() -> InputPair.check(ZH, EN));
  }

  @Test
  void eachParserRefusesTheOtherLanguage() {
    InputException article = assertThrows(InputException.class, () -> Article.parser().withTitleLine(false).parse(EN));
    assertTrue(article.problem().startsWith("mostly English, not a Chinese article ("), article.getMessage());
    assertTrue(article.problem().endsWith("is it the English digest?"), article.getMessage());
    InputException digest = assertThrows(InputException.class, () -> Digest.parse(ZH));
    assertTrue(digest.problem().startsWith("mostly Chinese, not an English digest ("), digest.getMessage());
  }

  @Test
  void namesAndFiguresInTheOtherScriptAreFine() {
    String article = "台积电亚利桑那工厂进展\n\n"
        + "台积电(TSMC)在美国亚利桑那州凤凰城(Phoenix)的第一座晶圆厂已量产N4制程芯片，客户包括Apple、AMD和NVIDIA。\n"
        + "公司表示，第二座工厂将于2028年生产N3和N2芯片，总投资达到1650亿美元。\n";
    assertEquals(2, Article.parse(article, "tsmc.txt").paragraphs().size());
    String digest = "Nikkei Asia\n\nTSMC's Arizona fabs\n\n原文: 台积电亚利桑那工厂进展\n\n"
        + "TSMC's first fab in Phoenix (凤凰城) makes N4 chips for Apple, AMD and NVIDIA.\n\n"
        + "A second fab will make N3 and N2 chips from 2028; the total investment is $165 billion (1650亿美元).\n";
    assertFalse(Digest.parse(digest.getBytes(StandardCharsets.UTF_8), "tsmc.en.txt").points().isEmpty());
  }

  @Test
  void theHeaderDoesNotMakeAChineseTextADigest() {
    String zhWithHeader = "原文: 央行再次降息\n\n央行宣布下调一年期贷款市场报价利率十个基点。\n\n市场普遍认为，这是为了稳定增长预期。\n\nLPR下调后，房贷利率随之下降。\n";
    InputException e = assertThrows(InputException.class, () -> Digest.parse(zhWithHeader, "rates.txt"));
    assertTrue(e.problem().startsWith("mostly Chinese, not an English digest"), e.getMessage());
  }
}
