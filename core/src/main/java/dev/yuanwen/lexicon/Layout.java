package dev.yuanwen.lexicon;

import java.util.Arrays;

/**
 * Where each line and field of the lexicon text starts. Lines are {@code simplified \t
 * traditional[|traditional...] \t pinyin \t gloss|gloss...}, comment lines ({@code #}) only before
 * the first entry, so that entry {@code e} ends right where {@code e + 1} starts, and entries
 * sorted by the UTF-8 bytes of the simplified headword.
 *
 * <p>The scan is one small method per line rather than one loop over all 7 MB: a method called
 * 115,000 times is compiled early, a single long loop runs interpreted or profiled for much of
 * the load on a cold JVM.
 */
final class Layout {
  final int[] lineStart; // entry e is text[lineStart[e], lineStart[e + 1] - 1), then '\n'
  final int[] tradStart;
  final int[] pinyinStart;
  final int[] glossStart;
  final int entries;

  private Layout(int[] lineStart, int[] tradStart, int[] pinyinStart, int[] glossStart, int n) {
    this.lineStart = lineStart;
    this.tradStart = tradStart;
    this.pinyinStart = pinyinStart;
    this.glossStart = glossStart;
    this.entries = n;
  }

  static Layout of(byte[] text) {
    int capacity = text.length / 40 + 16; // lines average ~60 bytes; grown if needed
    int[] line = new int[capacity];
    int[] trad = new int[capacity];
    int[] pinyin = new int[capacity];
    int[] gloss = new int[capacity];
    int[] fields = new int[3];
    int n = 0;
    int pos = 0;
    while (pos < text.length && text[pos] == '#') {
      pos = endOfLine(text, pos) + 1;
    }
    while (pos < text.length) {
      if (n + 1 == line.length) {
        line = Arrays.copyOf(line, n * 2);
        trad = Arrays.copyOf(trad, n * 2);
        pinyin = Arrays.copyOf(pinyin, n * 2);
        gloss = Arrays.copyOf(gloss, n * 2);
      }
      line[n] = pos;
      int end = scanLine(text, pos, fields);
      if (end < 0) {
        throw new IllegalStateException(Lexicon.RESOURCE + ": malformed line for entry " + (n + 1));
      }
      trad[n] = fields[0];
      pinyin[n] = fields[1];
      gloss[n] = fields[2];
      if (n > 0 && !ascending(text, line[n - 1], pos)) {
        throw new IllegalStateException(
            Lexicon.RESOURCE + ": entries not sorted by simplified headword at entry " + (n + 1));
      }
      n++;
      pos = end + 1;
    }
    line[n] = text.length;
    return new Layout(
        Arrays.copyOf(line, n + 1),
        Arrays.copyOf(trad, n),
        Arrays.copyOf(pinyin, n),
        Arrays.copyOf(gloss, n),
        n);
  }

  /**
   * Records the starts of fields 2 to 4 of the line at {@code pos}; returns the position of its
   * newline, or -1 if it has not exactly four non-empty fields or no newline.
   */
  private static int scanLine(byte[] text, int pos, int[] fields) {
    int field = 0;
    int i = pos;
    for (; i < text.length; i++) {
      byte b = text[i];
      if (b == '\t') {
        if (field == 3 || i == pos) {
          return -1;
        }
        fields[field++] = i + 1;
        pos = i + 1;
      } else if (b == '\n') {
        break;
      }
    }
    return field == 3 && i < text.length && i > pos ? i : -1;
  }

  /**
   * Whether the headword (up to its tab) at {@code a} sorts strictly before the one at {@code b},
   * as unsigned bytes with a proper prefix first: the order {@link Headwords} searches in.
   */
  private static boolean ascending(byte[] text, int a, int b) {
    while (true) {
      int x = text[a++] & 0xFF;
      int y = text[b++] & 0xFF;
      if (x != y) {
        return x == '\t' || (y != '\t' && x < y);
      }
      if (x == '\t') {
        return false; // equal headwords
      }
    }
  }

  private static int endOfLine(byte[] text, int pos) {
    while (pos < text.length && text[pos] != '\n') {
      pos++;
    }
    return pos;
  }
}
