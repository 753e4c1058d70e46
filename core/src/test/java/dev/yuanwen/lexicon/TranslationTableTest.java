package dev.yuanwen.lexicon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yuanwen.InputException;
import dev.yuanwen.lexicon.TranslationTable.Options;
import dev.yuanwen.lexicon.TranslationTable.TermPair;
import dev.yuanwen.lexicon.TranslationTable.Translation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learner on small hand-made parallel sentences with known answers; the file format; merging. */
class TranslationTableTest {
  /**
   * Sentence pairs written for this test, in the style of business news: a name CC-CEDICT lacks
   * (Endler = 恩德勒, which the segmenter cuts 恩德 + 勒), an abbreviation (NEV = 新能源汽车) and a
   * sense CC-CEDICT glosses otherwise (增长 is "to grow; to increase", here "growth").
   */
  static final String[][] NEWS = {
    {"Analyst Rob Endler said NEV sales grew 30% this year.", "分析师罗布·恩德勒表示，今年新能源汽车销量增长了30%。"},
    {"Endler expects growth to slow next year.", "恩德勒预计，明年的增长将会放缓。"},
    {"Retail sales growth picked up in October.", "十月份社会消费品零售总额增长加快。"},
    {"NEV exports doubled in the first half.", "上半年新能源汽车出口翻了一番。"},
    {"Industrial output growth beat forecasts.", "工业增加值增长超出市场预期。"},
    {"Endler warned that the price war hurts carmakers.", "恩德勒警告说，价格战正在伤害汽车制造商。"},
    {"Battery makers expanded NEV capacity.", "电池厂商扩大了新能源汽车的产能。"},
    {"Export growth slowed in the third quarter.", "第三季度出口增长放缓。"},
    {"Consumer spending growth remained weak.", "消费支出增长依然疲软。"},
    {"Subsidies for NEV buyers will end next year.", "明年新能源汽车购车补贴将退出。"},
    {"According to Endler, battery prices fell.", "据恩德勒介绍，电池价格有所下降。"},
    {"The government wants faster growth in services.", "政府希望服务业实现更快增长。"},
    {"NEV makers cut prices again.", "新能源汽车厂商再次降价。"},
    {"Investors worry about slowing growth.", "投资者担心增长放缓。"},
  };

  static TranslationTable news;

  static List<TermPair> pairs(String[][] texts) {
    List<TermPair> out = new ArrayList<>();
    for (String[] p : texts) {
      out.add(new TermPair(TranslationTable.englishTerms(p[0]), TranslationTable.chineseTerms(p[1]), 1.0));
    }
    return out;
  }

  @BeforeAll
  static void learn() {
    news = TranslationTable.learn(pairs(NEWS), Options.defaults());
  }

  private static List<String> terms(List<Translation> list) {
    return list.stream().map(Translation::term).toList();
  }

  @Test
  void termsAreStemsAndContentWords() {
    assertEquals(List.of("sale", "grew", "china"), TranslationTable.englishTerms("Sales grew 30% in China in 2025."));
    List<String> zh = TranslationTable.chineseTerms("美国分析师罗布·恩德勒表示，今年新能源汽车销量增长了百分之三十。");
    assertTrue(zh.containsAll(List.of("分析师", "罗布·恩德勒", "新能源", "汽车", "增长")), zh.toString());
    assertFalse(zh.contains("了") || zh.contains("，") || zh.contains("。") || zh.contains("百分之三十"), zh.toString());
    assertEquals(List.of("nev", "销量"), TranslationTable.chineseTerms("NEV销量"));
    // Traditional text is keyed by its simplified words.
    assertEquals(TranslationTable.chineseTerms("长期照顾"), TranslationTable.chineseTerms("長期照顧"));
  }

  @Test
  void learnsANameTheDictionaryLacks() {
    assertTrue(Lexicon.shared().glosses("恩德").stream().noneMatch(g -> g.contains("Endler")));
    List<Translation> endler = news.chineseFor("endler", 0.2);
    assertTrue(terms(endler).contains("恩德"), endler.toString());
    assertEquals("endler", news.englishFor("恩德").get(0).term());
  }

  @Test
  void learnsAnAbbreviation() {
    List<String> nev = terms(news.chineseFor("nev", 0.2));
    assertTrue(nev.containsAll(List.of("新能源", "汽车")), nev.toString());
    assertEquals("nev", news.englishFor("新能源").get(0).term());
  }

