package dev.yuanwen.align;

import java.util.Locale;

/**
 * Whether an English name and a Chinese transliteration sound alike: 马斯克 = Musk, 特朗普 = Trump,
 * 鲍威尔 = Powell, 恩德勒 = Endler. Both are reduced to a skeleton of consonant classes (b/p, d/t,
 * g/k, l/r, m, n, f/v, the sibilants); the Chinese skeleton, one class per syllable, must open like
 * the English one and follow it in order, since transliteration adds vowels and drops consonants
 * (Trump TRMP → te-lang-pu TLP).
 */
final class Transliteration {
  private Transliteration() {}

  /** The most consonants English may have beyond the transliteration's syllables. */
  private static final int EXTRA = 1;

  /** The English word's skeleton: "Powell" → "PL", "Musk" → "MSK", "Trump" → "TLMP". */
  static String english(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
      char cls;
      if ((c == 'p' && next == 'h')) {
        cls = 'F';
        i++;
      } else if ((c == 's' || c == 'c' || c == 't') && next == 'h') {
        cls = 'S';
        i++;
      } else if (c == 'c' && next == 'k') {
        cls = 'K';
        i++;
      } else if (c == 'x') {
        append(out, 'K');
        cls = 'S';
      } else {
        cls = englishClass(c);
      }
      append(out, cls);
    }
    return out.toString();
  }

  private static char englishClass(char c) {
    return switch (c) {
      case 'b', 'p' -> 'P';
      case 'd', 't' -> 'T';
      case 'g', 'k', 'c', 'q' -> 'K';
      case 'l', 'r' -> 'L';
      case 'm' -> 'M';
      case 'n' -> 'N';
      case 'f', 'v' -> 'F';
      case 's', 'z', 'j' -> 'S';
      default -> 0; // vowels, h, w, y: transliteration renders them freely
    };
  }

  /** The transliteration's skeleton, one class per syllable: 鲍威尔 bao-wei-er → "PL". */
  static String chinese(String simplified) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < simplified.length(); i++) {
      String r = PinyinNames.reading(simplified.charAt(i));
      if (r == null) {
        return "";
      }
      char cls;
      if (r.equals("er")) {
        cls = 'L'; // 尔 renders r and l
      } else if (r.startsWith("zh") || r.startsWith("ch") || r.startsWith("sh")) {
        cls = 'S';
      } else {
        cls = switch (r.charAt(0)) {
          case 'b', 'p' -> 'P';
          case 'd', 't' -> 'T';
          case 'g', 'k' -> 'K';
          case 'l', 'r' -> 'L';
          case 'm' -> 'M';
          case 'n' -> 'N';
          case 'f' -> 'F';
          case 's', 'z', 'c', 'x', 'j', 'q' -> 'S';
          default -> r.endsWith("n") && "aeo".indexOf(r.charAt(0)) >= 0 ? 'N' : 0; // 恩 en → n
        };
      }
      append(out, cls);
    }
    return out.toString();
  }

  private static void append(StringBuilder out, char cls) {
    if (cls != 0 && (out.length() == 0 || out.charAt(out.length() - 1) != cls)) {
      out.append(cls);
    }
  }

  /** Whether skeletons {@code english} and {@code chinese} may be the same name. */
  static boolean sameName(String english, String chinese) {
    if (chinese.length() < 2 || english.isEmpty() || english.charAt(0) != chinese.charAt(0)
        || english.length() > chinese.length() + EXTRA) {
      return false;
    }
    int k = 0;
    for (int i = 0; i < english.length() && k < chinese.length(); i++) {
      if (english.charAt(i) == chinese.charAt(k)) {
        k++;
      }
    }
    return k == chinese.length();
  }
}
