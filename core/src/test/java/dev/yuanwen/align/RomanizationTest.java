package dev.yuanwen.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RomanizationTest {
  private static Set<String> set(String[] a) {
    return a == null ? Set.of() : new TreeSet<>(Arrays.asList(a));
  }

  @ParameterizedTest
  @CsvSource({
    "tsai, cai zai", "ts'ai, cai", "chiang, jiang qiang", "ch'iang, qiang", "ching, jing qing",
    "kuo, guo kuo", "k'uo, kuo", "hsin, xin", "hsu, xu", "hsü, xu", "hsieh, xie", "hsiung, xiong",
    "chih, chi zhi", "shih, shi", "jih, ri", "tzu, ci zi", "ssu, si", "szu, si", "kao, gao kao",
    "te, de te", "t'e, te", "ing, ying", "yu, you yu", "yü, yu", "ih, yi", "chu, chu ju qu zhu",
    "kung, gong kong", "yen, yan", "lien, lian", "chou, chou zhou", "erh, er", "wen, wen",
    "p'eng, peng", "chü, ju qu", "hsüeh, xue", "jung, rong", "ko, ge ke", "lo, luo", "su, si su", "tu, du tu", "to, duo tuo", "sun, sun", "po, bo po"
  })
  void wadeGilesSyllablesReadAsPinyin(String syllable, String pinyin) {
    Set<String> got = set(Romanization.wadeGiles(syllable));
    Set<String> want = new TreeSet<>(Arrays.asList(pinyin.split(" ")));
    assertTrue(got.containsAll(want), syllable + ": " + got);
    assertEquals(want, got, syllable);
  }

  @ParameterizedTest
  @CsvSource({
    "tsim, zim cim", "sha, saa", "tsui, zeoi ceoi zui cui", "mai, maai mai", "po, bo bou po pou",
    "kwun, gun kwun", "tong, dong tong", "cheung, zoeng coeng", "kong, gong kong", "leung, loeng",
    "wong, wong", "chan, zaan caan zan can", "shek, sek", "wan, waan wan", "chai, zaai zai caai cai",
    "tin, din tin", "yuen, jyun", "yip, jip", "ng, ng"
  })
  void cantoneseSyllablesReadAsJyutping(String syllable, String jyutping) {
    Set<String> got = set(Romanization.cantonese(syllable));
    for (String j : jyutping.split(" ")) {
      if (Romanization.Jyutping.isSyllable(j)) {
        assertTrue(got.contains(j), syllable + " should read " + j + ": " + got);
      }
    }
    assertTrue(got.contains(jyutping.split(" ")[0]), syllable + ": " + got);
  }

  @ParameterizedTest
  @CsvSource({"smith", "brown", "vladimir", "x", "zhang", "qiang", "xi", "trump"})
  void otherWordsAreNoSyllables(String word) {
    assertTrue(Romanization.readings(word).stream().allMatch(r -> r.syllables().length > 1)
        || Romanization.readings(word).isEmpty(), word + ": " + Romanization.readings(word));
    assertNull(Romanization.wadeGiles(word.equals("x") ? "x" : word));
  }

  @Test
  void wordsSplitIntoTheFewestSyllables() {
    assertEquals(2, fewest("Kaohsiung"));
    assertEquals(2, fewest("Hsinchu"));
    assertEquals(2, fewest("Kowloon"));
    assertEquals(1, fewest("Tsai"));
    assertEquals(0, fewest("Smith"));
    assertEquals(0, fewest("Powell"));
  }

  private static int fewest(String word) {
    return Romanization.readings(word).stream().mapToInt(r -> r.syllables().length).min().orElse(0);
  }

  private static int[] find(String text, String name) {
    List<List<Romanization.Reading>> words = new ArrayList<>();
    for (String w : name.split("[ -]")) {
      List<Romanization.Reading> r = Romanization.readings(w);
      if (r.isEmpty()) {
        return null;
      }
      words.add(r);
    }
    return Romanization.find(text, new Romanization.Name(words));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "总统蔡英文今天表示|Tsai Ing-wen|2|5",
    "台北市长柯文哲说|Ko Wen-je|4|7",
    "新北市长侯友宜出席|Hou Yu-ih|4|7",
    "蒋经国时代的十大建设|Chiang Ching-kuo|0|3",
    "赖清德当选|Lai Ching-te|0|3",
    "蒋介石日记|Chiang Kai-shek|0|3",
    "高雄港的货运量|Kaohsiung|0|2",
    "新竹科学园区|Hsinchu|0|2",
    "游客涌向尖沙咀海旁|Tsim Sha Tsui|4|7",
    "米埔自然保护区的候鸟|Mai Po|0|2",
    "观塘区的工厦|Kwun Tong|0|2",
    "长江实业集团|Cheung Kong|0|2",
    "九龙半岛|Kowloon|0|2",
    "湾仔会展中心|Wan Chai|0|2",
    "沙田马场|Sha Tin|0|2",
    "立法会议员梁家杰|Leung Kar-kit|5|8"
  })
  void namesAreFoundInTheirChinese(String text, String name, int start, int end) {
    assertArrayEquals(new int[] {start, end}, find(text, name), name);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "国务院总理李强主持会议|Tsai Ing-wen",
    "台北市长柯文哲说|Hou Yu-ih",
    "北京大学教授张明远|Tsim Sha Tsui",
    "香港国际机场|Mai Po",
    "米价上涨|Mai Po"
  })
  void otherNamesAreNotFound(String text, String name) {
    assertNull(find(text, name), name);
  }

  @Test
  void theCantoneseTableIsSmallAndCoversCommonCharacters() {
    for (char c : "蔡米埔尖沙咀九龙观塘长江张梁黄陈湾仔田".toCharArray()) {
      assertTrue(Romanization.Jyutping.of(c) != null, c + " has a reading");
    }
    assertTrue(Arrays.asList(Romanization.Jyutping.of('龙')).contains("lung"));
    assertTrue(Arrays.asList(Romanization.Jyutping.of('蔡')).contains("coi"));
  }
}