  @Test
  void learnsASenseTheDictionaryGlossesOtherwise() {
    assertTrue(Lexicon.shared().glosses("增长").stream().noneMatch(g -> g.contains("growth")));
    Translation growth = news.chineseFor("growth").get(0);
    assertEquals("增长", growth.term());
    assertTrue(growth.probability() > 0.8, growth.toString());
    assertTrue(growth.count() > 3, growth.toString()); // aligned in most of its seven sentences
    Translation back = news.englishFor("增长").get(0);
    assertEquals("growth", back.term());
    assertEquals(growth.probability(), back.inverse(), 1e-6);
    assertEquals(growth.inverse(), back.probability(), 1e-6);
    assertEquals(growth.probability(), news.chineseGiven("增长", "growth"), 1e-6);
    assertEquals(growth.inverse(), news.englishGiven("growth", "增长"), 1e-6);
  }

  @Test
  void theDictionaryPriorSettlesPairsSeenOnce() {
    // "analyst" and 分析师 share a single sentence with seven other words each.
    assertEquals(List.of("分析师"), terms(news.chineseFor("analyst", 0.1)));
    TranslationTable without = TranslationTable.learn(pairs(NEWS), Options.defaults().withPrior(null));
    assertFalse(terms(without.chineseFor("analyst", 0.1)).contains("分析师"), without.chineseFor("analyst").toString());
  }

  @Test
  void noiseIsPruned() {
    // Endler shares sentences with 表示, 预计, 警告, 介绍 ...: none of them is kept for him.
    List<String> endler = terms(news.chineseFor("endler"));
    for (String noise : List.of("表示", "预计", "警告", "介绍", "分析师", "明年", "电池")) {
      assertFalse(endler.contains(noise), endler.toString());
    }
    assertTrue(endler.size() <= 3, endler.toString());
    assertTrue(news.englishFor("表示").isEmpty(), news.englishFor("表示").toString());
    // Each list is sorted, within [0, 1], and the threshold cuts it.
    for (String e : List.of("growth", "nev", "endler", "year", "price")) {
      List<Translation> all = news.chineseFor(e);
      for (int i = 0; i < all.size(); i++) {
        assertTrue(all.get(i).probability() > 0 && all.get(i).probability() <= 1);
        assertTrue(i == 0 || all.get(i - 1).probability() >= all.get(i).probability());
      }
      assertTrue(news.chineseFor(e, 0.3).stream().allMatch(t -> t.probability() >= 0.3));
    }
    assertTrue(news.size() < 80, news.toString()); // of about 1,500 co-occurring pairs
  }

  @Test
  void unknownTermsHaveNothing() {
    assertEquals(List.of(), news.chineseFor("zebra"));
    assertEquals(List.of(), news.englishFor("斑马"));
    assertEquals(0, news.chineseGiven("斑马", "zebra"));
    assertEquals(0, news.englishEvidence("zebra"));
    assertEquals(7, news.englishEvidence("growth"), 1e-6); // in seven of the sentences
    assertTrue(TranslationTable.empty().isEmpty());
    assertTrue(TranslationTable.learn(List.of(), Options.defaults()).isEmpty());
    assertThrows(IllegalArgumentException.class, () -> new TermPair(List.of("a"), List.of("甲"), 0));
  }

  // ---------------------------------------------------------------- files

  @TempDir Path tmp;

  @Test
  void writesAndReadsTheSameTable() throws IOException {
    Path file = tmp.resolve("sub/table.tsv.gz");
    news.write(file);
    TranslationTable again = TranslationTable.read(file);
    assertEquals(news.size(), again.size());
    assertEquals(news.toString(), again.toString());
    for (String e : List.of("growth", "nev", "endler", "analyst")) {
      assertEquals(news.chineseFor(e), again.chineseFor(e));
      assertEquals(news.englishEvidence(e), again.englishEvidence(e));
    }
    assertEquals(news.englishFor("增长"), again.englishFor("增长"));
    assertArrayEquals(news.toBytes(), again.toBytes());
    assertTrue(new String(gunzip(Files.readAllBytes(file)), StandardCharsets.UTF_8)
        .startsWith("yuanwen-translation-table\t1\n"));
    try (var s = Files.list(file.getParent())) {
      assertEquals(1, s.count()); // no temporary file left
    }
  }

