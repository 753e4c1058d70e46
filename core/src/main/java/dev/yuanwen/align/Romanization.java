package dev.yuanwen.align;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Chinese names romanized otherwise than in pinyin, read in the paragraph's characters: Wade-Giles,
 * as Taiwan and older texts write names (Tsai Ing-wen 蔡英文, Chiang Ching-kuo 蒋经国, Kaohsiung
 * 高雄), and the Hong Kong government's Cantonese romanization (Tsim Sha Tsui 尖沙咀, Mai Po 米埔,
 * Cheung 张). Not a list of names: a table of syllables. A Wade-Giles syllable is read as its
 * initial and final, each mapped to pinyin; a Cantonese one the same way to Jyutping, and a
 * character matches a syllable when one of its readings (pinyin from HanLP; Jyutping from the
 * resource {@code jyutping.tsv.gz}, converted from rime-cantonese by {@code tools/jyutping}) is
 * one the syllable may stand for. Apostrophes (aspiration) are mostly dropped in practice, so an
 * unmarked initial stands for both: "Tsai" is zai or cai, "Chiang" jiang or qiang.
 */
final class Romanization {
  private Romanization() {}

  /** How a word's syllables are read. */
  enum Scheme {
    /** Wade-Giles, read as pinyin. */
    WADE_GILES,
    /** Hong Kong government Cantonese romanization, read as Jyutping. */
    CANTONESE
  }

  /**
   * One reading of a word: per syllable, the toneless readings (pinyin or Jyutping, by {@code
   * scheme}) a character may have to stand for it.
   */
  record Reading(Scheme scheme, String[][] syllables) {}

  /** Segmentations of a word past these many are not tried. */
  private static final int MAX_READINGS = 4;
  private static final int LONGEST_SYLLABLE = 7; // "ch'iung"

  // ---- Wade-Giles ----

  /** Wade-Giles initials, longest first, and the pinyin initials each may stand for. */
  private static final String[][] WG_INITIALS = {
    {"ch'", "ch", "q"}, {"ts'", "c"}, {"tz'", "c"}, {"k'", "k"}, {"p'", "p"}, {"t'", "t"},
    {"ch", "zh", "ch", "j", "q"}, {"hs", "x"}, {"sh", "sh"}, {"ts", "z", "c"}, {"tz", "z", "c"},
    {"ss", "s"}, {"sz", "s"}, {"p", "b", "p"}, {"m", "m"}, {"f", "f"}, {"t", "d", "t"}, {"n", "n"},
    {"l", "l"}, {"k", "g", "k"}, {"h", "h"}, {"j", "r"}, {"s", "s"}, {"w", "w"}, {"", ""},
  };

  /** Wade-Giles finals after an initial, and the pinyin finals each may stand for (ü as u). */
  private static final Map<String, String[]> WG_FINALS = table(
      "a a", "ai ai", "an an", "ang ang", "ao ao", "ou ou",
      "e e", "ei ei", "en en", "eng eng",
      "o o e uo", // po = bo, ko = ge, to = duo
      "ih i", // chih = zhi, shih = shi, jih = ri
      "i i", "ia ia", "iang iang", "iao iao", "ieh ie", "ien ian", "in in", "ing ing", "iu iu",
      "iung iong",
      "u u i", // tzu = zi, ssu = si; chu = zhu, and unmarked chü = ju
      "ua ua", "uai uai", "uan uan", "uang uang", "uei ui", "ui ui", "un un", "uo uo", "ung ong",
      "ü u", "üan uan", "üeh ue", "ueh ue", "ün un");

  /** Whole syllables read otherwise than initial + final. */
  private static final Map<String, String[]> WG_SYLLABLES = table(
      "a a", "ai ai", "an an", "ang ang", "ao ao", "ou ou", "en en", "ei ei",
      "i yi", "ih yi", "yi yi", "in yin", "ing ying", "u wu", "wu wu", "erh er", "o e o", "e e",
      "yu you yu", // yu = you, unmarked yü = yu
      "yü yu", "yen yan", "yeh ye", "yung yong", "yüan yuan", "yuan yuan", "yüeh yue", "yueh yue",
      "yün yun", "yun yun", "yin yin", "ying ying", "ya ya", "yang yang", "yao yao", "yo yo",
      "wa wa", "wai wai", "wan wan", "wang wang", "wei wei", "wen wen", "weng weng", "wo wo",
      "je zhe re"); // Taiwan's common spelling of zhe (柯文哲 Ko Wen-je); Wade-Giles jê is re

