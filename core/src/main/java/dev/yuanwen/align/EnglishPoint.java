package dev.yuanwen.align;

import dev.yuanwen.document.Point;
import java.util.ArrayList;
import java.util.List;

/**
 * A digest point cut into what the aligner matches: its words, with the sentence each stands in,
 * whether it opens a sentence, and the runs of capitalized words that may be names.
 */
final class EnglishPoint {
  // Words and sentence ends are scanned by hand: the regexes they replace, kept here as their
  // definition, cost a tenth of the aligner's time.
  //   word:         [A-Za-z0-9][A-Za-z0-9+]*(?:['’.\-][A-Za-z0-9+]+)*
  //   sentence end: (?<=[.!?;])["”’)]*\s+(?=["“(]?[A-Z0-9])

  /** One word as written, with where it stands. */
  record Word(String surface, int start, int sentence, boolean opensSentence, boolean spaced) {
    boolean capitalized() {
      return Character.isUpperCase(surface.charAt(0));
    }

    /** Acronyms, mixed case and letter-digit tokens: AI, IPO, OpenAI, iPhone, GPT-4o, 5G. */
    boolean latinLike() {
      int upper = 0;
      boolean digit = false;
      boolean letter = false;
      for (int i = 0; i < surface.length(); i++) {
        char c = surface.charAt(i);
        upper += Character.isUpperCase(c) && i > 0 ? 1 : 0;
        digit |= Character.isDigit(c);
        letter |= Character.isLetter(c);
      }
      return letter && (digit || upper > 0 || (surface.length() >= 2 && surface.equals(surface.toUpperCase())));
    }
  }

  final Point point;
  final String text;
  final List<Word> words = new ArrayList<>();
  final int sentences;
  /** Where the label (title case) ends in {@link #text}; 0 if there is none. */
  final int labelEnd;

  EnglishPoint(Point point) {
    this.point = point;
    boolean labelled = !point.label().isEmpty() && !point.text().startsWith(point.label());
    this.text = labelled ? point.label() + ". " + point.text() : point.text();
    this.labelEnd = labelled ? point.label().length() : 0;
    int[] sentenceStarts = sentenceStarts(text);
    sentences = sentenceStarts.length;
    int sentence = 0;
    int lastSentence = -1;
    int lastEnd = -1;
    for (int start = nextWord(text, 0), end; start >= 0; start = nextWord(text, end)) {
      end = wordEnd(text, start);
      while (sentence + 1 < sentenceStarts.length && sentenceStarts[sentence + 1] <= start) {
        sentence++;
      }
      String w = text.substring(start, end);
      if (w.endsWith("'s") || w.endsWith("’s")) {
        w = w.substring(0, w.length() - 2);
      }
      if (allDigits(w)) {
        continue; // figures are matched as figures
      }
      boolean opens = sentence != lastSentence;
      // Only spaces since the previous word: "Li Qiang", not "Li, Qiang" or "Li and Qiang".
      boolean spaced = lastEnd >= 0 && blank(text, lastEnd, start);
      lastEnd = end;
      if (w.indexOf('-') > 0 && !hasDigit(w)) {
        // "long-term", "ten-year": the parts are what the lexicon knows; GPT-4o, COVID-19 stay whole
        int at = start;
        boolean first = true;
        for (String part : w.split("-")) {
          if (!part.isEmpty()) {
            words.add(new Word(part, at, sentence, opens, first && spaced));
            opens = false;
            first = false;
          }
          at += part.length() + 1;
        }
      } else {
        words.add(new Word(w, start, sentence, opens, spaced));
      }
      lastSentence = sentence;
    }
  }

  /** Where each sentence starts: 0, then the end of each sentence-end match. */
  private static int[] sentenceStarts(String text) {
    int n = text.length();
    int[] starts = new int[4];
    int count = 1;
    for (int i = 1; i < n; i++) {
      if (".!?;".indexOf(text.charAt(i - 1)) < 0) {
        continue;
      }
      int j = i;
      while (j < n && "\"”’)".indexOf(text.charAt(j)) >= 0) {
        j++;
      }
      int k = j;
      while (k < n && isRegexSpace(text.charAt(k))) {
        k++;
      }
      if (k > j && k < n && (isUpperOrDigit(text.charAt(k))
          || "\"“(".indexOf(text.charAt(k)) >= 0 && k + 1 < n && isUpperOrDigit(text.charAt(k + 1)))) {
        if (count == starts.length) {
          starts = java.util.Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = k;
        i = k; // the next match starts at or after this one's end
      }
    }
    return java.util.Arrays.copyOf(starts, count);
  }

  /** Java's regex {@code \\s}: space, tab, newline, vertical tab, form feed, carriage return. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  private static boolean isUpperOrDigit(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isAlnum(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /** The start of the next word at or after {@code from}, or -1. */
  private static int nextWord(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (isAlnum(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The end of the word starting at {@code start}: alphanumerics and +, joined by ' ’ . - */
  private static int wordEnd(String text, int start) {
    int n = text.length();
    int j = start + 1;
    while (true) {
      while (j < n && (isAlnum(text.charAt(j)) || text.charAt(j) == '+')) {
        j++;
      }
      if (j + 1 < n && "'’.-".indexOf(text.charAt(j)) >= 0
          && (isAlnum(text.charAt(j + 1)) || text.charAt(j + 1) == '+')) {
        j += 2;
        continue;
      }
      return j;
    }
  }

  private static boolean blank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean allDigits(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
