package dev.yuanwen.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yuanwen.align.Aligner;
import dev.yuanwen.align.Alignment;
import dev.yuanwen.align.PointAlignment;
import dev.yuanwen.analysis.ChineseAnalyzer;
import dev.yuanwen.analysis.ChineseSegmenter;
import dev.yuanwen.analysis.HanLPTokenizer;
import dev.yuanwen.analysis.Token;
import dev.yuanwen.document.Article;
import dev.yuanwen.document.Digest;
import dev.yuanwen.index.CorpusDocument;
import dev.yuanwen.index.CorpusIndex;
import dev.yuanwen.index.Hit;
import dev.yuanwen.index.IndexProgress;
import dev.yuanwen.index.Language;
import dev.yuanwen.index.SearchRequest;
import dev.yuanwen.index.SearchResults;
import dev.yuanwen.index.Side;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What runs on text after the parsers, on hostile text: the segmenter and the Lucene analyzer with
 * mixed scripts, the search (its query path), and the whole aligner on parsed article and digest
 * texts. Only the last reaches the sentence splitter (through the article it parses): the analyzer
 * reads Lucene's own sentence breaks and the query path never builds an article.
 */
class AnalysisFuzzTest {
  /** Mixed scripts; about one try in two hundred has a line of 200,000 chars (segmenting is the costly part). */
  private static final Gen<List<String>> TEXT = Texts.text(60, 0.005, 200_000);

  private static Analyzer analyzer;
  private static CorpusIndex index;
  private static Set<String> ids;

  @BeforeAll
  static void load() {
    analyzer = new ChineseAnalyzer();
    ChineseSegmenter.shared().segment("预热：加载词典。GPT-4o");
    index = CorpusIndex.inMemory();
    Path corpus = Path.of("..", "corpus");
    index.addAll(CorpusDocument.readAll(List.of(corpus.resolve("yangtze-fishing-ban"), corpus.resolve("anthropic-pause"),
        corpus.resolve("taiwan-long-term-care"))), IndexProgress.NONE);
    ids = Set.copyOf(index.ids());
    // every path of the query translation once, so that what loads lazily is not counted in a try
    for (String q : List.of("长江 porpoise 2035", "Anthropic 估值", "Li Qiang", "long-term care workers", "長照 GPT-4o",
        "10 million", "3800亿美元", "Tesla Xi Jinping", "為什麼")) {
      for (Language language : Language.values()) {
        index.search(SearchRequest.of(q).language(language));
      }
    }
    Aligner.shared();
  }

  @AfterAll
  static void close() {
    analyzer.close();
    index.close();
  }

  private static Fuzz<List<String>> fuzz(String name, Gen<List<String>> gen) {
    return Fuzz.of(name, gen, Texts::describe, p -> Texts.join(p).length());
  }

  @Test
  void segmenterAndAnalyzer() {
    fuzz("analyzer", TEXT)
        .examples(List.of("罗布·恩德勒说GPT-4o的估值约3800亿美元。", "長照2.0", "\uD800中\uDC00文"), List.of("中".repeat(200_000)))
        .memory(64L << 20, 3 * 2_000) // segmenter, tokenizer and analyzer, each within 2,000 bytes a char
        .check(pieces -> {
          String text = Texts.join(pieces);
          int end = 0;
          for (Token t : ChineseSegmenter.shared().segment(text)) {
            assertTrue(t.start() >= end && t.end() > t.start() && t.end() <= text.length(), "token " + t + " after " + end);
            assertEquals(text.substring(t.start(), t.end()), t.surface());
            assertFalse(t.term().isEmpty());
            end = t.end();
          }
          try (HanLPTokenizer tokenizer = new HanLPTokenizer()) {
            tokenizer.setReader(new StringReader(text));
            consume(tokenizer, text);
          }
          consume(analyzer.tokenStream("zh", text), text);
          Fuzz.count("analyzed");
        });
  }