  /** The pinyin syllables Wade-Giles {@code s} (lower case, ü kept) may stand for; null if none. */
  static String[] wadeGiles(String s) {
    Set<String> out = new LinkedHashSet<>();
    String[] whole = WG_SYLLABLES.get(s);
    if (whole != null) {
      for (String p : whole) {
        if (PinyinNames.isSyllable(p)) {
          out.add(p);
        }
      }
    }
    for (String[] initial : WG_INITIALS) {
      if (!s.startsWith(initial[0]) || initial[0].isEmpty() && whole != null) {
        continue;
      }
      String wgFinal = s.substring(initial[0].length());
      String[] finals = WG_FINALS.get(wgFinal);
      if (finals == null || initial[0].isEmpty()) {
        continue; // a bare final is in WG_SYLLABLES or is no syllable
      }
      boolean palatal = wgFinal.startsWith("i") && !wgFinal.equals("ih") || wgFinal.startsWith("ü");
      for (int k = 1; k < initial.length; k++) {
        String pi = initial[k];
        boolean jqx = pi.equals("j") || pi.equals("q") || pi.equals("x");
        if (initial[0].startsWith("ch") && (palatal ? !jqx : jqx && wgFinal.equals("ih"))) {
          continue; // chi, ch'i are ji, qi: zhi is chih
        }
        for (String pf : finals) {
          if (wgFinal.equals("u") && (pf.equals("i") ? !Set.of("z", "c", "s").contains(pi) : Set.of("tz", "tz'", "ss", "sz").contains(initial[0]))) {
            continue; // tsu, ssu read i (tzu, ssu only i); chu, hsu never
          }
          if (wgFinal.equals("o") && !pf.equals(Set.of("b", "p", "m", "f").contains(pi) ? "o" : Set.of("g", "k", "h").contains(pi) ? "e" : "uo")) {
            continue; // po = bo, ko = ge, to = duo
          }
          if (jqx && !(pf.startsWith("i") || pf.startsWith("u"))) {
            continue;
          }
          String p = pi + pf;
          if (PinyinNames.isSyllable(p)) {
            out.add(p);
          }
        }
      }
      break; // the longest initial that opens s
    }
    return out.isEmpty() ? null : out.toArray(String[]::new);
  }

  // ---- Hong Kong government Cantonese romanization ----

  /** Initials, longest first, and the Jyutping initials each may stand for. */
  private static final String[][] HK_INITIALS = {
    {"kw", "gw", "kw", "g", "k"}, // Kwan 關 gwaan, Kwun Tong 觀 gun
    {"ch", "z", "c"}, {"ts", "z", "c"}, {"sh", "s"}, {"ng", "ng"},
    {"p", "b", "p"}, {"t", "d", "t"}, {"k", "g", "k"}, {"s", "s"}, {"m", "m"}, {"n", "n"},
    {"l", "l"}, {"f", "f"}, {"h", "h"}, {"w", "w"}, {"y", "j"}, {"", ""},
  };

  /** Finals and the Jyutping finals each may stand for: the spelling hides vowel length. */
  private static final Map<String, String[]> HK_FINALS = table(
      "a aa", "ar aa", "ai aai ai", "au aau au", "ow au", "am aam am", "an aan an", "ang aang ang",
      "ap aap ap", "at aat at", "ak aak ak",
      "e e", "ei ei", "eng eng ing", "ek ek ik", "eung oeng", "euk oek", "eun eon", "eut eot",
      "eui eoi",
      "i i", "ee i ei", "im im", "in in", "ing ing", "ip ip", "it it", "ik ik", "iu iu",
      "o o ou", "oi oi", "on on", "ong ong", "ok ok", "ou ou", "oo u", "oon un ung", "om am",
      "u u yu", "ui ui eoi", "un un eon yun", "ut ut eot yut", "ung ung", "uk uk", "ue yu",
      "uen yun", "uet yut", "z i"); // Tsz 子 zi, Sze 施 si

  /** Whole syllables read otherwise. */
  private static final Map<String, String[]> HK_SYLLABLES = table("ng ng", "m m", "ip jip", "u jyu");

