package dev.yuanwen.analysis;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.util.SegmentingTokenizerBase;
import org.apache.lucene.util.AttributeFactory;

/**
 * A Lucene tokenizer on {@link ChineseSegmenter}: one token per word, one position per token, so
 * phrase queries work; offsets always point into the original (possibly traditional) text and never
 * go backwards. Terms are the normalized simplified forms, so a simplified query finds traditional
 * text. Punctuation is dropped. Like Lucene's own {@code HMMChineseTokenizer}, it reads the input a
 * sentence at a time.
 */
public final class HanLPTokenizer extends SegmentingTokenizerBase {
  private static final BreakIterator SENTENCES = BreakIterator.getSentenceInstance(Locale.ROOT);

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final ChineseSegmenter segmenter = ChineseSegmenter.shared();

  private Iterator<Token> tokens;
  private int sentenceOffset;

  public HanLPTokenizer() {
    this(DEFAULT_TOKEN_ATTRIBUTE_FACTORY);
  }

  public HanLPTokenizer(AttributeFactory factory) {
    super(factory, (BreakIterator) SENTENCES.clone());
  }

  @Override
  protected void setNextSentence(int sentenceStart, int sentenceEnd) {
    List<Token> list = segmenter.segment(new String(buffer, sentenceStart, sentenceEnd - sentenceStart));
    tokens = list.iterator();
    sentenceOffset = offset + sentenceStart;
  }

  @Override
  protected boolean incrementWord() {
    while (tokens != null && tokens.hasNext()) {
      Token token = tokens.next();
      if (!token.isContent()) {
        continue;
      }
      clearAttributes();
      termAtt.setEmpty().append(token.term());
      offsetAtt.setOffset(
          correctOffset(sentenceOffset + token.start()), correctOffset(sentenceOffset + token.end()));
      typeAtt.setType(token.type().luceneType());
      return true;
    }
    return false;
  }

  /**
   * Where the base class may cut its 1024-char buffer. It only knows line breaks, so Chinese text
   * without them would be cut mid-word; any Chinese sentence or clause mark is as safe.
   */
  @Override
  protected boolean isSafeEnd(char ch) {
    switch (ch) {
      case '。': case '！': case '？': case '；': case '，': case '、': case '：':
      case '\n': case '\r': case '\u0085': case '\u2028': case '\u2029':
        return true;
      default:
        return false;
    }
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    tokens = null;
  }
}
