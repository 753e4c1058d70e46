package dev.yuanwen.analysis;

import java.io.IOException;
import java.util.HashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockCharFilter;

/**
 * Lucene's own conformance checks for the analyzer (JUnit 4, randomized): offsets and positions
 * consistent, reuse safe, random and adversarial input survived, graph-free token stream.
 */
public class TestHanLPAnalyzerConformance extends BaseTokenStreamTestCase {
  private Analyzer analyzer;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    analyzer = new ChineseAnalyzer();
  }

  @Override
  public void tearDown() throws Exception {
    analyzer.close();
    super.tearDown();
  }

  public void testWordsOffsetsTypes() throws IOException {
    assertAnalyzesTo(
        analyzer,
        "美国分析师罗布·恩德勒表示，GPT-4o的估值增长47%。",
        new String[] {"美国", "分析师", "罗布·恩德勒", "表示", "gpt-4o", "的", "估值", "增长", "47%"},
        new int[] {0, 2, 5, 11, 14, 20, 21, 23, 25},
        new int[] {2, 5, 11, 13, 20, 21, 23, 25, 28},
        new String[] {"<PLACE>", "<WORD>", "<NAME>", "<WORD>", "<ALPHANUM>", "<WORD>", "<WORD>", "<WORD>", "<NUM>"},
        new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1});
  }

  public void testTraditionalTermsAreSimplifiedOffsetsOriginal() throws IOException {
    assertAnalyzesTo(
        analyzer,
        "人工智慧與軟體產業",
        new String[] {"人工智能", "与", "软件", "产业"},
        new int[] {0, 4, 5, 7},
        new int[] {4, 5, 7, 9});
  }

  public void testNumbersWithUnitsStayWhole() throws IOException {
    assertAnalyzesTo(
        analyzer,
        "市场规模达1万亿元，2026年达三千五百亿元",
        new String[] {"市场", "规模", "达", "1万亿元", "2026年", "达", "三千五百亿元"});
  }

  public void testLongTextAcrossBufferBoundaries() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      sb.append("复旦大学的教授表示，Claude的代码工具存在漏洞。");
    }
    checkAnalysisConsistency(random(), analyzer, false, sb.toString());
    assertTokenStreamContents(
        analyzer.tokenStream("f", sb.toString()), repeat(new String[] {"复旦", "大学", "的", "教授", "表示", "claude", "的", "代码", "工具", "存在", "漏洞"}, 300));
  }

  public void testCharFilterOffsetsAreCorrected() throws IOException {
    Analyzer withCharFilter =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer t = new HanLPTokenizer();
            return new TokenStreamComponents(t);
          }

          @Override
          protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
            return new MockCharFilter(reader, 7);
          }
        };
    checkRandomData(random(), withCharFilter, 200 * RANDOM_MULTIPLIER);
    withCharFilter.close();
  }

  public void testRandomStrings() throws IOException {
    checkRandomData(random(), analyzer, 500 * RANDOM_MULTIPLIER);
  }

  public void testRandomHugeStrings() throws IOException {
    checkRandomData(random(), analyzer, 20 * RANDOM_MULTIPLIER, 8192);
  }

  public void testRandomChineseLikeStrings() throws IOException {
    // Random text built from realistic pieces hits the merging rules (names, numbers, Latin).
    String[] pieces = {"罗布·恩德勒", "GPT-4o", "47%", "1万亿元", "2026年", "人工智慧", "，", "。", " ", "AI", "漏洞", "·", "3.5", "Ｈ３Ｎ２", "\u200b", "“", "”"};
    for (int i = 0; i < 300; i++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + random().nextInt(30);
      for (int k = 0; k < n; k++) {
        sb.append(pieces[random().nextInt(pieces.length)]);
      }
      checkAnalysisConsistency(random(), analyzer, random().nextBoolean(), sb.toString());
    }
  }

  public void testEmptyAndPunctuationOnly() throws IOException {
    assertAnalyzesTo(analyzer, "", new String[0]);
    assertAnalyzesTo(analyzer, "，。！？……", new String[0]);
  }

  public void testSpiFactory() throws IOException {
    Analyzer custom = CustomAnalyzer.builder().withTokenizer("hanlp").addTokenFilter("lowercase").build();
    assertAnalyzesTo(custom, "Anthropic呼吁暂停AI", new String[] {"anthropic", "呼吁", "暂停", "ai"});
    custom.close();
    expectThrows(IllegalArgumentException.class, () -> new HanLPTokenizerFactory(new HashMap<>(java.util.Map.of("mode", "index"))));
  }

  public void testPhraseQueriesFindWhatTheyShould() throws Exception {
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
        add(w, "Anthropic呼吁暂停前沿人工智能的研发，称AI正逼近递归自我改进的临界点。");
        add(w, "一位安全研究员指出，汽车工厂的机械臂组装速度快十倍，不代表它能设计新车。");
        add(w, "人工智慧與軟體產業正在快速發展。");
        add(w, "美国分析师罗布·恩德勒表示，没有人会主动放慢脚步。");
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        IndexSearcher s = new IndexSearcher(r);
        assertEquals(1, hits(s, "\"递归自我改进\""));
        assertEquals(1, hits(s, "\"机械臂组装\""));
        assertEquals(0, hits(s, "\"组装机械臂\""));
        assertEquals(1, hits(s, "\"人工智能与软件\"")); // simplified query, traditional text
        assertEquals(1, hits(s, "\"软件产业\""));
        assertEquals(1, hits(s, "罗布·恩德勒"));
        assertEquals(1, hits(s, "\"暂停前沿人工智能\""));
        assertEquals(2, hits(s, "人工智能"));
      }
    }
  }

  private int hits(IndexSearcher s, String q) throws Exception {
    Query query = new QueryParser("body", analyzer).parse(q);
    return s.count(query);
  }

  private static void add(IndexWriter w, String text) throws IOException {
    Document d = new Document();
    d.add(new TextField("body", text, Field.Store.NO));
    w.addDocument(d);
  }

  private static String[] repeat(String[] a, int times) {
    String[] out = new String[a.length * times];
    for (int i = 0; i < times; i++) {
      System.arraycopy(a, 0, out, i * a.length, a.length);
    }
    return out;
  }
}
