package dev.yuanwen.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransliterationTest {
  @ParameterizedTest
  @CsvSource({
    "Musk, 马斯克, true", "Trump, 特朗普, true", "Powell, 鲍威尔, true", "Endler, 恩德勒, true",
    "Biden, 拜登, true", "Merkel, 默克尔, true", "Macron, 马克龙, true", "Smith, 史密斯, true",
    "Obama, 奥巴马, true", "Dresden, 德勒斯登, true",
    "Market, 马斯克, false", "Trade, 特朗普, false", "Science, 孙悟空, false", "Mercedes, 默克尔, false"
  })
  void namesSoundAlike(String english, String chinese, boolean same) {
    assertEquals(same, Transliteration.sameName(Transliteration.english(english), Transliteration.chinese(chinese)),
        english + " " + Transliteration.english(english) + " / " + chinese + " " + Transliteration.chinese(chinese));
  }

  @ParameterizedTest
  @CsvSource({"Powell, PL", "Musk, MSK", "Trump, TLMP", "Philip, FLP", "Thatcher, STSL", "Jackson, SKSN"})
  void englishSkeletons(String word, String skeleton) {
    assertEquals(skeleton, Transliteration.english(word));
  }

  @ParameterizedTest
  @CsvSource({"鲍威尔, PL", "特朗普, TLP", "恩德勒, NTL", "史密斯, SMS"})
  void chineseSkeletons(String name, String skeleton) {
    assertEquals(skeleton, Transliteration.chinese(name));
  }
}