  /** Lucene's rules: offsets in the text and never going backwards, one position per token, no empty term. */
  private static void consume(TokenStream ts, String text) throws IOException {
    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
    OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
    PositionIncrementAttribute position = ts.addAttribute(PositionIncrementAttribute.class);
    try (ts) {
      ts.reset();
      int lastStart = 0;
      while (ts.incrementToken()) {
        assertTrue(term.length() > 0, "an empty term");
        assertTrue(offset.startOffset() >= lastStart && offset.endOffset() >= offset.startOffset()
            && offset.endOffset() <= text.length(), "offsets " + offset.startOffset() + "-" + offset.endOffset());
        assertEquals(1, position.getPositionIncrement());
        lastStart = offset.startOffset();
      }
      ts.end();
      assertEquals(text.length(), offset.endOffset(), "the final offset");
    }
  }

  /** Queries: shorter text (a few pieces), now and then a query of 20,000 chars. */
  private static final Gen<List<String>> QUERY = Texts.text(12, 0.01, 20_000);

  @Test
  void search() {
    fuzz("search", QUERY)
        .examples(List.of("台风 OR typhoon"), List.of("\"长江\" -江豚 doc:x side:zh AND"), List.of("1．弄堂"), List.of("*:*"))
        .memory(64L << 20, 20_000)
        .check(pieces -> {
          String q = Texts.join(pieces);
          Random r = new Random(q.hashCode());
          SearchRequest request = SearchRequest.of(q).limit(1 + r.nextInt(20));
          request = switch (r.nextInt(4)) {
            case 0 -> request.side(Side.ZH);
            case 1 -> request.side(Side.EN).language(Language.EN);
            case 2 -> request.language(Language.ZH);
            default -> request;
          };
          SearchResults results = index.search(request);
          assertTrue(results.totalHits() >= results.hits().size(), "total " + results.totalHits() + " < hits");
          for (Hit h : results.hits()) {
            assertTrue(ids.contains(h.doc()), "a hit on an unknown document " + h.doc());
            for (Hit.Span s : h.highlights()) {
              assertTrue(s.start() >= 0 && s.end() <= h.text().length() && s.start() < s.end(), "highlight " + s);
            }
          }
          Fuzz.count(results.hits().isEmpty() ? "no hits" : "hits");
        });
  }

  /** An article and a digest, each of fuzz text, parsed and aligned. */
  record Pair(List<String> zh, List<String> en) {}

  private static final Gen<List<String>> SIDE = Texts.text(80, 0.005, 20_000);
  private static final Gen<Pair> PAIR = new Gen<>() {
    @Override
    public Pair sample(Random r) {
      return new Pair(SIDE.sample(r), SIDE.sample(r));
    }

    @Override
    public Stream<Pair> shrink(Pair p) {
      return Stream.concat(SIDE.shrink(p.zh()).map(zh -> new Pair(zh, p.en())),
          SIDE.shrink(p.en()).map(en -> new Pair(p.zh(), en)));
    }
  };

  @Test
  void aligner() {
    Fuzz.of("aligner", PAIR, p -> "article " + Texts.describe(p.zh()) + "\n  digest " + Texts.describe(p.en()),
            p -> Texts.join(p.zh()).length() + Texts.join(p.en()).length())
        .examples(new Pair(List.of("1．弄堂是上海的特色。\n\n2．石库门建筑始于十九世纪。"), List.of("1. Lanes are typical of Shanghai.")))
        .memory(64L << 20, 20_000)
        .check(p -> {
          Article article = Article.parse("中文。" + Texts.join(p.zh()), "article.zh.txt");
          Digest digest = Digest.parse("Point. " + Texts.join(p.en()), "digest.en.txt");
          Alignment a = Aligner.shared().align(article, digest);
          assertEquals(digest.points().size(), a.points().size());
          for (PointAlignment pa : a.points()) {
            for (int z : pa.paragraphs()) {
              assertTrue(z >= 0 && z < article.paragraphs().size(), "link to paragraph " + z);
            }
          }
          Fuzz.count("aligned");
        });
  }
}
