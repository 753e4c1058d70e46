package dev.yuanwen.lexicon;

import java.util.Arrays;

/**
 * Open-addressing hash table from headword to entry number whose keys are byte regions of the
 * lexicon's UTF-8 text, so that 70,000 traditional forms cost two arrays instead of 70,000 Strings
 * and map nodes. Each slot packs the key's offset, byte length and entry, and keeps the key's hash
 * beside it: both are checked before the text is touched, because reading the 7 MB text at a
 * random offset is a cache miss.
 */
final class KeyTable {
  static final int MAX_KEY_BYTES = 0xFF;
  private static final int MAX_ENTRIES = 1 << 24;

  private final byte[] text;
  private final long[] slots; // offset << 32 | length << 24 | entry; 0 for empty (no key is empty)
  private final int[] hashes;
  private final int mask;
  private int size;

  KeyTable(byte[] text, int expectedKeys) {
    this.text = text;
    int capacity = Integer.highestOneBit(Math.max(16, expectedKeys * 2 - 1)) << 1; // load <= 0.5
    slots = new long[capacity];
    hashes = new int[capacity];
    mask = capacity - 1;
  }

  /** Adds the key at {@code text[start, end)} unless present: the first entry for a key wins. */
  boolean putIfAbsent(int start, int end, int entry) {
    int len = end - start;
    if (len <= 0 || len > MAX_KEY_BYTES || entry >= MAX_ENTRIES) {
      throw new IllegalArgumentException("key or entry out of range: " + len + ", " + entry);
    }
    int h = hash(text, start, end);
    int slot = h & mask;
    for (long v; (v = slots[slot]) != 0; slot = (slot + 1) & mask) {
      if (hashes[slot] == h && matches(v, text, start, len)) {
        return false;
      }
    }
    slots[slot] = (long) start << 32 | (long) len << 24 | entry;
    hashes[slot] = h;
    size++;
    return true;
  }

  /** The entry whose key is the UTF-8 {@code s[start, end)}, or -1. */
  int get(byte[] s, int start, int end) {
    int len = end - start;
    if (len <= 0 || len > MAX_KEY_BYTES) {
      return -1;
    }
    int h = hash(s, start, end);
    for (int slot = h & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      if (hashes[slot] == h && matches(slots[slot], s, start, len)) {
        return (int) slots[slot] & (MAX_ENTRIES - 1);
      }
    }
    return -1;
  }

  int size() {
    return size;
  }

  private boolean matches(long slot, byte[] s, int start, int len) {
    if (((int) (slot >>> 24) & 0xFF) != len) {
      return false;
    }
    int keyStart = (int) (slot >>> 32);
    return Arrays.equals(text, keyStart, keyStart + len, s, start, start + len);
  }

  static int hash(byte[] s, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + s[i];
    }
    // CJK keys share lead bytes; mix so that linear probing stays short.
    h *= 0x9E3779B9;
    return h ^ (h >>> 15);
  }
}
