package dev.yuanwen.index;

import dev.yuanwen.lexicon.Lexicon;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * The index's sub-word step for an engine's schema, registered with Lucene's SPI under the name
 * {@value #NAME}: after a Chinese word of three or more characters, the dictionary words inside it
 * at the same position (房地产 also as 地产, 中华鲟 also as 中华 and 鲟). With it, a Solr field
 * analyzed as
 *
 * <pre>{@code
 * <tokenizer name="hanlp"/>
 * <filter name="lowercase"/>
 * <filter name="yuanwenSubword"/>
 * }</pre>
 *
 * has the terms of {@link CorpusIndex}'s Chinese field, so that {@link BilingualQuery} finds there
 * what it finds locally. It loads the CC-CEDICT lexicon ({@link Lexicon#shared()}) on first use and
 * takes no parameters.
 */
public class SubwordFilterFactory extends TokenFilterFactory {
  /** SPI name. */
  public static final String NAME = "yuanwenSubword";

  public SubwordFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters for filter '" + NAME + "': " + args);
    }
  }

  /** Default ctor for compatibility with SPI. */
  public SubwordFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new SubwordFilter(input, Lexicon.shared());
  }
}
