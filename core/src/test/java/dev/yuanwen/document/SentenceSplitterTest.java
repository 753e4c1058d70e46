package dev.yuanwen.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  /** Splits and checks the offsets: each sentence is its slice, and only spaces lie between. */
  private static List<String> split(String paragraph) {
    List<Sentence> sentences = SentenceSplitter.split(paragraph);
    int previousEnd = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      assertEquals(i, s.index());
      assertEquals(paragraph.substring(s.start(), s.end()), s.text());
      assertTrue(paragraph.substring(previousEnd, s.start()).isBlank(), "gap before sentence " + i);
      previousEnd = s.end();
    }
    assertTrue(paragraph.substring(previousEnd).isBlank(), "text after the last sentence");
    return sentences.stream().map(Sentence::text).toList();
  }

  @Test
  void closingQuoteStaysWithItsSentence() {
    assertEquals(
        List.of("他在发布会上表示：“我们的目标是在三年内实现盈利。”", "随后，会议进入提问环节。"),
        split("他在发布会上表示：“我们的目标是在三年内实现盈利。”随后，会议进入提问环节。"));
    assertEquals(
        List.of("「我們明年再見吧。」", "她笑著說。"), split("「我們明年再見吧。」她笑著說。"));
    assertEquals(
        List.of("他说“好！”。", "然后离开了。"), split("他说“好！”。然后离开了。"));
  }

  @Test
  void ellipsisAndClosingQuote() {
    assertEquals(
        List.of("“这件事情还没有结束……。”", "他补充道。"), split("“这件事情还没有结束……。”他补充道。"));
    assertEquals(List.of("市场一度沉默了……", "直到午后才开始反弹。"), split("市场一度沉默了……直到午后才开始反弹。"));
    assertEquals(List.of("价格还在涨…", "没人知道何时停止。"), split("价格还在涨…没人知道何时停止。"));
    assertEquals(List.of("Wait...", "then go."), split("Wait... then go."));
  }

  @Test
  void questionAndExclamationRuns() {
    assertEquals(
        List.of("真的要暂停人工智能研发吗？！", "业内人士对此看法不一！", "你怎么看?"),
        split("真的要暂停人工智能研发吗？！业内人士对此看法不一！你怎么看?"));
  }

  @Test
  void numbersAndAbbreviationsDoNotEndSentences() {
    assertEquals(
        List.of("今年前三季度，我国经济同比增长3.5%，高于市场预期。", "全年有望达到5.0%左右。"),
        split("今年前三季度，我国经济同比增长3.5%，高于市场预期。全年有望达到5.0%左右。"));
    assertEquals(List.of("美国(U.S.)商务部周二公布了最新数据。"), split("美国(U.S.)商务部周二公布了最新数据。"));
    assertEquals(List.of("Mr. Li met Dr. Wang in the U.S. last week."), split("Mr. Li met Dr. Wang in the U.S. last week."));
    assertEquals(List.of("产量增长３．５个百分点。"), split("产量增长３．５个百分点。"));
    assertEquals(List.of("访问www.example.com获取详情。"), split("访问www.example.com获取详情。"));
  }

  @Test
  void periodBeforeChineseEndsASentence() {
    assertEquals(List.of("The index rose.", "市场随之上涨。"), split("The index rose.市场随之上涨。"));
  }

  @Test
  void semicolonDoesNotEndASentence() {
    assertEquals(
        List.of("一是提高生产效率；二是降低运营成本；三是拓展海外市场。"),
        split("一是提高生产效率；二是降低运营成本；三是拓展海外市场。"));
  }

  @Test
  void trailingFragmentIsASentence() {
    assertEquals(List.of("记者从有关部门获悉"), split("记者从有关部门获悉"));
    assertEquals(
        List.of("首批试点城市已经确定。", "具体名单将于下月公布"), split("首批试点城市已经确定。具体名单将于下月公布"));
  }

  @Test
  void spacesBetweenSentencesAreSkipped() {
    List<Sentence> s = SentenceSplitter.split("第一句话。 第二句话！  第三句");
    assertEquals(3, s.size());
    assertEquals(6, s.get(1).start());
    assertEquals(11, s.get(1).end());
    assertEquals("第三句", s.get(2).text());
    assertEquals(13, s.get(2).start());
  }

  @Test
  void asciiQuoteClosesOnlyAnOpenQuote() {
    assertEquals(List.of("他说：\"明天见。\"", "然后走了。"), split("他说：\"明天见。\"然后走了。"));
    assertEquals(List.of("会议结束。", "\"下一步\"怎么走？"), split("会议结束。\"下一步\"怎么走？"));
  }

  @Test
  void numberedHeadingWithFullWidthPeriodEnds() {
    // used to loop forever: "．" was accepted as a sentence end but not taken into the run after it
    List<String> s =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5), () -> split("1．弄堂是上海的特色。2．石库门建筑始于十九世纪。"));
    assertEquals(List.of("1．弄堂是上海的特色。", "2．石库门建筑始于十九世纪。"), s);
    assertEquals(List.of("一．概况"), split("一．概况"));
    assertEquals(List.of("2. 背景介绍。"), split("2. 背景介绍。"));
  }

  @Test
  void fullWidthPeriodEndsASentenceBeforeHan() {
    assertEquals(
        List.of("弄堂是上海的特色．", "石库门建筑始于十九世纪．"),
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> split("弄堂是上海的特色．石库门建筑始于十九世纪．")));
  }

  /** Every char the splitter accepts as a sentence end, before a Han char, a space, a closer and the end. */
  @Test
  void everyTerminatorAdvances() {
    String[] terminators = {"。", "！", "？", "!", "?", "…", "⋯", "｡", ".", "．", "...", "……", "？！"};
    String[] after = {"第二句。", " 第二句。", "”第二句。", ""};
    for (String t : terminators) {
      for (String a : after) {
        String text = "第一句" + t + a;
        List<String> s = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> split(text), text);
        assertTrue(s.get(0).startsWith("第一句" + t), text + " -> " + s);
        assertEquals(a.isEmpty() ? 1 : 2, s.size(), text + " -> " + s);
      }
      // a terminator alone, repeated, and at the very start
      assertTimeoutPreemptively(Duration.ofSeconds(2), () -> split(t + t + "第一句" + t + t), t);
      assertTimeoutPreemptively(Duration.ofSeconds(2), () -> split("1" + t + "弄堂" + t + "2" + t), t);
    }
  }
}
