package dev.yuanwen.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yuanwen.analysis.EnglishTerms;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.junit.jupiter.api.Test;

class ReverseIndexTest {
  @Test
  void contentWordsOutrankShapeWhichOutranksSenses() {
    assertTrue(ReverseIndex.score(1, 4, 1) < ReverseIndex.score(2, 2, 63));
    assertTrue(ReverseIndex.score(1, 2, 1) < ReverseIndex.score(1, 3, 60));
    assertTrue(ReverseIndex.score(1, 3, 1) < ReverseIndex.score(1, 1, 60));
    assertTrue(ReverseIndex.score(1, 2, 5) < ReverseIndex.score(1, 2, 2));
    assertTrue(ReverseIndex.score(4, 9, 0) < 1 << 10); // fits the posting layout
  }

  /** The byte-level stop check that filters glosses must agree with the analyzer itself. */
  @Test
  void stopWordsAgreeWithTheAnalyzer() {
    var analyzer = (StopwordAnalyzerBase) EnglishTerms.analyzer();
    ReverseIndex.StopWords stop = new ReverseIndex.StopWords(analyzer.getStopwordSet());
    for (String w :
        List.of("the", "The", "OF", "it's", "to", "safety", "one's", "is", "a", "an", "ant", "x")) {
      byte[] b = w.getBytes(StandardCharsets.UTF_8);
      assertEquals(EnglishTerms.stem(w) == null, stop.contains(b, 0, b.length), w);
    }
  }
}
