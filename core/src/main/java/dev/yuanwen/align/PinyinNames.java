package dev.yuanwen.align;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Chinese names written in pinyin: "Li Qiang" is 李强, "Zhejiang" is 浙江. HanLP portable's
 * Chinese person-name recognizer is off (it is slow and imprecise), so names are found by reading
 * the paragraph's characters in pinyin and looking for the English spelling there.
 */
final class PinyinNames {
  private static final Set<String> SYLLABLES = syllables();
  private static final int LONGEST_SYLLABLE = 6;

  private PinyinNames() {}

  private static Set<String> syllables() {
    Set<String> s = new HashSet<>();
    for (Pinyin p : Pinyin.values()) {
      String plain = p.getPinyinWithoutTone();
      if (!plain.equals("none")) {
        s.add(plain);
        s.add(plain.replace('v', 'u')); // ü is written u in names: 吕 Lu, 女 nu
      }
    }
    return Set.copyOf(s);
  }

  /**
   * Number of pinyin syllables {@code word} splits into, or 0 if it is not pinyin. As pinyin is
   * written, a syllable starting with a, o or e only opens a word or follows an apostrophe or hyphen
   * (Xi'an, Chang'e): so "Yuen" (Cantonese, 元) is not pinyin though yu + en would spell it.
   */
  static int syllableCount(String word) {
    int total = 0;
    for (String part : word.toLowerCase(Locale.ROOT).split("['’\\-]", -1)) {
      int n = syllablesIn(part);
      if (n == 0) {
        return 0;
      }
      total += n;
    }
    return total;
  }

  private static int syllablesIn(String w) {
    int n = w.length();
    if (n == 0) {
      return 0;
    }
    // fewest[i]: fewest syllables that spell w[0, i), or MAX when none do.
    int[] fewest = new int[n + 1];
    java.util.Arrays.fill(fewest, Integer.MAX_VALUE);
    fewest[0] = 0;
    for (int i = 0; i < n; i++) {
      if (fewest[i] == Integer.MAX_VALUE || i > 0 && "aoe".indexOf(w.charAt(i)) >= 0) {
        continue;
      }
      for (int len = 1; len <= LONGEST_SYLLABLE && i + len <= n; len++) {
        if (SYLLABLES.contains(w.substring(i, i + len))) {
          fewest[i + len] = Math.min(fewest[i + len], fewest[i] + 1);
        }
      }
    }
    return fewest[n] == Integer.MAX_VALUE ? 0 : fewest[n];
  }

  /** Loads HanLP's pinyin dictionary, which its first use would otherwise wait for. */
  static void load() {
    readings("拼音");
  }

  /** Toneless pinyin of each char of {@code simplified}, {@code null} where a char has none. */
  static String[] readings(String simplified) {
    List<Pinyin> list = HanLP.convertToPinyinList(simplified);
    String[] out = new String[simplified.length()];
    for (int i = 0; i < out.length && i < list.size(); i++) {
      String p = list.get(i).getPinyinWithoutTone();
      out[i] = p.equals("none") ? null : p.replace('v', 'u');
    }
    return out;
  }

  /**
   * Where the chars of a text spell {@code target} (lower case, no spaces) in pinyin: the start and
   * end char offsets, or {@code null}. Each char must contribute exactly one whole syllable.
   */
  static int[] find(String[] readings, String target) {
    for (int start = 0; start < readings.length; start++) {
      int k = 0;
      int j = start;
      while (k < target.length() && j < readings.length && readings[j] != null
          && target.startsWith(readings[j], k)) {
        k += readings[j].length();
        j++;
      }
      if (k == target.length() && j > start) {
        return new int[] {start, j};
      }
    }
    return null;
  }
}
