package dev.yuanwen.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits English prose into sentences: at a full stop, question or exclamation mark or an ellipsis,
 * with the closing quotes and brackets that follow it, when the next word starts a sentence (a
 * capital, a digit or an opening quote). Not after a title or common abbreviation ("Mr.", "e.g.",
 * "U.S.") or a single initial ("J. R. R."), and not inside a quotation a lower-case word continues
 * ({@code "Go!" she said.} is one sentence).
 */
final class EnglishSentenceSplitter {
  /** Abbreviations a capitalized word often follows; compared in lower case, without the dot. */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "mt", "ft", "gen", "col", "capt", "lt", "sgt", "rev",
      "gov", "sen", "rep", "hon", "pres", "messrs", "mme", "mlle", "no", "nos", "vol", "vols", "pp", "p", "ch",
      "fig", "figs", "inc", "ltd", "co", "corp", "vs", "etc", "cf", "al", "approx", "dept", "est", "jan", "feb",
      "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "u.s", "u.k", "u.n",
      "a.m", "p.m", "ph.d", "b.c", "a.d");
  private static final String CLOSERS = "\"'”’)]»";
  private static final String OPENERS = "\"'“‘([«";

  private EnglishSentenceSplitter() {}

  /** The sentences of one paragraph of prose, trimmed, none blank; the paragraph itself when it has no break. */
  static List<String> split(String paragraph) {
    String p = paragraph.strip().replaceAll("\\s+", " ");
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      int end;
      if (c == '.' && i + 2 < p.length() && p.charAt(i + 1) == '.' && p.charAt(i + 2) == '.') {
        end = i + 3;
        while (end < p.length() && p.charAt(end) == '.') {
          end++;
        }
      } else if (c == '…' || c == '!' || c == '?' || c == '.') {
        end = i + 1;
        while (end < p.length() && (p.charAt(end) == '!' || p.charAt(end) == '?')) {
          end++;
        }
      } else {
        continue;
      }
      while (end < p.length() && CLOSERS.indexOf(p.charAt(end)) >= 0) {
        end++;
      }
      if (end < p.length() && p.charAt(end) != ' ') {
        i = end - 1; // 3.5, U.S.-made, "word."word
        continue;
      }
      int next = end + 1;
      if (next >= p.length()) {
        break;
      }
      if (c == '.' && (end == i + 1 || CLOSERS.indexOf(p.charAt(i + 1)) >= 0) && isAbbreviation(p, start, i)) {
        i = end - 1;
        continue;
      }
      if (startsSentence(p, next)) {
        add(out, p.substring(start, end));
        start = next;
      }
      i = end - 1;
    }
    add(out, p.substring(start));
    return out;
  }

  private static void add(List<String> out, String s) {
    String t = s.strip();
    if (!t.isEmpty()) {
      out.add(t);
    }
  }

  /** Whether the word that ends at the dot {@code dot} is an abbreviation or an initial. */
  private static boolean isAbbreviation(String p, int start, int dot) {
    int w = dot;
    while (w > start && p.charAt(w - 1) != ' ' && OPENERS.indexOf(p.charAt(w - 1)) < 0) {
      w--;
    }
    String word = p.substring(w, dot).toLowerCase(Locale.ROOT);
    if (word.length() == 1 && Character.isUpperCase(p.charAt(w))) {
      return true; // an initial: J. R. R. Tolkien
    }
    return ABBREVIATIONS.contains(word) || word.matches("([a-z]\\.)+[a-z]");
  }

  /** Whether a sentence can start at {@code i}: a capital or digit, possibly after opening quotes. */
  private static boolean startsSentence(String p, int i) {
    int k = i;
    while (k < p.length() && OPENERS.indexOf(p.charAt(k)) >= 0) {
      k++;
    }
    if (k >= p.length()) {
      return false;
    }
    int cp = p.codePointAt(k);
    return Character.isUpperCase(cp) || Character.isDigit(cp) || Character.isIdeographic(cp)
        || (k > i && Character.isLetter(cp) && !Character.isLowerCase(cp));
  }
}
