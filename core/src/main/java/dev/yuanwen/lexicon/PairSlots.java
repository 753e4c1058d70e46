package dev.yuanwen.lexicon;

/**
 * Open-addressing hash table from a pair of term ids (English, Chinese) to a dense slot number
 * 0, 1, 2, ...: the learner keeps one number per co-occurring pair in flat arrays indexed by slot,
 * instead of a map of boxed pairs. Not thread-safe.
 */
final class PairSlots {
  private long[] keys; // (english + 1) << 32 | chinese; 0 for empty
  private int[] values;
  private int mask;
  private int size;

  PairSlots(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1; // load <= 0.5
    keys = new long[capacity];
    values = new int[capacity];
    mask = capacity - 1;
  }

  static long key(int english, int chinese) {
    return (long) (english + 1) << 32 | (chinese & 0xFFFFFFFFL);
  }

  static int english(long key) {
    return (int) (key >>> 32) - 1;
  }

  static int chinese(long key) {
    return (int) key;
  }

  /** The slot of the pair, or -1. */
  int get(int english, int chinese) {
    long k = key(english, chinese);
    for (int i = hash(k) & mask; ; i = (i + 1) & mask) {
      long v = keys[i];
      if (v == k) {
        return values[i];
      }
      if (v == 0) {
        return -1;
      }
    }
  }

  /** The slot of the pair, given the next free number ({@link #size()}) when it is new. */
  int add(int english, int chinese) {
    long k = key(english, chinese);
    int i = hash(k) & mask;
    for (long v; (v = keys[i]) != 0; i = (i + 1) & mask) {
      if (v == k) {
        return values[i];
      }
    }
    keys[i] = k;
    values[i] = size;
    if (++size * 2 > keys.length) {
      grow();
    }
    return size - 1;
  }

  int size() {
    return size;
  }

  /** Every key, by slot. */
  long[] keysBySlot() {
    long[] out = new long[size];
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0) {
        out[values[i]] = keys[i];
      }
    }
    return out;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      long k = oldKeys[j];
      if (k != 0) {
        int i = hash(k) & mask;
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = k;
        values[i] = oldValues[j];
      }
    }
  }

  /** Bytes held, roughly. */
  long bytes() {
    return (long) keys.length * (Long.BYTES + Integer.BYTES);
  }

  private static int hash(long k) {
    long h = k; // MurmurHash3's finalizer: every bit of the key moves the low bits
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return (int) h;
  }

  @Override
  public String toString() {
    return "PairSlots[" + size + " of " + keys.length + "]";
  }
}
