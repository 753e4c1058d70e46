package dev.yuanwen.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * The library's Lucene analyzer for Chinese: {@link HanLPTokenizer} then lower-casing (for the Latin
 * tokens in Chinese text: GPT-4o and gpt-4o are one term). No stop words: they would cost phrase
 * queries their exactness and BM25 already discounts frequent words.
 */
public final class ChineseAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new HanLPTokenizer();
    return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
