package dev.yuanwen.index;

import dev.yuanwen.analysis.Token;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * A paragraph's tokens, already segmented, as a token stream: the same terms, types and offsets
 * {@code HanLPTokenizer} would give, without segmenting the text again. Used once, for one field.
 */
final class TokenListStream extends TokenStream {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final List<Token> tokens;
  private final int base;
  private final int length;
  private Iterator<Token> next;

  /** {@code tokens} with offsets that start at {@code base}; the paragraph is {@code length} long. */
  TokenListStream(List<Token> tokens, int base, int length) {
    this.tokens = tokens;
    this.base = base;
    this.length = length;
  }

  @Override
  public boolean incrementToken() {
    while (next.hasNext()) {
      Token t = next.next();
      if (!t.isContent()) {
        continue;
      }
      clearAttributes();
      term.setEmpty().append(t.term());
      offset.setOffset(t.start() - base, t.end() - base);
      type.setType(t.type().luceneType());
      return true;
    }
    return false;
  }

  @Override
  public void reset() {
    next = tokens.iterator();
  }

  @Override
  public void end() throws java.io.IOException {
    super.end();
    offset.setOffset(length, length);
  }
}
