package dev.yuanwen.align;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bounded, thread-safe memo from words to what was computed for them, for the per-word caches
 * that every alignment reads hundreds of times. A key of at most {@code maxChars} chars, each
 * below {@code 1 << bitsPerChar}, is packed into a long and found in a flat open-addressing table:
 * a look-up reads a slot of a long array and one of a value array, where a ConcurrentHashMap reads
 * a table slot, a node, the key and the key's chars, each a cache miss once the cache has grown
 * past the processor's caches (this took a fifth of the aligner's time). Other keys go to a
 * ConcurrentHashMap.
 */
final class WordCache<V> {
  private static final VarHandle KEYS = MethodHandles.arrayElementVarHandle(long[].class);

  private final int bitsPerChar;
  private final int maxChars;
  private final int maxEntries;
  private final ConcurrentHashMap<String, V> others = new ConcurrentHashMap<>();
  /** Replaced, never resized in place, so that readers need no lock. */
  private volatile Table table = new Table(1024);

  private static final class Table {
    final long[] keys; // 0 marks an empty slot: no packed key is 0
    final Object[] values;
    int size;

    Table(int capacity) {
      keys = new long[capacity];
      values = new Object[capacity];
    }
  }

  /** ASCII words of up to 9 chars (7 bits each) are packed: English words in the lexicon. */
  static <V> WordCache<V> english(int maxEntries) {
    return new WordCache<>(7, 9, maxEntries);
  }

  /** Words of up to 4 chars (16 bits each) are packed: Chinese words. */
  static <V> WordCache<V> chinese(int maxEntries) {
    return new WordCache<>(16, 4, maxEntries);
  }

  private WordCache(int bitsPerChar, int maxChars, int maxEntries) {
    this.bitsPerChar = bitsPerChar;
    this.maxChars = maxChars;
    this.maxEntries = maxEntries;
  }

  /**
   * The value cached for {@code key}, else {@code compute}'s, which is cached unless the cache is
   * full. Two threads may both compute a key's value; the first one cached is kept.
   */
  V get(String key, Function<String, V> compute) {
    long packed = pack(key);
    if (packed == 0) {
      V value = others.get(key);
      if (value == null) {
        value = compute.apply(key);
        if (others.size() < maxEntries) {
          V raced = others.putIfAbsent(key, value);
          value = raced != null ? raced : value;
        }
      }
      return value;
    }
    V value = find(table, packed);
    return value != null ? value : put(packed, compute.apply(key));
  }

  /** Entries held (for tests). */
  int size() {
    return table.size + others.size();
  }

  /**
   * The key's chars, {@code bitsPerChar} bits each, in a long; 0 when it is empty, too long or has
   * a char out of range or NUL. One-to-one on the rest, since no char is 0.
   */
  private long pack(String key) {
    int n = key.length();
    if (n == 0 || n > maxChars) {
      return 0;
    }
    long packed = 0;
    for (int i = 0; i < n; i++) {
      char c = key.charAt(i);
      if (c == 0 || c >>> bitsPerChar != 0) {
        return 0;
      }
      packed = packed << bitsPerChar | c;
    }
    return packed;
  }

  private static int slot(long packed, int mask) {
    return (int) ((packed * 0x9E3779B97F4A7C15L) >>> 32) & mask;
  }

  @SuppressWarnings("unchecked")
  private static <V> V find(Table t, long packed) {
    int mask = t.keys.length - 1;
    for (int i = slot(packed, mask); ; i = (i + 1) & mask) {
      long k = (long) KEYS.getAcquire(t.keys, i); // pairs with the release in insert: the value is there
      if (k == packed) {
        return (V) t.values[i];
      }
      if (k == 0) {
        return null;
      }
    }
  }

  private synchronized V put(long packed, V value) {
    Table t = table;
    V raced = find(t, packed);
    if (raced != null) {
      return raced;
    }
    if (t.size >= maxEntries) {
      return value; // text from the wild (ids, typos) must not fill the heap
    }
    if (2 * (t.size + 1) > t.keys.length) { // load at most a half: probes stay short
      Table grown = new Table(t.keys.length * 2);
      for (int i = 0; i < t.keys.length; i++) {
        if (t.keys[i] != 0) {
          insert(grown, t.keys[i], t.values[i]);
        }
      }
      insert(grown, packed, value);
      table = grown;
    } else {
      insert(t, packed, value);
    }
    return value;
  }

  private static void insert(Table t, long packed, Object value) {
    int mask = t.keys.length - 1;
    int i = slot(packed, mask);
    while (t.keys[i] != 0) {
      i = (i + 1) & mask;
    }
    t.values[i] = value;
    KEYS.setRelease(t.keys, i, packed);
    t.size++;
  }
}
