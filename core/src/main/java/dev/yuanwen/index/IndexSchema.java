package dev.yuanwen.index;

import dev.yuanwen.analysis.HanLPTokenizer;
import dev.yuanwen.analysis.Token;
import java.util.List;
import dev.yuanwen.lexicon.Lexicon;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import dev.yuanwen.analysis.EnglishTerms;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The index's fields. Every document becomes a block of entries: one {@code doc} entry (metadata
 * and the aligner's links), one per article paragraph ({@code zh}) and one per digest point
 * ({@code en}); all carry the document's id, outlet and tags so filters need no join.
 */
final class IndexSchema {
  /** Version of this layout, in each commit's user data; an index of another version is refused. */
  static final String VERSION = "2";
  /**
   * The zh text field: indexed as text, with term vectors (positions and offsets) so that
   * highlighting reads the indexed tokens back instead of segmenting each hit again with HanLP. An
   * index of version 2 written before them still works: its hits are analyzed again. The en field
   * has none: its analysis is cheap.
   */
  static final org.apache.lucene.document.FieldType TEXT_WITH_VECTORS = textWithVectors();

  /**
   * Gives {@code d} an empty instance of each scored text field it lacks (a paragraph has no
   * {@code en}, a point no {@code zh}, a document entry neither). An empty field adds no term and
   * changes no statistic (BM25 counts the entries with a term), but it gives the entry a norm, so
   * that each field's norms are dense: a sparse field's norms are found by rank in blocks, which
   * at 100 K paragraphs took over a third of a long query's search.
   */
  static org.apache.lucene.document.Document withEveryScoredField(org.apache.lucene.document.Document d) {
    if (d.getField(ZH) == null) {
      d.add(new org.apache.lucene.document.Field(ZH, new org.apache.lucene.analysis.miscellaneous.EmptyTokenStream(),
          TEXT_WITH_VECTORS));
    }
    if (d.getField(EN) == null) {
      d.add(new org.apache.lucene.document.Field(EN, new org.apache.lucene.analysis.miscellaneous.EmptyTokenStream(),
          org.apache.lucene.document.TextField.TYPE_NOT_STORED));
    }
    for (String via : List.of(VIA_EN, VIA_ZH)) {
      if (d.getField(via) == null) {
        d.add(new WeightedTerms().field(via));
      }
    }
    return d;
  }

  private static org.apache.lucene.document.FieldType textWithVectors() {
    org.apache.lucene.document.FieldType t =
        new org.apache.lucene.document.FieldType(org.apache.lucene.document.TextField.TYPE_NOT_STORED);
    t.setStoreTermVectors(true);
    t.setStoreTermVectorPositions(true);
    t.setStoreTermVectorOffsets(true);
    t.freeze();
    return t;
  }
  static final String MARK = "yuanwen.index";

  /** Entry kind: {@code doc}, {@code zh} or {@code en}. */
  static final String TYPE = "type";
  static final String DOC = "doc";
  /** Stored side of a paragraph or point entry: {@code zh} or {@code en}. */
  static final String SIDE = "side";
  /** Paragraph or point number, stored and as a point for lookups. */
  static final String INDEX = "index";
  /** Analyzed Chinese paragraph text (HanLP, simplified terms). */
  static final String ZH = "zh";
  /** Analyzed English point text (stemmed). */
  static final String EN = "en";
  /** The paragraph or point as written. */
  static final String TEXT = "text";
  /** The document's title to show, on every paragraph and point. */
  static final String TITLE = "title";
  /** Indices of the aligned entries on the other side, comma separated. */
  static final String ALIGNED = "aligned";
  /** Lower-cased outlet names (Chinese and English) and tags, for filters. */
  static final String OUTLET_KEY = "outlet_key";
  static final String TAG_KEY = "tag_key";
  /** Stored metadata of the doc entry. */
  static final String OUTLET = "outlet";
  static final String OUTLET_EN = "outlet_en";
  static final String TITLE_ZH = "title_zh";
  static final String TITLE_EN = "title_en";
  static final String DATE = "date";
  static final String TAG = "tag";
  /** For each point, its linked paragraphs, as {@code 1,2;;5} (points separated by ';'). */
  static final String LINKS = "links";

  static final String TYPE_DOC = "doc";

  /**
   * On a paragraph entry: the English of the points linked to it, as {@link #EN} analyzes it, each
   * term's frequency weighted by the links' confidence (no positions). A query's English words
   * reach a Chinese paragraph through what its summary says.
   */
  static final String VIA_EN = "via_en";
  /** On a point entry: the Chinese of its linked paragraphs, as {@link #ZH} analyzes it, weighted the same way. */
  static final String VIA_ZH = "via_zh";
  /**
   * On the doc entry: the training pairs its alignment gives the translation table, one per line
   * (weight, English terms, Chinese terms; tab-separated, terms space-separated), so that the table
   * can be learned again from the index alone.
   */
  static final String PAIRS = "pairs";
  /** Entry kind of the one entry holding the learned translation table. */
  static final String TYPE_TABLE = "table";
  /** On the table entry: the table, as {@code TranslationTable.write} writes it (gzip). */
  static final String TABLE = "table_bytes";
  /** On the table entry: what the table was learned from, shown by {@code learn}; and its identity. */
  static final String TABLE_ID = "table_id";
  /** On the table entry: how many links it learned from. */
  static final String TABLE_LINKS = "table_links";

  private IndexSchema() {}

  static String key(String value) {
    return value.strip().toLowerCase(Locale.ROOT);
  }

  static String typeOf(Side side) {
    return side.label();
  }

  /** HanLP for Chinese text, the shared English analyzer for points. */
  static Analyzer analyzer(Analyzer chinese) {
    return new PerFieldAnalyzerWrapper(EnglishTerms.analyzer(), Map.of(ZH, chinese));
  }

  /** An already segmented paragraph as the Chinese field's tokens, filtered as {@link #newChineseAnalyzer} does. */
  static TokenStream chineseTokens(List<Token> tokens, int base, int length) {
    return new SubwordFilter(new LowerCaseFilter(new TokenListStream(tokens, base, length)), Lexicon.shared());
  }

  /** The HanLP analyzer with {@link SubwordFilter}: whole words and the dictionary words inside them. */
  static Analyzer newChineseAnalyzer() {
    Lexicon lexicon = Lexicon.shared();
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new HanLPTokenizer();
        return new TokenStreamComponents(tokenizer, new SubwordFilter(new LowerCaseFilter(tokenizer), lexicon));
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
      }
    };
  }
}
