package dev.yuanwen.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class LexiconTest {
  private final Lexicon lexicon = Lexicon.shared();

  @Test
  void glossesOfCommonWords() {
    assertTrue(lexicon.glosses("漏洞").containsAll(List.of("loophole", "leak", "vulnerability")));
    assertTrue(lexicon.glosses("估值").contains("valuation"));
    assertEquals(List.of("artificial intelligence"), lexicon.glosses("人工智能"));
    assertTrue(lexicon.glosses("安全").containsAll(List.of("safe", "secure", "safety", "security")));
    assertEquals("an1 quan2", lexicon.pinyin("安全"));
    assertTrue(lexicon.contains("安全"));
  }

  @Test
  void traditionalHeadwordsLeadToTheSimplifiedEntry() {
    assertEquals(lexicon.glosses("软件"), lexicon.glosses("軟件"));
    assertEquals(lexicon.glosses("网络"), lexicon.glosses("網絡"));
    assertTrue(lexicon.glosses("網絡").contains("network"));
    Lexicon.Entry entry = lexicon.entry("軟件").orElseThrow();
    assertEquals("软件", entry.simplified());
    assertEquals("軟件", entry.traditional());
    assertEquals("ruan3 jian4", entry.pinyin());
    assertEquals(lexicon.entry("软件").orElseThrow(), entry);
    // A form that is both its own simplified headword and another's traditional form keeps its
    // own entry: 乾 (qian2, heaven) is not 干 (dry).
    assertEquals("乾", lexicon.entry("乾").orElseThrow().simplified());
    // A second traditional form of a merged entry: 髮 (hair) is listed under 发.
    assertTrue(lexicon.glosses("髮").contains("hair"));
  }

  @Test
  void readingsAreMergedAndProperNounReadingsGoLast() {
    // 网络 has "Wang3 luo4" (Internet) and "wang3 luo4" (network): one entry, common reading first.
    assertEquals("wang3 luo4", lexicon.pinyin("网络"));
    assertEquals(List.of("network", "Internet"), lexicon.glosses("网络"));
  }

  @Test
  void unknownWordsGiveNothing() {
    assertEquals(List.of(), lexicon.glosses("不存在的词语"));
    assertFalse(lexicon.contains("不存在的词语"));
    assertNull(lexicon.pinyin("不存在的词语"));
    assertTrue(lexicon.entry("不存在的词语").isEmpty());
    assertEquals(List.of(), lexicon.glosses(""));
    assertEquals(List.of(), lexicon.glosses(null));
    assertEquals(List.of(), lexicon.chineseFor("xyzzyqq"));
  }

  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static final Pattern SURNAME_LABEL =
      Pattern.compile("^(?:[\\w-]+ )?surname(?: [A-Z][\\w'ü-]*)+$|^surname\\b");

  @Test
  void everyGlossIsCleaned() {
    List<String> bad = new ArrayList<>();
    for (String g : lexicon.allGlosses()) {
      if (g.isEmpty()
          || !g.strip().equals(g)
          || g.startsWith("CL:")
          || g.contains("variant of")
          || g.startsWith("see ")
          || SURNAME_LABEL.matcher(g).find()
          || g.indexOf('(') >= 0
          || g.indexOf(')') >= 0
          || g.indexOf('[') >= 0
          || g.indexOf('|') >= 0
          || HAN.matcher(g).find()) {
        bad.add(g);
      }
    }
    assertEquals(List.of(), bad.subList(0, Math.min(20, bad.size())), bad.size() + " bad glosses");
    assertTrue(lexicon.size() > 100_000, "entries: " + lexicon.size());
  }

  @Test
  void chineseForMatchesOnStems() {
    assertTrue(lexicon.chineseFor("vulnerabilities").contains("漏洞"));
    assertTrue(lexicon.chineseFor("valuation").contains("估值"));
    assertTrue(lexicon.chineseFor("valuations").contains("估值"));
    assertTrue(lexicon.chineseFor("Safety").contains("安全"));
    assertTrue(lexicon.chineseFor("software").contains("软件"));
  }

  @Test
  void chineseForRanksWholeGlossMatchesFirst() {
    List<String> safety = lexicon.chineseFor("safety");
    assertTrue(safety.subList(0, 5).contains("安全"), safety.toString());
    // 安全帽 ("safety helmet") has "safety" as one word of two: after the whole-gloss matches.
    assertTrue(safety.indexOf("安全帽") > safety.indexOf("安全"), safety.toString());
    assertTrue(safety.size() <= Lexicon.MAX_CHINESE_FOR);
    assertTrue(lexicon.chineseFor("person").size() <= Lexicon.MAX_CHINESE_FOR);
  }

  /**
   * Common news words and the translation a bilingual editor would give, which must come within
   * the first {@code top} answers: first where it is clearly the main translation, else among the
   * first two or three (企业 for "company", 通胀 beside 通货膨胀, 选手 beside 运动员 are fine
   * answers too). CC-CEDICT lacks some words' usual sense (增长 is glossed "to grow", not
   * "growth"), so the expectation is the best word it does gloss so.
   */
  @Test
  void chineseForRanksTheUsualTranslationFirst() {
    Object[][] expected = {
      {"government", "政府", 1}, {"university", "大学", 1}, {"productivity", "生产力", 1},
      {"security", "安全", 1}, {"analyst", "分析师", 1}, {"professor", "教授", 1},
      {"vulnerability", "漏洞", 1}, {"robot", "机器人", 1}, {"consensus", "共识", 1},
      {"exam", "考试", 1}, {"tourism", "旅游", 1}, {"market", "市场", 1},
      {"investment", "投资", 1}, {"risk", "风险", 1}, {"laboratory", "实验室", 1},
      {"election", "选举", 1}, {"earthquake", "地震", 1}, {"vaccine", "疫苗", 1},
      {"export", "出口", 1}, {"tariff", "关税", 1}, {"drought", "干旱", 1},
      {"company", "公司", 2}, {"artificial intelligence", "人工智能", 2},
      {"inflation", "通货膨胀", 2}, {"athlete", "运动员", 2},
      {"revenue", "收入", 3}, {"valuation", "估值", 3}, {"growth", "成长", 3}, {"chip", "芯片", 3},
      {"fraud", "诈欺", 3}, {"regulation", "条例", 3}, {"funding", "资金", 3}, {"pause", "暂停", 3},
    };
    List<String> misses = new ArrayList<>();
    for (Object[] row : expected) {
      List<String> got = lexicon.chineseFor((String) row[0]);
      int top = (Integer) row[2];
      if (!got.subList(0, Math.min(top, got.size())).contains(row[1])) {
        List<String> first = got.subList(0, Math.min(5, got.size()));
        misses.add(row[0] + " -> " + row[1] + " not in top " + top + ": " + first);
      }
    }
    assertEquals(List.of(), misses);
  }

  @Test
  void chineseForPrefersTheWordItselfToWordsSharingItsStem() {
    // Porter stems "university" and "universe" alike; the plural-only light key tells them apart.
    assertEquals("大学", lexicon.chineseFor("universities").get(0));
    assertFalse(lexicon.chineseFor("university").subList(0, 20).contains("宇宙"));
    List<String> universe = lexicon.chineseFor("universe");
    assertEquals("宇宙", universe.get(0));
    // Not a filter: words that only share the stem still come, after the others.
    assertTrue(universe.indexOf("大学") > universe.indexOf("乾坤"), universe.toString());
  }

  @Test
  void chineseForPhrasesNeedEveryWord() {
    List<String> ai = lexicon.chineseFor("artificial intelligence");
    assertTrue(ai.contains("人工智能"), ai.toString());
    assertFalse(ai.contains("人为"), ai.toString()); // "artificial" only
  }

  @Test
  void chineseForStopWordsIsEmpty() {
    assertEquals(List.of(), lexicon.chineseFor("the"));
    assertEquals(List.of(), lexicon.chineseFor("of"));
    assertEquals(List.of(), lexicon.chineseFor(""));
    assertEquals(List.of(), lexicon.chineseFor("  "));
    assertEquals(List.of(), lexicon.chineseFor(null));
  }

  @Test
  void longestMatchesFindsDictionaryWords() {
    assertEquals(List.of("复旦大学", "教授"), lexicon.longestMatches("复旦大学教授"));
    assertEquals(List.of("人工智能", "的", "安全", "漏洞"), lexicon.longestMatches("人工智能的安全漏洞"));
    assertEquals(List.of("網絡", "安全"), lexicon.longestMatches("網絡安全"));
    assertEquals(List.of(), lexicon.longestMatches(""));
  }

  @Test
  void longestMatchesKeepsEveryCharacter() {
    String text = "据报道，OpenAI的估值达到3000亿美元𠀀。";
    List<String> pieces = lexicon.longestMatches(text);
    assertEquals(text, String.join("", pieces));
    assertTrue(pieces.contains("估值"), pieces.toString());
    assertTrue(pieces.contains("𠀀"), pieces.toString()); // a supplementary character stays whole
  }

  @Test
  void sharedIsOneInstance() {
    assertSame(Lexicon.shared(), Lexicon.shared());
    assertTrue(Lexicon.shared().stats().millis() >= 0);
  }

  @Test
  void concurrentLookupsAgree() throws Exception {
    List<String> words = List.of("漏洞", "估值", "軟件", "安全", "网络", "不存在");
    List<String> english = List.of("safety", "valuation", "network", "the", "growth");
    Callable<List<Object>> job =
        () -> {
          List<Object> out = new ArrayList<>();
          for (int round = 0; round < 50; round++) {
            for (String w : words) {
              out.add(lexicon.glosses(w));
              out.add(lexicon.pinyin(w));
              out.add(lexicon.longestMatches(w + "复旦大学教授"));
            }
            for (String e : english) {
              out.add(lexicon.chineseFor(e));
            }
          }
          return out;
        };
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<Object>>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return job.call();
                }));
      }
      start.countDown();
      List<Object> first = results.get(0).get();
      for (Future<List<Object>> r : results) {
        assertEquals(first, r.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void readsASmallLexicon() throws IOException {
    Lexicon small =
        Lexicon.read(
            gzip(
                "# test\n"
                    + "安全\t安全\tan1 quan2\tsafe|safety\n"
                    + "软件\t軟件|軟體\truan3 jian4\tsoftware\n"));
    assertEquals(2, small.size());
    assertEquals(List.of("software"), small.glosses("軟體"));
    assertEquals(List.of("安全"), small.chineseFor("safe"));
    assertEquals(List.of("软件"), small.chineseFor("software"));
    assertEquals(List.of("安全", "軟體"), small.longestMatches("安全軟體"));
  }

  @Test
  void rejectsMalformedResources() {
    assertThrows(
        IllegalStateException.class,
        () -> Lexicon.read(gzip("软件\t軟件\truan3 jian4\tsoftware\n安全\t安全\tan1 quan2\tsafe\n")),
        "unsorted");
    assertThrows(
        IllegalStateException.class, () -> Lexicon.read(gzip("安全\t安全\tsafe\n")), "3 fields");
    assertThrows(
        IllegalStateException.class,
        () -> Lexicon.read(gzip("安全\t安全\tan1 quan2\tsafe")),
        "no final newline");
    assertThrows(
        IOException.class,
        () -> Lexicon.read(new ByteArrayInputStream("not gzip".getBytes(StandardCharsets.UTF_8))));
  }

  private static ByteArrayInputStream gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return new ByteArrayInputStream(out.toByteArray());
  }
}
