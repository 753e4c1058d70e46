package dev.yuanwen.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yuanwen.analysis.EnglishTerms;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.junit.jupiter.api.Test;

class ReverseIndexTest {
  @Test
  void aTenTimesMoreCommonWordMakesUpForOnePenalty() {
    // One more content word in the gloss ("stock market" for "market")...
    assertEquals(ReverseIndex.score(1, 0, 2, 100), ReverseIndex.score(2, 0, 2, 1000));
    // ...or a shape further from the usual two characters.
    assertEquals(ReverseIndex.score(1, 0, 2, 100), ReverseIndex.score(1, 0, 5, 1000));
    // A later sense costs less than that, and only the first few positions count.
    assertTrue(ReverseIndex.score(1, 1, 2, 100) < ReverseIndex.score(1, 0, 2, 10));
    assertEquals(ReverseIndex.score(1, 6, 2, 100), ReverseIndex.score(1, 30, 2, 100));
    assertTrue(ReverseIndex.score(1, 0, 2, 0) > ReverseIndex.score(1, 0, 2, 1));
    assertEquals(0, ReverseIndex.score(1, 0, 2, 10_000_000));
    assertTrue(ReverseIndex.score(4, 99, 20, 0) < 1 << 12); // fits the posting layout
  }

  @Test
  void lightKeysDropCaseAndPluralOnly() {
    assertEquals("university", ReverseIndex.lightKey("Universities"));
    assertEquals("university", ReverseIndex.lightKey("university's"));
    assertEquals("universe", ReverseIndex.lightKey("universes"));
    assertEquals("company", ReverseIndex.lightKey("companies"));
    assertEquals("productivity", ReverseIndex.lightKey("productivity"));
    assertEquals(
        List.of(
            new ReverseIndex.Term("univers", "university"), new ReverseIndex.Term("intern", "intern")),
        ReverseIndex.terms("the universities' interns"));
  }

  /** Headword, glosses and how common the word is, for a small hand-made lexicon. */
  private record Word(String chinese, String glosses, long frequency) {}

  private static final List<Word> WORDS =
      List.of( // sorted by UTF-8 headword, as the loader requires
          new Word("一块", "a piece|a chunk|together|in company", 1000),
          new Word("企业", "company|firm|enterprise", 300),
          new Word("公司", "company|firm", 1000),
          new Word("大学", "universities|college", 10),
          new Word("宇宙", "universe|cosmos", 1000),
          new Word("有限公司", "limited company", 1000),
          new Word("连队", "company", 1));

  private static List<String> ranked(String english) {
    StringBuilder sb = new StringBuilder();
    for (Word w : WORDS) {
      sb.append(w.chinese()).append('\t').append(w.chinese()).append("\tx1\t");
      sb.append(w.glosses()).append('\n');
    }
    byte[] text = sb.toString().getBytes(StandardCharsets.UTF_8);
    Layout layout = Layout.of(text);
    Map<String, Long> frequency = new HashMap<>();
    WORDS.forEach(w -> frequency.put(w.chinese(), w.frequency()));
    ReverseIndex index =
        ReverseIndex.build(
            text, layout.lineStart, layout.glossStart, layout.entries, frequency::get);
    List<String> out = new ArrayList<>();
    for (int e : index.entries(ReverseIndex.terms(english).get(0))) {
      out.add(WORDS.get(e).chinese());
    }
    return out;
  }

  @Test
  void theWordItselfBeforeWordsThatOnlyShareItsStem() {
    // 宇宙 is far more common, but "universe" is only the same Porter stem as "university".
    assertEquals(List.of("大学", "宇宙"), ranked("university"));
    assertEquals(List.of("宇宙", "大学"), ranked("universe"));
    assertEquals(List.of("大学", "宇宙"), ranked("Universities"));
  }

  @Test
  void mainSensesAndCommonWordsFirst() {
    // 公司, 企业 and 连队 all give "company" first, 公司 being the most common and 连队 rare; 一块
    // gives it as its last sense; "limited company" (有限公司) is a kind of company.
    List<String> expected = List.of("公司", "企业", "一块", "有限公司", "连队");
    assertEquals(expected, ranked("company"));
    assertEquals(expected, ranked("companies"));
  }

  /** The byte-level stop check that filters glosses must agree with the analyzer itself. */
  @Test
  void stopWordsAgreeWithTheAnalyzer() {
    var analyzer = (StopwordAnalyzerBase) EnglishTerms.analyzer();
    ReverseIndex.StopWords stop = new ReverseIndex.StopWords(analyzer.getStopwordSet());
    for (String w :
        List.of("the", "The", "OF", "it's", "to", "safety", "one's", "is", "a", "an", "ant", "x")) {
      byte[] b = w.getBytes(StandardCharsets.UTF_8);
      assertEquals(EnglishTerms.stem(w) == null, stop.contains(b, 0, b.length), w);
    }
  }
}
