package dev.yuanwen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishTermsTest {
  @Test
  void stemsContentWordsAndDropsStopWords() {
    assertEquals(List.of("vulner", "claud", "code", "tool"), EnglishTerms.stems("The vulnerabilities of Claude's code tools"));
  }

  @Test
  void inflectionsMeet() {
    assertEquals(EnglishTerms.stem("valuations"), EnglishTerms.stem("valuation"));
    assertEquals(EnglishTerms.stem("regulators"), EnglishTerms.stem("regulator"));
  }

  @Test
  void stopWordHasNoStem() {
    assertNull(EnglishTerms.stem("the"));
    assertNull(EnglishTerms.stem("—"));
  }
}
