package dev.yuanwen.analysis;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Traditional-to-simplified folding of each token, registered with Lucene's SPI under the name
 * {@value #NAME}, for fields whose tokenizer is not {@code hanlp} (which folds already, with offsets
 * into the original): {@code <tokenizer name="standard"/><filter name="yuanwenSimplified"/>} makes
 * 長照 and 长照 one term. The mapping is the segmenter's (HanLP's t2s table, with its word-level
 * exceptions), applied to the token alone. It takes no parameters.
 */
public class SimplifiedFilterFactory extends TokenFilterFactory {
  /** SPI name. */
  public static final String NAME = "yuanwenSimplified";

  public SimplifiedFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters for filter '" + NAME + "': " + args);
    }
  }

  /** Default ctor for compatibility with SPI. */
  public SimplifiedFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new SimplifiedFilter(input);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return new SimplifiedFilter(input);
  }

  private static final class SimplifiedFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    SimplifiedFilter(TokenStream input) {
      super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      String folded = ScriptConverter.normalize(term);
      if (!folded.contentEquals(term)) {
        term.setEmpty().append(folded);
      }
      return true;
    }
  }
}
