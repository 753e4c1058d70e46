package dev.yuanwen.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/**
 * Factory for {@link HanLPTokenizer}, registered with Lucene's SPI under the name {@value #NAME}, so
 * that {@code CustomAnalyzer.builder().withTokenizer("hanlp")} works and Solr or OpenSearch can load
 * it by name from a schema:
 *
 * <pre>{@code
 * <tokenizer name="hanlp"/>
 * }</pre>
 *
 * It takes no parameters.
 */
public class HanLPTokenizerFactory extends TokenizerFactory {
  /** SPI name. */
  public static final String NAME = "hanlp";

  public HanLPTokenizerFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters for tokenizer '" + NAME + "': " + args);
    }
  }

  /** Default ctor for compatibility with SPI. */
  public HanLPTokenizerFactory() {
    throw defaultCtorException();
  }

  @Override
  public HanLPTokenizer create(AttributeFactory factory) {
    return new HanLPTokenizer(factory);
  }
}
