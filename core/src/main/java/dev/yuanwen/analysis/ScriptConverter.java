package dev.yuanwen.analysis;

import com.hankcs.hanlp.HanLP;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Turns original text into the form the segmenter sees, <em>char for char</em>: traditional
 * characters become simplified (with Taiwan vocabulary where HanLP's {@code tw2s} keeps the length:
 * 人工智慧 → 人工智能, 軟體 → 软件), full-width letters and digits become ASCII. Keeping the length
 * means every offset in the analysis form is also an offset in the original, so tokens can point
 * back at the traditional text the user gave us.
 */
final class ScriptConverter {
  private static final String T2S = "/data/dictionary/tc/t2s.txt";
  private static final char[] TO_SIMPLIFIED = loadCharTable();
  /** Chars that {@link #map} changes: traditional ones and full-width Latin letters and digits. */
  private static final long[] MAPPED = mappedChars();

  private ScriptConverter() {}

  /** The analysis form of {@code text}; always the same length as the input. */
  static String normalize(CharSequence text) {
    int n = text.length();
    char[] out = null;
    boolean traditional = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if ((MAPPED[c >>> 6] & (1L << c)) == 0) {
        continue; // an 8 KB bit set stays in cache; the 128 KB table would not
      }
      char m = map(c);
      if (m != c) {
        if (out == null) {
          out = text.toString().toCharArray();
        }
        out[i] = m;
        traditional |= TO_SIMPLIFIED[c] != 0;
      }
    }
    if (out == null) {
      return text.toString(); // the common case: simplified text, nothing to do
    }
    return traditional ? withVocabulary(text, out) : new String(out);
  }

  private static char map(char c) {
    char s = TO_SIMPLIFIED[c];
    if (s != 0) {
      return s;
    }
    if (c >= '\uFF01' && c <= '\uFF5E' && isAsciiWordChar((char) (c - 0xFEE0))) {
      return (char) (c - 0xFEE0);
    }
    return c;
  }

  private static boolean isAsciiWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '%' || c == '+' || c == '-' || c == '.';
  }

  /**
   * Applies HanLP's phrase-level conversion clause by clause and keeps a clause's result only when
   * it has the clause's length; otherwise that clause keeps the char-level conversion.
   */
  private static String withVocabulary(CharSequence original, char[] charLevel) {
    StringBuilder sb = new StringBuilder(charLevel.length);
    int n = charLevel.length;
    int start = 0;
    for (int i = 0; i <= n; i++) {
      if (i == n || isClauseBreak(charLevel[i])) {
        if (i > start) {
          String clause = original.subSequence(start, i).toString();
          String converted = hasTraditional(clause) ? HanLP.tw2s(clause) : null;
          if (converted != null && converted.length() == clause.length()) {
            // tw2s leaves full-width Latin alone; take those from the char-level pass.
            for (int k = 0; k < converted.length(); k++) {
              char c = converted.charAt(k);
              sb.append(c == clause.charAt(k) ? charLevel[start + k] : c);
            }
          } else {
            sb.append(charLevel, start, i - start);
          }
        }
        if (i < n) {
          sb.append(charLevel[i]);
        }
        start = i + 1;
      }
    }
    return sb.toString();
  }

  private static boolean hasTraditional(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (TO_SIMPLIFIED[s.charAt(i)] != 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isClauseBreak(char c) {
    switch (c) {
      case '，': case '。': case '！': case '？': case '；': case '：': case '、':
      case ',': case '!': case '?': case ';': case '\n': case ' ':
      case '「': case '」': case '“': case '”': case '（': case '）':
        return true;
      default:
        return false;
    }
  }

  private static long[] mappedChars() {
    long[] bits = new long[65536 / 64];
    for (int c = 0; c < 65536; c++) {
      if (map((char) c) != c) {
        bits[c >>> 6] |= 1L << c;
      }
    }
    return bits;
  }

  /** HanLP's t2s table, single BMP characters only (the ones that keep the length). */
  private static char[] loadCharTable() {
    char[] table = new char[65536];
    try (InputStream in = HanLP.class.getResourceAsStream(T2S)) {
      if (in == null) {
        throw new IllegalStateException("HanLP resource " + T2S + " missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        int eq = line.indexOf('=');
        if (eq == 1 && line.length() == 3) {
          char t = line.charAt(0);
          char s = line.charAt(2);
          if (t != s && !Character.isSurrogate(t) && !Character.isSurrogate(s)) {
            table[t] = s;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read HanLP resource " + T2S, e);
    }
    return table;
  }
}