  /** The Jyutping syllables Cantonese {@code s} (lower case) may stand for; null if none. */
  static String[] cantonese(String s) {
    Set<String> out = new LinkedHashSet<>();
    String[] whole = HK_SYLLABLES.get(s);
    if (whole != null) {
      for (String j : whole) {
        if (Jyutping.isSyllable(j)) {
          out.add(j);
        }
      }
    }
    for (String[] initial : HK_INITIALS) {
      if (!s.startsWith(initial[0])) {
        continue;
      }
      String[] finals = HK_FINALS.get(s.substring(initial[0].length()));
      if (finals == null) {
        continue; // "ng" may open a syllable or be one (吳 Ng)
      }
      for (int k = 1; k < initial.length; k++) {
        for (String f : finals) {
          String j = initial[k] + f; // y + yu is jyu (余 Yu)
          if (Jyutping.isSyllable(j)) {
            out.add(j);
          }
        }
      }
      break;
    }
    return out.isEmpty() ? null : out.toArray(String[]::new);
  }

  // ---- words ----

  private static final WordCache<List<Reading>> READINGS = WordCache.english(100_000);

  /**
   * The readings of one word of a name ("Tsai", "Kaohsiung", "Ing", "wen"), Wade-Giles first, each
   * with the fewest syllables its scheme spells it in; empty if neither scheme spells it.
   */
  static List<Reading> readings(String word) {
    return READINGS.get(word, Romanization::read);
  }

