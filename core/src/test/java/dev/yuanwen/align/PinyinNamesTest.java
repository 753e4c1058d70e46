package dev.yuanwen.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PinyinNamesTest {
  @ParameterizedTest
  @CsvSource({
    "Li, 1", "Qiang, 1", "Jinping, 2", "Zhejiang, 2", "Xi'an, 2", "Chang'e, 2", "Wei, 1",
    "Lyu, 0", "Yuen, 0", "Smith, 0", "Tsai, 0", "Mingyuan, 2", "Lu, 1", "Guangdong, 2"
  })
  void syllablesFollowPinyinSpelling(String word, int syllables) {
    assertEquals(syllables, PinyinNames.syllableCount(word));
  }

  @ParameterizedTest
  @CsvSource({
    "国务院总理李强主持会议, liqiang, 5, 7",
    "北京大学教授张明远表示, zhangmingyuan, 6, 9",
    "吕梁市, luliang, 0, 2",
    "台积电董事长魏哲家, weizhejia, 6, 9",
    "记者曾晓东报道, zengxiaodong, 2, 5",
    "单霁翔表示, shanjixiang, 0, 3"
  })
  void namesAreFoundByTheirReading(String text, String name, int start, int end) {
    assertArrayEquals(new int[] {start, end}, PinyinNames.find(text, name));
  }

  @ParameterizedTest
  @CsvSource({"国务院总理李强主持会议, wangqiang", "北京大学, beijingxia", "2026年AI, ai"})
  void otherNamesAreNotFound(String text, String name) {
    assertNull(PinyinNames.find(text, name));
  }
}
