package dev.yuanwen.lexicon;

import java.util.Arrays;

/**
 * Headword lookup. Entries are sorted by the UTF-8 bytes of their simplified headword (the
 * converter writes them so and {@link Layout} checks it), so simplified forms need no index at all
 * and are found by binary search; only traditional forms that differ from the simplified one go
 * into a hash table. Building that table for all 190,000 forms was a fifth of the load time.
 */
final class Headwords {
  private final byte[] text;
  private final int[] lineStart; // simplified headword of entry e starts here, ends at '\t'
  private final int entries;
  private final KeyTable traditional;
  private final int maxTraditionalBytes;

  Headwords(byte[] text, Layout layout) {
    this.text = text;
    this.lineStart = layout.lineStart;
    this.entries = layout.entries;
    traditional = new KeyTable(text, entries);
    int maxTrad = 0;
    for (int e = 0; e < entries; e++) {
      int from = layout.tradStart[e];
      int end = layout.pinyinStart[e] - 1;
      if (end - from == from - 1 - lineStart[e]
          && Arrays.equals(text, from, end, text, lineStart[e], from - 1)) {
        continue; // the usual case: one traditional form, the simplified one
      }
      while (from < end) {
        int to = from;
        while (to < end && text[to] != '|') {
          to++;
        }
        // The first entry listing a form keeps it; a simplified headword always wins (see find).
        traditional.putIfAbsent(from, to, e);
        maxTrad = Math.max(maxTrad, to - from);
        from = to + 1;
      }
    }
    this.maxTraditionalBytes = maxTrad;
  }

  /** Number of distinct headword strings (simplified, plus differing traditional forms). */
  int keyCount() {
    return entries + traditional.size();
  }

  /** The entry of the simplified or traditional headword {@code q[from, to)} (UTF-8), or -1. */
  int find(byte[] q, int from, int to) {
    int e = findSimplified(q, from, to);
    return e >= 0 ? e : traditional.get(q, from, to);
  }

  private int findSimplified(byte[] q, int from, int to) {
    int lo = 0;
    int hi = entries - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = compare(mid, q, from, to, false);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /**
   * End (index into {@code bounds}) of the longest headword starting at code point {@code k} of
   * the UTF-8 {@code q}, whose code points start at {@code bounds[0..points]}; {@code k + 1} if
   * there is none longer than one code point.
   */
  int longestAt(byte[] q, int[] bounds, int k, int points) {
    int best = k + 1;
    // Simplified: narrow the sorted range one code point at a time, as a trie walk would.
    int lo = 0;
    int hi = entries; // exclusive
    for (int m = k + 1; m <= points && lo < hi; m++) {
      int from = bounds[k];
      int to = bounds[m];
      lo = lowerBound(lo, hi, q, from, to);
      hi = upperBound(lo, hi, q, from, to);
      if (lo < hi && m > best && compare(lo, q, from, to, false) == 0) {
        best = m;
      }
    }
    // Traditional: differing forms only, longest first, down to what simplified already found.
    for (int m = Math.min(points, k + maxTraditionalBytes); m > best; m--) {
      if (bounds[m] - bounds[k] <= maxTraditionalBytes
          && traditional.get(q, bounds[k], bounds[m]) >= 0) {
        return m;
      }
    }
    return best;
  }

  /** First entry in [lo, hi) whose headword, cut to the query's length, is >= the query. */
  private int lowerBound(int lo, int hi, byte[] q, int from, int to) {
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (compare(mid, q, from, to, true) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** First entry in [lo, hi) whose headword, cut to the query's length, is > the query. */
  private int upperBound(int lo, int hi, byte[] q, int from, int to) {
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (compare(mid, q, from, to, true) <= 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Compares the simplified headword of entry {@code e} with {@code q[from, to)} as unsigned bytes,
   * a proper prefix first (the terminating tab sorts below every byte of a headword). With {@code
   * prefix}, a headword that starts with the query compares equal.
   */
  private int compare(int e, byte[] q, int from, int to, boolean prefix) {
    int i = lineStart[e];
    for (int j = from; j < to; j++, i++) {
      int a = text[i] & 0xFF;
      if (a == '\t') {
        return -1;
      }
      int b = q[j] & 0xFF;
      if (a != b) {
        return a - b;
      }
    }
    return prefix || text[i] == '\t' ? 0 : 1;
  }
}
