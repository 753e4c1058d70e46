package dev.yuanwen.lexicon;

import dev.yuanwen.analysis.EnglishTerms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * English stem to lexicon entries, built from short glosses only: a stem inside "safety; security"
 * says much more about a word than the same stem inside a 20-word encyclopedic gloss, and leaving
 * the long ones out keeps the index small and the answers precise.
 *
 * <p>Postings of a stem are stored best first (see {@link #score}), so a lookup is a slice. The
 * index ships prebuilt ({@link #RESOURCE}); {@link #build} makes it when the lexicon text differs
 * from the one it was built from, and in the test that keeps the shipped one current.
 */
final class ReverseIndex {
  /** Glosses with more content words (words other than stop words) than this are not indexed. */
  static final int MAX_CONTENT_WORDS = 4;
  /** Cheap pre-filter before stemming: glosses with more raw words than this are skipped. */
  private static final int MAX_RAW_WORDS = 8;

  private final Map<String, Integer> stemIds;
  private final int[] start; // postings of stem s are postings[start[s] .. start[s + 1])
  private final int[] postings; // entry numbers

  private ReverseIndex(Map<String, Integer> stemIds, int[] start, int[] postings) {
    this.stemIds = stemIds;
    this.start = start;
    this.postings = postings;
  }

  /** Resource holding the index built from {@link Lexicon#RESOURCE}, shipped beside it. */
  static final String RESOURCE = "cedict-en.idx.gz";

  private static final int MAGIC = 0x59575249; // "YWRI"
  private static final int VERSION = 1;

  /**
   * The index in its shipped form, tied to the lexicon text it was built from by that text's
   * CRC-32 and entry count: building it stems about 100,000 glosses, which would cost most of the
   * lexicon's load time on every JVM start.
   */
  byte[] toBytes(int sourceCrc, int entryCount) {
    String[] byId = new String[stemIds.size()];
    stemIds.forEach((stem, id) -> byId[id] = stem);
    byte[] stems = String.join("\n", byId).getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = ByteBuffer.allocate(4 * (7 + start.length + postings.length) + stems.length);
    b.putInt(MAGIC).putInt(VERSION).putInt(sourceCrc).putInt(entryCount);
    b.putInt(byId.length).putInt(stems.length).put(stems);
    for (int v : start) {
      b.putInt(v);
    }
    b.putInt(postings.length);
    for (int v : postings) {
      b.putInt(v);
    }
    return b.array();
  }

  /**
   * The shipped index if it was built from the lexicon text with this CRC-32 and entry count;
   * null when it is missing or belongs to another text (then the caller builds it).
   */
  static ReverseIndex fromBytes(byte[] data, int sourceCrc, int entryCount) {
    ByteBuffer b = ByteBuffer.wrap(data);
    if (data.length < 24 || b.getInt() != MAGIC || b.getInt() != VERSION || b.getInt() != sourceCrc
        || b.getInt() != entryCount) {
      return null;
    }
    int stemCount = b.getInt();
    int stemBytes = b.getInt();
    String[] stems = new String(data, b.position(), stemBytes, StandardCharsets.UTF_8).split("\n", -1);
    if (stems.length != stemCount) {
      throw new IllegalStateException(RESOURCE + ": corrupt stem table");
    }
    b.position(b.position() + stemBytes);
    int[] start = new int[stemCount + 1];
    b.asIntBuffer().get(start);
    b.position(b.position() + 4 * start.length);
    int[] postings = new int[b.getInt()];
    b.asIntBuffer().get(postings);
    Map<String, Integer> ids = new HashMap<>(stemCount * 2);
    for (int i = 0; i < stemCount; i++) {
      ids.put(stems[i], i);
    }
    return new ReverseIndex(ids, start, postings);
  }

  int stemCount() {
    return stemIds.size();
  }

  int postingCount() {
    return postings.length;
  }

  /** Entries with a short gloss containing {@code stem}, best first; empty if none. */
  int[] entries(String stem) {
    Integer id = stemIds.get(stem);
    return id == null ? new int[0] : Arrays.copyOfRange(postings, start[id], start[id + 1]);
  }

  /**
   * Smaller is better. Whole-gloss matches ("safety") before one word of a longer gloss; then
   * two-character words, the usual shape of a content word, before three-character ones, single
   * characters (ambiguous) and longer compounds or idioms; then entries with more senses, which
   * CC-CEDICT gives to common words (安全 has four, 安危 two). Ten bits, content words on top, so it
   * packs above a 20-bit entry number in a positive int.
   */
  static int score(int contentWords, int headwordChars, int glossCount) {
    int shape = headwordChars == 2 ? 0 : headwordChars == 3 ? 1 : headwordChars == 1 ? 2 : 3;
    return (contentWords - 1) << 8 | shape << 6 | 63 - Math.min(glossCount, 63);
  }

  private static final int ENTRY_BITS = 20;
  private static final int SCORE_BITS = 10;

  /**
   * Builds the index over the UTF-8 {@code text}: entry {@code e} has its simplified headword at
   * {@code lineStart[e]} and its {@code '|'}-separated glosses from {@code glossStart[e]} to the
   * newline before {@code lineStart[e + 1]}.
   */
  static ReverseIndex build(byte[] text, int[] lineStart, int[] glossStart, int entryCount) {
    if (entryCount >= 1 << ENTRY_BITS) {
      throw new IllegalArgumentException("too many entries for the posting layout: " + entryCount);
    }
    // Pass 1: split short glosses into words, each distinct word once in `words`.
    Glosses glosses = new Glosses(text, stopWords(), entryCount);
    for (int e = 0; e < entryCount; e++) {
      glosses.addEntry(e, lineStart[e], glossStart[e], lineStart[e + 1] - 1);
    }
    WordTable words = glosses.words;
    IntList glossWords = glosses.wordIds;
    IntList glossEnds = glosses.ends;
    IntList glossEntry = glosses.entry;

    // Pass 2: stem every distinct word in one analyzer run (one run is far cheaper than one per
    // word); offsets map tokens back to words. Same analyzer as EnglishTerms.stem: queries meet.
    String[] stems = stemAll(words, 0, words.size());
    Map<String, Integer> stemIds = new HashMap<>(stems.length);
    int[] wordStem = new int[stems.length]; // stem id of each word, -1 for stop words
    for (int w = 0; w < stems.length; w++) {
      if (stems[w] == null) {
        wordStem[w] = -1;
      } else {
        Integer id = stemIds.putIfAbsent(stems[w], stemIds.size());
        wordStem[w] = id == null ? stemIds.size() - 1 : id;
      }
    }

    // Pass 3: one posting (stem, score << 20 | entry) per distinct content stem of a short gloss.
    // The entry's score was taken for one content word; the count sits in the top bits.
    int glossCount = glossEntry.size();
    int[] postStem = new int[glossWords.size()];
    int[] postKey = new int[glossWords.size()];
    int n = 0;
    int[] distinct = new int[MAX_RAW_WORDS];
    for (int g = 0, from = 0; g < glossCount; g++) {
      int to = glossEnds.get(g);
      int k = 0;
      for (int i = from; i < to; i++) {
        int s = wordStem[glossWords.get(i)];
        if (s >= 0 && !contains(distinct, k, s)) {
          distinct[k++] = s;
        }
      }
      from = to;
      if (k == 0) {
        continue; // every word was a stop word to the analyzer after all
      }
      int e = glossEntry.get(g);
      int key = (glosses.entryScore[e] + (k - 1 << 8)) << ENTRY_BITS | e;
      for (int j = 0; j < k; j++) {
        postStem[n] = distinct[j];
        postKey[n++] = key;
      }
    }

    // Radix sort, no comparisons: counting sort by score, then a stable one by stem, leaves each
    // stem's postings ordered by score, then entry (glosses were added in entry order).
    int[] byScore = new int[n];
    int[] count = new int[(1 << SCORE_BITS) + 1];
    for (int i = 0; i < n; i++) {
      count[(postKey[i] >>> ENTRY_BITS) + 1]++;
    }
    for (int c = 0; c < 1 << SCORE_BITS; c++) {
      count[c + 1] += count[c];
    }
    for (int i = 0; i < n; i++) {
      byScore[count[postKey[i] >>> ENTRY_BITS]++] = i;
    }
    int stemCount = stemIds.size();
    int[] start = new int[stemCount + 1];
    for (int i = 0; i < n; i++) {
      start[postStem[i] + 1]++;
    }
    for (int s = 0; s < stemCount; s++) {
      start[s + 1] += start[s];
    }
    int[] fill = Arrays.copyOf(start, stemCount);
    int[] sorted = new int[n];
    for (int j = 0; j < n; j++) {
      int i = byScore[j];
      sorted[fill[postStem[i]]++] = postKey[i] & (1 << ENTRY_BITS) - 1;
    }
    // Keep each entry once per stem: its best gloss came first.
    int[] postings = new int[n];
    int[] lastStemOfEntry = new int[entryCount];
    Arrays.fill(lastStemOfEntry, -1);
    int m = 0;
    for (int s = 0; s < stemCount; s++) {
      int from = start[s];
      int to = start[s + 1];
      start[s] = m;
      for (int i = from; i < to; i++) {
        int e = sorted[i];
        if (lastStemOfEntry[e] != s) {
          lastStemOfEntry[e] = s;
          postings[m++] = e;
        }
      }
    }
    start[stemCount] = m;
    return new ReverseIndex(stemIds, start, Arrays.copyOf(postings, m));
  }

  /** The stop words of the shared English analyzer (none known if it is not a stop-word one). */
  private static StopWords stopWords() {
    Analyzer analyzer = EnglishTerms.analyzer();
    return new StopWords(
        analyzer instanceof StopwordAnalyzerBase a ? a.getStopwordSet() : Set.of());
  }

  /** The stem of each word of ids [from, to), {@code null} for stop words. */
  private static String[] stemAll(WordTable words, int from, int to) {
    int wordCount = to - from;
    int[] wordStarts = new int[wordCount];
    String joined = words.joined(from, to, wordStarts);
    String[] stems = new String[wordCount];
    try (TokenStream ts = EnglishTerms.analyzer().tokenStream("", joined)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int w = 0;
      while (ts.incrementToken()) {
        int at = offset.startOffset();
        while (w + 1 < wordCount && wordStarts[w + 1] <= at) {
          w++;
        }
        if (stems[w] == null) { // first token of the word, as EnglishTerms.stem takes
          stems[w] = term.toString();
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen on a String
    }
    return stems;
  }

  private static boolean contains(int[] a, int n, int v) {
    for (int i = 0; i < n; i++) {
      if (a[i] == v) {
        return true;
      }
    }
    return false;
  }

  /**
   * The short glosses of all entries as word ids, with the entry of each. No allocation per
   * word, and one call per entry and per gloss so that the JIT compiles these early: this sees 3.5
   * MB of glosses on every start.
   */
  private static final class Glosses {
    final byte[] text;
    final WordTable words = new WordTable();
    final IntList wordIds = new IntList(1 << 19); // word ids of kept glosses, back to back
    final IntList ends = new IntList(1 << 18); // end of each kept gloss in wordIds
    final IntList entry = new IntList(1 << 18);
    final int[] entryScore; // score() of each entry as if for one content word
    private final int[] bounds = new int[2 * MAX_RAW_WORDS];
    private final StopWords stopWords;

    Glosses(byte[] text, StopWords stopWords, int entryCount) {
      this.text = text;
      this.stopWords = stopWords;
      this.entryScore = new int[entryCount];
    }

    void addEntry(int e, int lineStart, int glossStart, int lineEnd) {
      int chars = 0;
      for (int i = lineStart; text[i] != '\t'; i++) {
        chars += (text[i] & 0xC0) != 0x80 ? 1 : 0;
      }
      int pos = glossStart;
      int glossCount = 0;
      while (pos < lineEnd) {
        int end = pos;
        while (end < lineEnd && text[end] != '|') {
          end++;
        }
        addGloss(e, pos, end);
        pos = end + 1;
        glossCount++;
      }
      entryScore[e] = score(1, chars, glossCount);
    }

    private void addGloss(int e, int from, int to) {
      int n = isLiteral(text, from, to) ? -1 : splitWords(text, from, to, bounds);
      int content = 0;
      for (int w = 0; w < n; w++) {
        if (stopWords.contains(text, bounds[2 * w], bounds[2 * w + 1])) {
          bounds[2 * w] = -1;
        } else {
          content++;
        }
      }
      if (content == 0 || content > MAX_CONTENT_WORDS) {
        return;
      }
      for (int w = 0; w < n; w++) {
        if (bounds[2 * w] >= 0) {
          wordIds.add(words.intern(text, bounds[2 * w], bounds[2 * w + 1]));
        }
      }
      ends.add(wordIds.size());
      entry.add(e);
    }
  }

  // "lit. draw legs on a snake": the literal reading of an idiom is not what the idiom means.
  private static boolean isLiteral(byte[] t, int from, int to) {
    return to - from > 5
        && t[from] == 'l'
        && t[from + 1] == 'i'
        && t[from + 2] == 't'
        && t[from + 3] == '.'
        && t[from + 4] == ' ';
  }

  // A table lookup per byte is the cheapest test while the tokenizing loop still runs cold.
  private static final byte ALNUM = 1; // ASCII letter or digit
  private static final byte MULTIBYTE = 2; // lead byte of a UTF-8 sequence
  private static final byte[] BYTE_CLASS = new byte[256]; // 0: anything else

  static {
    for (int b = 0; b < 128; b++) {
      BYTE_CLASS[b] = Character.isLetterOrDigit(b) ? ALNUM : 0;
    }
    for (int b = 0xC0; b < 0x100; b++) {
      BYTE_CLASS[b] = MULTIBYTE;
    }
  }

  /**
   * Finds the words of {@code t[from, to)} (runs of letters and digits, with inner apostrophes as in
   * "one's"), storing start/end pairs in {@code bounds}; returns their number, or -1 when there
   * are more than {@link #MAX_RAW_WORDS}.
   */
  private static int splitWords(byte[] t, int from, int to, int[] bounds) {
    int n = 0;
    int i = from;
    while (i < to) {
      int c = wordChar(t, i, to);
      if (c <= 0) {
        i -= c;
        continue;
      }
      if (n == MAX_RAW_WORDS) {
        return -1;
      }
      int start = i;
      i += c;
      while (i < to) {
        c = wordChar(t, i, to);
        if (c > 0) {
          i += c;
        } else if (t[i] == '\'' && i + 1 < to && wordChar(t, i + 1, to) > 0) {
          i++;
        } else {
          break;
        }
      }
      bounds[2 * n] = start;
      bounds[2 * n + 1] = i;
      n++;
    }
    return n;
  }

  /** Byte length of the character at {@code i}: positive for a letter or digit, else negated. */
  private static int wordChar(byte[] t, int i, int to) {
    byte cls = BYTE_CLASS[t[i] & 0xFF];
    if (cls == ALNUM) {
      return 1;
    }
    if (cls != MULTIBYTE) {
      return -1;
    }
    int b = t[i];
    int len = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : 4;
    if (i + len > to) {
      return -(to - i);
    }
    int cp = len == 2 ? b & 0x1F : len == 3 ? b & 0x0F : b & 0x07;
    for (int k = 1; k < len; k++) {
      cp = cp << 6 | (t[i + k] & 0x3F);
    }
    return Character.isLetterOrDigit(cp) ? len : -len;
  }

  /**
   * The analyzer's stop words, each packed into a long (ASCII, at most eight letters), so that
   * glosses can be counted in content words before anything is stemmed: stop words are neither
   * interned nor stemmed, and glosses with too many content words are dropped early.
   */
  static final class StopWords {
    private final long[] packed;
    private final int maxLength;

    StopWords(Iterable<?> words) {
      List<Long> list = new ArrayList<>();
      int max = 0;
      for (Object o : words) {
        String w = o instanceof char[] ? new String((char[]) o) : String.valueOf(o);
        byte[] b = w.getBytes(StandardCharsets.UTF_8);
        if (b.length <= 8 && b.length == w.length()) {
          list.add(pack(b, 0, b.length));
          max = Math.max(max, b.length);
        }
      }
      packed = list.stream().mapToLong(Long::longValue).sorted().toArray();
      maxLength = max;
    }

    /** Whether {@code t[from, to)}, lower-cased and without a possessive "'s", is a stop word. */
    boolean contains(byte[] t, int from, int to) {
      if (to - from > 2 && t[to - 2] == '\'' && (t[to - 1] | 0x20) == 's') {
        to -= 2; // EnglishPossessiveFilter runs before the stop filter
      }
      if (to - from > maxLength) {
        return false;
      }
      return Arrays.binarySearch(packed, pack(t, from, to)) >= 0;
    }

    private static long pack(byte[] t, int from, int to) {
      long v = 0;
      for (int i = from; i < to; i++) {
        int b = t[i];
        v = v << 8 | (b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b & 0xFF);
      }
      return v;
    }
  }

  /**
   * Distinct gloss words, ASCII letters folded to lower case (the analyzer lower-cases the rest),
   * copied into a small pool of their own: comparing against first occurrences scattered over the
   * 7 MB text made every lookup a cache miss.
   */
  static final class WordTable {
    private byte[] pool = new byte[1 << 19];
    private int poolSize;
    private int[] slots = new int[1 << 17]; // word id + 1, 0 for empty
    private final IntList starts = new IntList(1 << 16); // word w is pool[starts[w], starts[w + 1])
    private final IntList hashes = new IntList(1 << 16);

    WordTable() {
      starts.add(0);
    }

    int size() {
      return hashes.size();
    }

    int intern(byte[] text, int from, int to) {
      int h = 0;
      for (int i = from; i < to; i++) {
        h = 31 * h + lower(text[i]);
      }
      h *= 0x9E3779B9;
      h ^= h >>> 15;
      int mask = slots.length - 1;
      for (int slot = h & mask; ; slot = (slot + 1) & mask) {
        int id = slots[slot] - 1;
        if (id < 0) {
          return add(text, from, to, h, slot);
        }
        if (hashes.get(id) == h && sameWord(id, text, from, to)) {
          return id;
        }
      }
    }

    private int add(byte[] text, int from, int to, int h, int slot) {
      int id = size();
      if (poolSize + (to - from) > pool.length) {
        pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + (to - from)));
      }
      for (int i = from; i < to; i++) {
        pool[poolSize++] = (byte) lower(text[i]);
      }
      starts.add(poolSize);
      hashes.add(h);
      slots[slot] = id + 1;
      if (size() * 2 > slots.length) {
        rehash();
      }
      return id;
    }

    private boolean sameWord(int id, byte[] text, int from, int to) {
      int start = starts.get(id);
      if (starts.get(id + 1) - start != to - from) {
        return false;
      }
      for (int i = from; i < to; i++) {
        if (pool[start++] != lower(text[i])) {
          return false;
        }
      }
      return true;
    }

    /**
     * Words of ids [first, end), one per line; {@code offsets[id - first]} receives each word's
     * char offset.
     */
    String joined(int first, int end, int[] offsets) {
      StringBuilder sb = new StringBuilder(starts.get(end) - starts.get(first) + end - first);
      for (int id = first; id < end; id++) {
        offsets[id - first] = sb.length();
        int from = starts.get(id);
        int to = starts.get(id + 1);
        boolean ascii = true;
        for (int i = from; i < to && ascii; i++) {
          ascii = pool[i] >= 0;
        }
        if (ascii) {
          for (int i = from; i < to; i++) {
            sb.append((char) pool[i]);
          }
        } else {
          sb.append(new String(pool, from, to - from, StandardCharsets.UTF_8));
        }
        sb.append('\n');
      }
      return sb.toString();
    }

    private void rehash() {
      slots = new int[slots.length * 2];
      int mask = slots.length - 1;
      for (int id = 0; id < size(); id++) {
        int slot = hashes.get(id) & mask;
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = id + 1;
      }
    }

    private static int lower(byte b) {
      return b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
    }
  }

  /** Growable int array; boxing half a million Integers would dominate the load time. */
  static final class IntList {
    private int[] a;
    private int n;

    IntList(int capacity) {
      a = new int[capacity];
    }

    void add(int v) {
      if (n == a.length) {
        a = Arrays.copyOf(a, n * 2);
      }
      a[n++] = v;
    }

    int get(int i) {
      return a[i];
    }

    int size() {
      return n;
    }
  }
}
