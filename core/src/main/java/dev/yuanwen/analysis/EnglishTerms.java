package dev.yuanwen.analysis;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The English side of the library: one shared analyzer (lower-casing, possessive removal, stop
 * words, Porter stemming) so that digests, lexicon glosses and queries all meet on the same stems.
 */
public final class EnglishTerms {
  private static final Analyzer ANALYZER = new EnglishAnalyzer();

  private EnglishTerms() {}

  /** The shared English analyzer; thread-safe, do not close. */
  public static Analyzer analyzer() {
    return ANALYZER;
  }

  /** Stems of the content words of {@code text}, in order, stop words removed. */
  public static List<String> stems(String text) {
    return Terms.of(ANALYZER, "", text);
  }

  /** The stem of a single word, or {@code null} when it is a stop word or has no letters/digits. */
  public static String stem(String word) {
    List<String> s = stems(word);
    return s.isEmpty() ? null : s.get(0);
  }
}