  private static List<Reading> read(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').replace('`', '\'')
        .replace('ê', 'e').replace('ŭ', 'u').replace('ǖ', 'ü').replace('ǘ', 'ü').replace('ǚ', 'ü')
        .replace('ǜ', 'ü');
    List<Reading> out = new ArrayList<>(2);
    if (w.isEmpty() || w.length() > 24) {
      return List.of();
    }
    for (Scheme scheme : Scheme.values()) {
      if (scheme == Scheme.CANTONESE && (w.indexOf('\'') >= 0 || w.indexOf('ü') >= 0)) {
        continue;
      }
      for (String[][] syllables : segment(w, scheme)) {
        out.add(new Reading(scheme, syllables));
      }
    }
    return out.isEmpty() ? List.of() : List.copyOf(out);
  }

  /** The segmentations of {@code w} into the fewest syllables of {@code scheme}, at most {@link #MAX_READINGS}. */
  private static List<String[][]> segment(String w, Scheme scheme) {
    int n = w.length();
    // fewest[i]: fewest syllables spelling w[i, n); MAX when none do.
    int[] fewest = new int[n + 1];
    String[][][] at = new String[n][LONGEST_SYLLABLE + 1][];
    java.util.Arrays.fill(fewest, Integer.MAX_VALUE);
    fewest[n] = 0;
    for (int i = n - 1; i >= 0; i--) {
      for (int len = 1; len <= LONGEST_SYLLABLE && i + len <= n; len++) {
        if (fewest[i + len] == Integer.MAX_VALUE) {
          continue;
        }
        String s = w.substring(i, i + len);
        String[] r = scheme == Scheme.WADE_GILES ? wadeGiles(s) : cantonese(s);
        if (r != null) {
          at[i][len] = r;
          fewest[i] = Math.min(fewest[i], fewest[i + len] + 1);
        }
      }
    }
    if (fewest[0] == Integer.MAX_VALUE) {
      return List.of();
    }
    List<String[][]> out = new ArrayList<>(1);
    collect(at, fewest, 0, new ArrayList<>(), out);
    return out;
  }

  private static void collect(String[][][] at, int[] fewest, int i, List<String[]> path, List<String[][]> out) {
    if (out.size() >= MAX_READINGS) {
      return;
    }
    if (i == at.length) {
      out.add(path.toArray(String[][]::new));
      return;
    }
    for (int len = 1; len <= LONGEST_SYLLABLE && i + len <= at.length; len++) {
      if (at[i][len] != null && fewest[i + len] == fewest[i] - 1) {
        path.add(at[i][len]);
        collect(at, fewest, i + len, path, out);
        path.remove(path.size() - 1);
      }
    }
  }

  // ---- finding a name in a paragraph ----

  /** A name to search for: per word, its readings; and the chars that can open it. */
  static final class Name {
    final List<List<Reading>> words;
    private final long[] opens = new long[1 << 10];

    /** {@code words}: the readings of each word, none empty. */
    Name(List<List<Reading>> words) {
      this.words = words;
      for (Reading r : words.get(0)) {
        for (String s : r.syllables()[0]) {
          for (char c : r.scheme() == Scheme.WADE_GILES ? PinyinNames.charsReading(s) : Jyutping.chars(s)) {
            opens[c >>> 6] |= 1L << c;
          }
        }
      }
    }

    boolean mayOpen(char c) {
      return (opens[c >>> 6] & 1L << c) != 0;
    }
  }

  /** Where the chars of {@code simplified} spell {@code name}: start and end char offsets, or null. */
  static int[] find(String simplified, Name name) {
    for (int start = 0; start < simplified.length(); start++) {
      if (!name.mayOpen(simplified.charAt(start))) {
        continue;
      }
      int end = spell(simplified, start, name.words, 0);
      if (end > start) {
        return new int[] {start, end};
      }
    }
    return null;
  }

  private static int spell(String text, int at, List<List<Reading>> words, int w) {
    if (w == words.size()) {
      return at;
    }
    for (Reading r : words.get(w)) {
      String[][] syllables = r.syllables();
      if (at + syllables.length > text.length()) {
        continue;
      }
      boolean all = true;
      for (int k = 0; k < syllables.length && all; k++) {
        all = reads(text.charAt(at + k), r.scheme(), syllables[k]);
      }
      if (all) {
        int end = spell(text, at + syllables.length, words, w + 1);
        if (end >= 0) {
          return end;
        }
      }
    }
    return -1;
  }

  private static boolean reads(char c, Scheme scheme, String[] syllable) {
    String[] readings = scheme == Scheme.WADE_GILES ? PinyinNames.readings(c) : Jyutping.of(c);
    if (readings == null) {
      return false;
    }
    for (String r : readings) {
      for (String s : syllable) {
        if (r.equals(s)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Map<String, String[]> table(String... rows) {
    Map<String, String[]> m = new HashMap<>();
    for (String row : rows) {
      String[] f = row.split(" ");
      m.put(f[0], java.util.Arrays.copyOfRange(f, 1, f.length));
    }
    return Map.copyOf(m);
  }

  /** Cantonese readings of CJK ideographs, loaded at first use from {@code jyutping.tsv.gz}. */
  static final class Jyutping {
    private Jyutping() {}

    private static final char FIRST = 0x4E00;
    private static final char LAST = 0x9FFF;
    private static final String RESOURCE = "jyutping.tsv.gz";

    private static final class Table {
      static final String[][] READINGS = new String[LAST - FIRST + 1][];
      static final Map<String, char[]> CHARS = load();

      private static Map<String, char[]> load() {
        Map<String, char[]> chars = new HashMap<>();
        try (InputStream in = Romanization.class.getResourceAsStream(RESOURCE)) {
          if (in == null) {
            throw new IllegalStateException("resource " + RESOURCE + " is missing from the classpath");
          }
          BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
          for (String line; (line = r.readLine()) != null; ) {
            int tab = line.indexOf('\t');
            if (line.startsWith("#") || tab < 0) {
              continue;
            }
            String syllable = line.substring(0, tab).intern();
            char[] cs = line.substring(tab + 1).toCharArray();
            chars.put(syllable, cs);
            for (char c : cs) {
              if (c >= FIRST && c <= LAST) {
                String[] old = READINGS[c - FIRST];
                String[] now = old == null ? new String[1] : java.util.Arrays.copyOf(old, old.length + 1);
                now[now.length - 1] = syllable;
                READINGS[c - FIRST] = now;
              }
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
        }
        return Map.copyOf(chars);
      }
    }

    /** The toneless Jyutping readings of {@code c}, or null. */
    static String[] of(char c) {
      Map<String, char[]> loaded = Table.CHARS; // READINGS is filled by the same initializer
      return c < FIRST || c > LAST || loaded == null ? null : Table.READINGS[c - FIRST];
    }

    /** The ideographs that read {@code syllable}; empty if none. */
    static char[] chars(String syllable) {
      return Table.CHARS.getOrDefault(syllable, new char[0]);
    }

    static boolean isSyllable(String syllable) {
      return Table.CHARS.containsKey(syllable);
    }

    /** Loads the table (a few hundredths of a second) if it is not loaded yet. */
    static void load() {
      Table.CHARS.hashCode();
    }
  }
}
