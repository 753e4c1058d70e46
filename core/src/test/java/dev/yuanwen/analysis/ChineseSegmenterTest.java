package dev.yuanwen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.utility.Predefine;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseSegmenterTest {
  private final ChineseSegmenter seg = ChineseSegmenter.shared();

  private List<String> surfaces(String text) {
    return seg.segment(text).stream().map(Token::surface).collect(Collectors.toList());
  }

  private Token only(String text, String surface) {
    return seg.segment(text).stream()
        .filter(t -> t.surface().equals(surface))
        .findFirst()
        .orElseThrow(() -> new AssertionError(surface + " not a token of " + seg.segment(text)));
  }

  @ParameterizedTest(name = "{0} keeps {1} whole as {2}")
  @CsvSource({
    "美国分析师罗布·恩德勒表示，没有人会主动放慢脚步。, 罗布·恩德勒, NAME",
    "特斯拉首席执行官埃隆·马斯克也曾联名呼吁暂停。, 埃隆·马斯克, NAME",
    "美国前总统约翰·菲茨杰拉德·肯尼迪遇刺。, 约翰·菲茨杰拉德·肯尼迪, NAME",
    "OpenAI发布GPT-4o后，竞争进一步加剧。, GPT-4o, LATIN",
    "今年冬季H3N2流感病毒占主导。, H3N2, LATIN",
    "北京PM2.5平均浓度下降。, PM2.5, LATIN",
    "COVID-19疫情之后，旅游业复苏。, COVID-19, LATIN",
    "Anthropic推出的Claude模型。, Anthropic, LATIN",
    "5G网络覆盖全国地级市。, 5G, LATIN",
    "市场规模有望突破1万亿元。, 1万亿元, NUMBER",
    "预计2026年实现盈利。, 2026年, NUMBER",
    "用户规模同比增长47%，创新高。, 47%, NUMBER",
    "渗透率达到3.5%左右。, 3.5%, NUMBER",
    "全年营收达三千五百亿元。, 三千五百亿元, NUMBER",
    "该公司估值达9650亿美元。, 9650亿美元, NUMBER",
    "比人类聪明十倍的AI。, 十倍, NUMBER",
    "占比为百分之四十七。, 百分之四十七, NUMBER",
  })
  void keepsHardCasesWhole(String text, String surface, TokenType type) {
    Token t = only(text, surface);
    assertEquals(type, t.type(), t.toString());
    assertEquals(surface, text.substring(t.start(), t.end()));
  }

  @Test
  void nameStopsAtOrdinaryWords() {
    assertEquals(
        List.of("美国", "分析师", "罗布·恩德勒", "表示", "，", "埃隆·马斯克", "也", "曾", "呼吁", "暂停", "。"),
        surfaces("美国分析师罗布·恩德勒表示，埃隆·马斯克也曾呼吁暂停。"));
  }

  @Test
  void articleLikeNumeralsAreWordsNotFigures() {
    for (Token t : seg.segment("一位投资人打了个比方，这是第一次出现一个不少人关注的问题。")) {
      assertTrue(t.type() != TokenType.NUMBER, "not a figure: " + t);
    }
    assertEquals(TokenType.NUMBER, only("此后三年间，模型迭代越来越快。", "三").type());
  }

  @Test
  void aLoneMiddleDotIsNotAName() {
    List<Token> tokens = seg.segment("会议议程·第二天安排");
    assertTrue(tokens.stream().noneMatch(t -> t.type() == TokenType.NAME && t.surface().contains("·")), tokens.toString());
  }

  @Test
  void traditionalIsSegmentedAsSimplifiedAndPointsBackAtTheOriginal() {
    String text = "人工智慧與軟體產業正在快速發展，網路安全漏洞頻傳。";
    List<Token> tokens = seg.segment(text);
    for (Token t : tokens) {
      assertEquals(text.substring(t.start(), t.end()), t.surface());
      assertEquals(t.surface().length(), t.term().length());
    }
    List<String> terms = tokens.stream().filter(Token::isContent).map(Token::term).collect(Collectors.toList());
    assertTrue(terms.contains("人工智能"), terms.toString());
    assertTrue(terms.contains("软件"), terms.toString());
    assertTrue(terms.contains("产业"), terms.toString());
    assertTrue(terms.contains("漏洞"), terms.toString());
    assertEquals("人工智能与软件产业正在快速发展，网络安全漏洞频传。", seg.simplified(text));
  }

  @Test
  void simplifiedTextIsLeftAlone() {
    String text = "复旦大学和腾讯的教授表示，AI已经参与自身的研发。";
    assertSame(text.length(), seg.simplified(text).length());
    assertEquals(text, seg.simplified(text));
  }

  @Test
  void fullWidthLatinAndDigitsAreNormalizedButOffsetsKept() {
    String text = "ＧＰＴ－４ｏ的渗透率为４７％。";
    Token gpt = seg.segment(text).get(0);
    assertEquals("GPT-4o", gpt.term());
    assertEquals("ＧＰＴ－４ｏ", gpt.surface());
    assertTrue(seg.segment(text).stream().anyMatch(t -> t.term().equals("47%") && t.type() == TokenType.NUMBER));
  }

  @Test
  void tokensCoverTheTextInOrderWithoutOverlap() {
    String text = "  Anthropic呼吁“暂停AI”刷屏，真心示警还是炒作营销？\n据悉，该公司估值约3800亿美元。 ";
    int last = 0;
    StringBuilder rebuilt = new StringBuilder();
    for (Token t : seg.segment(text)) {
      assertTrue(t.start() >= last, "offsets go backwards at " + t);
      assertTrue(text.substring(last, t.start()).isBlank(), "skipped text before " + t);
      rebuilt.append(t.surface());
      last = t.end();
    }
    assertEquals(text.replaceAll("\\s+", ""), rebuilt.toString());
  }

  @Test
  void emptyAndBlankGiveNoTokens() {
    assertTrue(seg.segment("").isEmpty());
    assertTrue(seg.segment(" \n\t　").isEmpty());
  }

  @Test
  void termsDropPunctuation() {
    assertEquals(List.of("暂停", "AI"), seg.terms("“暂停AI”！"));
  }

  @Test
  void hanlpWarningsDoNotGoToTheConsole() {
    ChineseSegmenter.shared();
    assertFalse(Predefine.logger.getUseParentHandlers());
    for (Handler h : Predefine.logger.getHandlers()) {
      assertFalse(h instanceof ConsoleHandler);
    }
  }

  @Test
  void fourThreadsGetIdenticalResults() throws Exception {
    List<String> texts = List.of(
        "美国分析师罗布·恩德勒表示，经济和安全上的好处太大了，没有人会主动放慢脚步。",
        "人工智慧與軟體產業正在快速發展。",
        "Claude的代码工具曾出现绕过安全沙箱、泄露用户数据等漏洞，GPT-4o同样面临挑战。",
        "据悉，该公司完成300亿美元融资，投后估值约3800亿美元，同比增长47%。");
    List<List<Token>> expected = new ArrayList<>();
    for (String t : texts) {
      expected.add(seg.segment(t));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int worker = 0; worker < 4; worker++) {
        results.add(pool.submit(() -> {
          for (int round = 0; round < 200; round++) {
            for (int i = 0; i < texts.size(); i++) {
              if (!seg.segment(texts.get(i)).equals(expected.get(i))) {
                return false;
              }
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> f : results) {
        assertTrue(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
