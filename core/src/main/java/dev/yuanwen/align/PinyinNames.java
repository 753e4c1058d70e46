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
    /** Per ideograph, a bit per letter its readings start with: most chars fail a name at once. */
    static final int[] INITIALS = initials();
    /** Every distinct reading; a reading's id is its index. */
    static final String[] BY_ID;
    static final java.util.Map<String, Integer> IDS_BY_READING;
    /**
     * Ideograph c's readings' ids are {@code IDS[STARTS[c - FIRST], STARTS[c - FIRST + 1])}: flat
     * arrays, as a name search reads the readings of thousands of chars.
     */
    static final int[] STARTS;
    static final short[] IDS;
    static final int LONGEST;

    static {
      java.util.Map<String, Integer> ids = new java.util.HashMap<>();
      List<String> byId = new ArrayList<>();
      int[] starts = new int[TABLE.length + 1];
      short[] all = new short[TABLE.length * 2];
      int n = 0;
      int longest = 0;
      for (int i = 0; i < TABLE.length; i++) {
        starts[i] = n;
        for (String r : TABLE[i] == null ? new String[0] : TABLE[i]) {
          Integer id = ids.computeIfAbsent(r, x -> {
            byId.add(x);
            return byId.size() - 1;
          });
          if (n == all.length) {
            all = java.util.Arrays.copyOf(all, n * 2);
          }
          all[n++] = (short) (int) id;
          longest = Math.max(longest, r.length());
        }
      }
      starts[TABLE.length] = n;
      BY_ID = byId.toArray(new String[0]);
      IDS_BY_READING = Map.copyOf(ids);
      STARTS = starts;
      IDS = java.util.Arrays.copyOf(all, n);
      LONGEST = longest;
    }

    /** Whether one of c's readings has an id in {@code ids}. */
    static boolean anyOf(char c, int[] ids) {
      if (c < FIRST || c > LAST) {
        return false;
      }
      for (int k = STARTS[c - FIRST]; k < STARTS[c - FIRST + 1]; k++) {
        for (int id : ids) {
          if (IDS[k] == id) {
            return true;
          }
        }
      }
      return false;
    }

    private static int[] initials() {
      int[] bits = new int[TABLE.length];
      for (int i = 0; i < TABLE.length; i++) {
        if (TABLE[i] != null) {
          for (String r : TABLE[i]) {
            bits[i] |= 1 << (r.charAt(0) - 'a');
          }
        }
      }
      return bits;
    }

    static boolean mayStart(char c, char letter) {
      return c >= FIRST && c <= LAST && letter >= 'a' && letter <= 'z' && (INITIALS[c - FIRST] & 1 << (letter - 'a')) != 0;
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

  /** A name to search for: its spelling, and the ids of the readings it may open with. */
  static final class Name {
    final String target;
    /** The readings that are prefixes of the target: a char without one cannot open the name. */
    final int[] openings;

    /** {@code target}: lower case, no spaces, not empty. */
    Name(String target) {
      this.target = target;
      int[] ids = new int[Readings.LONGEST];
      int n = 0;
      for (int len = 1; len <= Math.min(Readings.LONGEST, target.length()); len++) {
        Integer id = Readings.IDS_BY_READING.get(target.substring(0, len));
        if (id != null) {
          ids[n++] = id;
        }
      }
      openings = java.util.Arrays.copyOf(ids, n);
    }
  }

  /** {@link #find(String, String)} for a name searched in several texts. */
  static int[] find(String simplified, Name name) {
    String target = name.target;
    char first = target.charAt(0);
    for (int start = 0; start < simplified.length(); start++) {
      char c = simplified.charAt(start);
      if (!Readings.mayStart(c, first) || !Readings.anyOf(c, name.openings)) {
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
