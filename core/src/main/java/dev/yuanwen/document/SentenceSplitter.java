package dev.yuanwen.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a paragraph into sentences at 。！？!? and ellipses (…, ……, ⋯, ...). A run of terminators
 * ends one sentence ("？！", "……"), and closing quotes and brackets right after it stay with it
 * ("……。”"). A "." ends a sentence only before a space, a Chinese character or the end, and not after
 * an initial or a common abbreviation, so "3.5%", "U.S." and "Mr. Li" stay whole. "；" and "，" never
 * end a sentence. A number and a period at the start of a sentence ("1．弄堂", "2. Background") are a
 * list marker, not a sentence. Text after the last terminator is a sentence of its own. Every
 * sentence end moves the position forward by at least one char, so the loop always ends.
 */
final class SentenceSplitter {
  private SentenceSplitter() {}

  private static final Set<String> ABBREVIATIONS =
      Set.of("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "no", "inc", "ltd", "co", "corp", "e.g", "i.e");

  static List<Sentence> split(String p) {
    List<Sentence> out = new ArrayList<>();
    int n = p.length();
    int start = skipSpaces(p, 0);
    int i = start;
    while (i < n) {
      if (!isTerminatorAt(p, i, start)) {
        i++;
        continue;
      }
      int end = i;
      // terminators and closers may alternate: 他说“好！”。 is one sentence
      boolean grew = true;
      while (grew) {
        grew = false;
        while (end < n && isTerminatorChar(p.charAt(end))) {
          end++;
          grew = true;
        }
        while (end < n && isCloserAt(p, end, start)) {
          end++;
          grew = true;
        }
      }
      if (end <= i) {
        end = i + 1; // never stall: the terminator at i is taken in, whatever the run rules say
      }
      add(out, p, start, end);
      start = skipSpaces(p, end);
      i = start;
    }
    if (start < n) {
      add(out, p, start, n);
    }
    return out;
  }

  private static void add(List<Sentence> out, String p, int start, int end) {
    while (end > start && p.charAt(end - 1) == ' ') {
      end--;
    }
    if (end > start) {
      out.add(new Sentence(out.size(), p.substring(start, end), start, end));
    }
  }

  private static int skipSpaces(String p, int i) {
    while (i < p.length() && Character.isWhitespace(p.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Chars that extend a terminator run once it has started. */
  private static boolean isTerminatorChar(char c) {
    return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '…' || c == '⋯' || c == '｡'
        || c == '.' || c == '．';
  }

  private static boolean isTerminatorAt(String p, int i, int sentenceStart) {
    char c = p.charAt(i);
    if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '…' || c == '⋯' || c == '｡') {
      return true;
    }
    if (c == '.' || c == '．') {
      return isFullStop(p, i, sentenceStart);
    }
    return false;
  }

  /** An ASCII or full-width period that ends a sentence rather than a number or abbreviation. */
  private static boolean isFullStop(String p, int i, int sentenceStart) {
    if (p.startsWith("...", i)) {
      return true; // ASCII ellipsis
    }
    if (i + 1 < p.length()) {
      int next = p.codePointAt(i + 1);
      boolean breaks =
          Character.isWhitespace(next)
              || isCloser(p.charAt(i + 1))
              || TextCleaner.isHan(next)
              || (TextCleaner.isChinese(next) && !Character.isLetterOrDigit(next)); // not "３．５"
      if (!breaks) {
        return false; // 3.5, www.example.com, e.g.
      }
    }
    if (isListMarker(p, sentenceStart, i)) {
      return false; // "1．弄堂", "2. 背景", "一．概况": a numbered heading, not a sentence of its own
    }
    if (p.charAt(i) == '．') {
      return true;
    }
    // the word before the period: an initial ("U.S.", "J.") or an abbreviation does not end a sentence
    int w = i;
    while (w > sentenceStart && (Character.isLetter(p.charAt(w - 1)) || p.charAt(w - 1) == '.')) {
      w--;
    }
    String word = p.substring(w, i);
    if (word.isEmpty() || !isAsciiLetters(word.replace(".", ""))) {
      return true;
    }
    String bare = word.toLowerCase(java.util.Locale.ROOT);
    boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0)) || word.contains(".");
    return !(initial || ABBREVIATIONS.contains(bare));
  }

  /** Only a number (Arabic, full-width or Chinese numerals) lies between the sentence start and {@code i}. */
  private static boolean isListMarker(String p, int sentenceStart, int i) {
    if (i == sentenceStart || i - sentenceStart > 3) {
      return false;
    }
    for (int k = sentenceStart; k < i; k++) {
      char c = p.charAt(k);
      boolean numeral = (c >= '0' && c <= '9') || (c >= '０' && c <= '９') || "一二三四五六七八九十".indexOf(c) >= 0;
      if (!numeral) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetters(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCloser(char c) {
    return c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == ')' || c == '》' || c == '】'
        || c == ']' || c == '〉' || c == '"' || c == '»';
  }

  /** A closer at {@code i}; an ASCII '"' only when it closes a quote opened in this sentence. */
  private static boolean isCloserAt(String p, int i, int sentenceStart) {
    char c = p.charAt(i);
    if (c != '"') {
      return isCloser(c);
    }
    int quotes = 0;
    for (int k = sentenceStart; k < i; k++) {
      if (p.charAt(k) == '"') {
        quotes++;
      }
    }
    return quotes % 2 == 1;
  }
}
