package dev.yuanwen.align;

import com.hankcs.hanlp.dictionary.py.Pinyin;
import com.hankcs.hanlp.dictionary.py.PinyinDictionary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    return COUNTS.get(word, PinyinNames::countSyllables);
  }

  /** Bounded: capitalized words from the wild must not fill the heap. */
  private static final WordCache<Integer> COUNTS = WordCache.english(200_000);

  private static int countSyllables(String word) {
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

  /** Loads the readings table (HanLP's pinyin dictionary, about 0.15 s) if it is not yet loaded. */
  static void load() {
    Readings.TABLE.hashCode();
  }

  /** Every toneless reading of each CJK ideograph: 曾 is ceng and zeng, 单 dan, shan and chan. */
  private static final class Readings {
    static final char FIRST = 0x4E00;
    static final char LAST = 0x9FFF;
    static final String[][] TABLE = table();
    /** Each reading's ideographs: 曾 is under ceng and under zeng. */
    static final Map<String, char[]> CHARS = chars();
    static final int LONGEST = CHARS.keySet().stream().mapToInt(String::length).max().orElse(0);

    private static Map<String, char[]> chars() {
      Map<String, StringBuilder> chars = new java.util.HashMap<>();
      for (char c = FIRST; c <= LAST; c++) {
        for (String r : TABLE[c - FIRST] == null ? new String[0] : TABLE[c - FIRST]) {
          chars.computeIfAbsent(r, x -> new StringBuilder()).append(c);
        }
      }
      Map<String, char[]> out = new java.util.HashMap<>();
      chars.forEach((r, b) -> out.put(r, b.toString().toCharArray()));
      return Map.copyOf(out);
    }

    private static String[][] table() {
      String[][] t = new String[LAST - FIRST + 1][];
      for (char c = FIRST; c <= LAST; c++) {
        Pinyin[] p = PinyinDictionary.get(String.valueOf(c));
        if (p != null && p.length > 0) {
          t[c - FIRST] = java.util.Arrays.stream(p)
              .map(r -> r.getPinyinWithoutTone().replace('v', 'u'))
              .filter(r -> !r.equals("none"))
              .distinct()
              .toArray(String[]::new);
        }
      }
      return t;
    }

    static String[] of(char c) {
      return c < FIRST || c > LAST ? null : TABLE[c - FIRST];
    }
  }

  /** Whether {@code s} (lower case, ü as u) is a pinyin syllable, without tone. */
  static boolean isSyllable(String s) {
    return SYLLABLES.contains(s);
  }

  /** Every toneless reading of an ideograph (ü as u), or {@code null}. */
  static String[] readings(char c) {
    return Readings.of(c);
  }

  /** The ideographs with toneless reading {@code syllable}; empty if none. */
  static char[] charsReading(String syllable) {
    return Readings.CHARS.getOrDefault(syllable, new char[0]);
  }

  /** The first (most common) reading of an ideograph, or {@code null}. */
  static String reading(char c) {
    String[] r = Readings.of(c);
    return r == null || r.length == 0 ? null : r[0];
  }

  /**
   * Where the chars of {@code simplified} spell {@code target} (lower case, no spaces) in pinyin:
   * the start and end char offsets, or {@code null}. Each char contributes one whole syllable, in
   * any of its readings, so surnames read as surnames (曾 Zeng, 单 Shan).
   */
  static int[] find(String simplified, String target) {
    return target.isEmpty() ? null : find(simplified, new Name(target));
  }

  /** A name to search for: its spelling, and the chars that can open it. */
  static final class Name {
    final String target;
    /**
     * A bit per char (all 65,536) that has a reading the target starts with: only these can open
     * the name, and testing a bit here is cheaper than reading each char's readings.
     */
    private final long[] opens = new long[1 << 10];

    /** {@code target}: lower case, no spaces, not empty. */
    Name(String target) {
      this.target = target;
      for (int len = 1; len <= Math.min(Readings.LONGEST, target.length()); len++) {
        for (char c : Readings.CHARS.getOrDefault(target.substring(0, len), new char[0])) {
          opens[c >>> 6] |= 1L << c;
        }
      }
    }

    boolean mayOpen(char c) {
      return (opens[c >>> 6] & 1L << c) != 0;
    }
  }

  /** {@link #find(String, String)} for a name searched in several texts. */
  static int[] find(String simplified, Name name) {
    String target = name.target;
    for (int start = 0; start < simplified.length(); start++) {
      if (!name.mayOpen(simplified.charAt(start))) {
        continue;
      }
      int end = spell(simplified, start, target, 0);
      if (end > start) {
        return new int[] {start, end};
      }
    }
    return null;
  }

  /** The end of the chars from {@code at} that spell {@code target} from {@code k}, or -1. */
  private static int spell(String text, int at, String target, int k) {
    if (k == target.length()) {
      return at;
    }
    if (at == text.length()) {
      return -1;
    }
    String[] readings = Readings.of(text.charAt(at));
    if (readings == null) {
      return -1;
    }
    for (String r : readings) {
      if (target.startsWith(r, k)) {
        int end = spell(text, at + 1, target, k + r.length());
        if (end >= 0) {
          return end;
        }
      }
    }
    return -1;
  }
}