  private static byte[] gunzip(byte[] gz) throws IOException {
    try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
      return in.readAllBytes();
    }
  }

  private Path file(String text) throws IOException {
    Path file = tmp.resolve("t" + System.nanoTime() + ".tsv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  private String problem(Path file) {
    InputException e = assertThrows(InputException.class, () -> TranslationTable.read(file));
    assertEquals(file.toString(), e.source());
    return e.problem();
  }

  @Test
  void badFilesAreRefusedNamingTheLine() throws IOException {
    String head = "yuanwen-translation-table\t1\n";
    assertEquals("not a gzip file: not a translation table", problem(Files.writeString(tmp.resolve("plain.tsv"), head)));
    assertEquals("no such file", problem(tmp.resolve("missing.tsv.gz")));
    assertTrue(problem(file("")).startsWith("empty"));
    assertTrue(problem(file("something else\t1\n")).startsWith("line 1: not a yuanwen translation table"));
    assertEquals("line 1: format version 2; this yuanwen reads version 1 (written by a newer yuanwen)",
        problem(file("yuanwen-translation-table\t2\n")));
    assertEquals("line 3: expected 3 fields (en, term, evidence), found 2",
        problem(file(head + "en\tgrowth\t3\nen\tgrowth\n")));
    assertEquals("line 3: the Chinese term \"增长\" has no zh line before it",
        problem(file(head + "en\tgrowth\t3\npair\tgrowth\t增长\t0.5\t0.5\t1\n")));
    assertEquals("line 4: P(zh|en) 1.5 is out of range (0 to 1)",
        problem(file(head + "en\tgrowth\t3\nzh\t增长\t2\npair\tgrowth\t增长\t1.5\t0.5\t1\n")));
    assertEquals("line 5: count \"x\" is not a number",
        problem(file(head + "# a comment\nen\tgrowth\t3\nzh\t增长\t2\npair\tgrowth\t增长\t0.5\t0.5\tx\n")));
    assertEquals("line 5: the pair growth / 增长 is listed twice",
        problem(file(head + "en\tgrowth\t3\nzh\t增长\t2\npair\tgrowth\t增长\t0.5\t0.5\t1\npair\tgrowth\t增长\t0.5\t0.5\t1\n")));
    assertEquals("line 2: unknown record \"term\" (expected en, zh or pair)", problem(file(head + "term\tgrowth\t3\n")));
    assertEquals("line 3: the en term \"growth\" is listed twice", problem(file(head + "en\tgrowth\t3\nen\tgrowth\t3\n")));
    // A file cut short.
    byte[] whole = news.toBytes();
    Path cut = Files.write(tmp.resolve("cut.tsv.gz"), Arrays.copyOf(whole, whole.length / 2));
    assertTrue(problem(cut).contains("truncated or damaged"), problem(cut));
  }

  // ---------------------------------------------------------------- merging

  @Test
  void mergingWeighsEachTableByItsEvidence() throws IOException {
    String head = "yuanwen-translation-table\t1\n";
    TranslationTable a = TranslationTable.read(file(head + "en\tgrowth\t3\nzh\t增长\t4\n"
        + "pair\tgrowth\t增长\t0.9\t0.6\t2.5\n"));
    TranslationTable b = TranslationTable.read(file(head + "en\tgrowth\t1\nen\trate\t2\nzh\t增长\t1\nzh\t增速\t2\n"
        + "pair\tgrowth\t增长\t0.5\t1\t0.5\npair\tgrowth\t增速\t0.5\t0.5\t0.5\npair\trate\t增速\t1\t0.5\t1.5\n"));
    TranslationTable m = a.merge(b);
    assertEquals(3, m.size());
    assertEquals(0.8, m.chineseGiven("增长", "growth"), 1e-6); // (3 x 0.9 + 1 x 0.5) / 4
    assertEquals(0.125, m.chineseGiven("增速", "growth"), 1e-6); // (3 x 0 + 1 x 0.5) / 4
    assertEquals(0.68, m.englishGiven("growth", "增长"), 1e-6); // (4 x 0.6 + 1 x 1) / 5
    assertEquals(4, m.englishEvidence("growth"), 1e-6);
    assertEquals(3.0, m.chineseFor("growth").get(0).count(), 1e-6);
    assertEquals(List.of("增长", "增速"), terms(m.chineseFor("growth")));
    assertEquals(1.0, m.chineseGiven("增速", "rate"), 1e-6); // only b knows "rate"
    assertEquals(a.toString(), TranslationTable.merge(List.of(a, TranslationTable.empty())).toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.write(out);
    assertEquals(m.toString(), TranslationTable.read(new java.io.ByteArrayInputStream(out.toByteArray()), "merged").toString());
  }
}
