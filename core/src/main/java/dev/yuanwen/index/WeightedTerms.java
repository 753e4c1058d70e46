package dev.yuanwen.index;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * Terms with weights, as a token stream for a field of term frequencies without positions: each
 * term once, its frequency its weight. The alignment-aware fields use it, so that a term from a link
 * the aligner is sure of counts more than one from a doubtful link. Used once, for one field.
 */
final class WeightedTerms extends TokenStream {
  /** A link of confidence 1 gives each of its terms this frequency; a link of 0.5, half of it. */
  static final int FULL = 4;

  /** Indexed, frequencies without positions (a custom frequency needs that), not stored. */
  static final FieldType TYPE;

  static {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    t.setOmitNorms(false);
    t.freeze();
    TYPE = t;
  }

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
  private final Map<String, Double> weights = new LinkedHashMap<>();
  private Iterator<Map.Entry<String, Double>> next;

  /** Adds {@code weight} to the term's weight. */
  void add(String t, double weight) {
    if (!t.isEmpty() && weight > 0) {
      weights.merge(t, weight, Double::sum);
    }
  }

  boolean isEmpty() {
    return weights.isEmpty();
  }

  /** The field {@code name} of these terms. */
  Field field(String name) {
    return new Field(name, this, TYPE);
  }

  @Override
  public boolean incrementToken() {
    if (!next.hasNext()) {
      return false;
    }
    Map.Entry<String, Double> e = next.next();
    clearAttributes();
    term.setEmpty().append(e.getKey());
    frequency.setTermFrequency((int) Math.max(1, Math.min(1_000, Math.round(e.getValue() * FULL))));
    return true;
  }

  @Override
  public void reset() {
    next = weights.entrySet().iterator();
  }
}
