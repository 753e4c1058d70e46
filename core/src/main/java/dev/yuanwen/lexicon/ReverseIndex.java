package dev.yuanwen.lexicon;

import dev.yuanwen.analysis.EnglishTerms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * English word to lexicon entries, built from short glosses only: a word inside "safety; security"
 * says much more about a Chinese word than the same word inside a 20-word encyclopedic gloss, and
 * leaving the long ones out keeps the index small and the answers precise.
 *
 * <p>Every gloss word is indexed under two keys. Its Porter stem, as {@link EnglishTerms} makes
 * it, finds all forms of a word but also joins words that merely look alike ("university" and
 * "universe" are both {@code univers}); its light key (lower case, plural removed: "universities"
 * is {@code university}) keeps the word itself. A lookup gives the entries matching the query
 * word's light key first, then the rest of its stem's.
 *
 * <p>Each key's entries are stored best first (see {@link #score}), so a lookup is one or two
 * slices. The index ships prebuilt ({@link #RESOURCE}); {@link #build} makes it in the test that
 * keeps the shipped one current, and at load time when the lexicon text is not the one it was
 * built from.
 */
final class ReverseIndex {
  /** Glosses with more content words (words other than stop words) than this are not indexed. */
  static final int MAX_CONTENT_WORDS = 4;
  /** Cheap pre-filter before stemming: glosses with more raw words than this are skipped. */
  private static final int MAX_RAW_WORDS = 8;

  private final Table stems;
  // Only the light keys whose entries differ from their stem's (in membership or order): the
  // index stores "university", whose stem also has "universe", but not "robot".
  private final Table lightKeys;

  private ReverseIndex(Table stems, Table lightKeys) {
    this.stems = stems;
    this.lightKeys = lightKeys;
  }

  /** Resource holding the index built from {@link Lexicon#RESOURCE}, shipped beside it. */
  static final String RESOURCE = "cedict-en.idx.gz";

  private static final int MAGIC = 0x59575249; // "YWRI"
  private static final int VERSION = 2;

  /**
   * The index in its shipped form, tied to the lexicon text it was built from by that text's
   * CRC-32 and entry count: building it stems about 100,000 glosses and looks up HanLP's word
   * frequencies, which would cost seconds on every JVM start.
   */
  byte[] toBytes(int sourceCrc, int entryCount) {
    byte[] stemKeys = stems.keyBytes();
    byte[] lightKeyBytes = lightKeys.keyBytes();
    ByteBuffer b =
        ByteBuffer.allocate(16 + stems.byteSize(stemKeys) + lightKeys.byteSize(lightKeyBytes));
    b.putInt(MAGIC).putInt(VERSION).putInt(sourceCrc).putInt(entryCount);
    stems.write(b, stemKeys);
    lightKeys.write(b, lightKeyBytes);
    return b.array();
  }

  /**
   * The shipped index if it was built from the lexicon text with this CRC-32 and entry count;
   * null when it belongs to another text, is of another format version or is truncated (then the
   * caller builds it).
   */
  static ReverseIndex fromBytes(byte[] data, int sourceCrc, int entryCount) {
    ByteBuffer b = ByteBuffer.wrap(data);
    if (data.length < 16 || b.getInt() != MAGIC || b.getInt() != VERSION || b.getInt() != sourceCrc
        || b.getInt() != entryCount) {
      return null;
    }
    try {
      return new ReverseIndex(Table.read(b), Table.read(b));
    } catch (BufferUnderflowException | CorruptIndexException e) {
      return null;
    }
  }

  private static final class CorruptIndexException extends RuntimeException {
    CorruptIndexException() {
      super(RESOURCE + ": corrupt table", null, false, false);
    }
  }

  int stemCount() {
    return stems.keys.length;
  }

  int postingCount() {
    return stems.postings.length + lightKeys.postings.length;
  }

  /** A content word of a query: its Porter stem and its light key. */
  record Term(String stem, String lightKey) {}

  /** The content words of {@code english}, in order; stop words are left out. */
  static List<Term> terms(String english) {
    List<Term> out = new ArrayList<>();
    try (TokenStream ts = EnglishTerms.analyzer().tokenStream("", english)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String word = english.substring(offset.startOffset(), offset.endOffset());
        out.add(new Term(term.toString(), lightKey(word)));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen on a String
    }
    return out;
  }

  private static final EnglishMinimalStemmer PLURAL = new EnglishMinimalStemmer(); // stateless

  /**
   * The light key of a word: lower case, without a possessive "'s" (as the analyzer drops it) and
   * without a plural ending, by Lucene's plural-only stemmer: "Universities" gives "university".
   */
  static String lightKey(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    int n = w.length();
    if (n >= 2 && w.charAt(n - 1) == 's' && "'\u2019\uFF07".indexOf(w.charAt(n - 2)) >= 0) {
      w = w.substring(0, n - 2);
    }
    char[] c = w.toCharArray();
    return new String(c, 0, PLURAL.stem(c, c.length));
  }

  /**
   * Entries with a short gloss containing the term, best first: those whose gloss has the term's
   * light key, then those that only share its stem. Empty if none.
   */
  /** The entries one of whose indexed glosses has a word with this Porter stem, best first; empty if none. */
  int[] entriesWithStem(String stem) {
    int[] byStem = stems.get(stem);
    return byStem == null ? new int[0] : byStem;
  }

  int[] entries(Term term) {
    return entries(term, Integer.MAX_VALUE);
  }

  /** The first {@code limit} of {@link #entries(Term)} (a common word's stem has thousands). */
  int[] entries(Term term, int limit) {
    int[] byStem = stems.get(term.stem());
    int[] byLightKey = lightKeys.get(term.lightKey());
    if (byLightKey == null) { // not stored: it would list the stem's entries in the same order
      return byStem == null ? new int[0] : byStem.length <= limit ? byStem : Arrays.copyOf(byStem, limit);
    }
    if (byStem == null || byLightKey.length >= limit) {
      return byLightKey.length <= limit ? byLightKey : Arrays.copyOf(byLightKey, limit);
    }
    int[] seen = byLightKey.clone();
    Arrays.sort(seen);
    int[] out = Arrays.copyOf(byLightKey, (int) Math.min(limit, (long) byLightKey.length + byStem.length));
    int n = byLightKey.length;
    for (int i = 0; i < byStem.length && n < out.length; i++) {
      if (Arrays.binarySearch(seen, byStem[i]) < 0) {
        out[n++] = byStem[i];
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  // Weights of score(), chosen on the news words of LexiconTest; tools/cedict/README.md shows what
  // each part is worth there.
  private static final int PER_EXTRA_WORD = 100;
  private static final int PER_LATER_GLOSS = 30;
  private static final int LATEST_GLOSS_COUNTED = 6;
  private static final int FREQUENCY_DECADES_COUNTED = 6;

  /**
   * Smaller is better; a sum of penalties, each in hundredths of a decade of frequency, so that
   * no one signal overrules the others outright:
   *
   * <ul>
   *   <li>100 per content word of the gloss beyond the first: "stock market" (股市) names a kind of
   *       market, "market" (市场) the thing itself;
   *   <li>30 per gloss before the matching one, up to six: CC-CEDICT lists a word's main senses
   *       first ("company" is the first gloss of 公司, "in company" the last of 一块);
   *   <li>by headword shape: nothing for two characters, the usual shape of a content word, 50
   *       for three or four, 75 for one character (ambiguous), 100 for longer compounds;
   *   <li>commonness: 100 for each decade the word's frequency in HanLP's dictionaries (see
   *       {@link Commonness}) falls short of a million.
   * </ul>
   */
  static int score(int contentWords, int glossIndex, int headwordChars, long frequency) {
    int shape =
        switch (headwordChars) {
          case 2 -> 0;
          case 3, 4 -> 50;
          case 1 -> 75;
          default -> 100;
        };
    // StrictMath: the shipped index must come out byte for byte the same on every platform.
    long decades = Math.round(100 * StrictMath.log10(1 + (double) frequency));
    return PER_EXTRA_WORD * (contentWords - 1)
        + PER_LATER_GLOSS * Math.min(glossIndex, LATEST_GLOSS_COUNTED)
        + shape
        + (int) Math.max(0, 100 * FREQUENCY_DECADES_COUNTED - decades);
  }

  private static final int ENTRY_BITS = 20;
  private static final int SCORE_BITS = 12;

  /**
   * Builds the index over the UTF-8 {@code text}: entry {@code e} has its simplified headword at
   * {@code lineStart[e]} and its {@code '|'}-separated glosses from {@code glossStart[e]} to the
   * newline before {@code lineStart[e + 1]}. Word frequencies come from HanLP.
   */
  static ReverseIndex build(byte[] text, int[] lineStart, int[] glossStart, int entryCount) {
    return build(text, lineStart, glossStart, entryCount, Commonness::frequency);
  }

  /** As {@link #build(byte[], int[], int[], int)}, with the frequency of each headword given. */
  static ReverseIndex build(
      byte[] text,
      int[] lineStart,
      int[] glossStart,
      int entryCount,
      ToLongFunction<String> frequency) {
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

    // Pass 2: both keys of every distinct word. All words are stemmed in one analyzer run (far
    // cheaper than one per word), by the analyzer queries go through.
    String[] stemOf = stemAll(words, 0, words.size());
    String[] lightKeyOf = new String[stemOf.length];
    for (int w = 0; w < stemOf.length; w++) {
      lightKeyOf[w] = stemOf[w] == null ? null : lightKey(words.word(w));
    }
    String[] stemKeys = sortedDistinct(stemOf);
    String[] lightKeyKeys = sortedDistinct(lightKeyOf);
    int[] wordStem = ids(stemOf, stemKeys); // -1 for stop words
    int[] wordLightKey = ids(lightKeyOf, lightKeyKeys);

    // Pass 3: one posting (key, score, entry) per distinct key of each short gloss.
    int glossCount = glosses.entry.size();
    long[] stemPostings = new long[glossWords.size()];
    long[] lightKeyPostings = new long[glossWords.size()];
    int stemN = 0;
    int lightKeyN = 0;
    long[] entryFrequency = new long[entryCount];
    Arrays.fill(entryFrequency, -1);
    int[] distinctStems = new int[MAX_RAW_WORDS];
    int[] distinctLightKeys = new int[MAX_RAW_WORDS];
    for (int g = 0, from = 0; g < glossCount; g++) {
      int to = glosses.ends.get(g);
      int k = 0;
      int kl = 0;
      for (int i = from; i < to; i++) {
        int w = glossWords.get(i);
        if (wordStem[w] >= 0) {
          k = addDistinct(distinctStems, k, wordStem[w]);
          kl = addDistinct(distinctLightKeys, kl, wordLightKey[w]);
        }
      }
      from = to;
      if (k == 0) {
        continue; // every word was a stop word to the analyzer after all
      }
      int e = glosses.entry.get(g);
      if (entryFrequency[e] < 0) {
        entryFrequency[e] = frequency.applyAsLong(headword(text, lineStart[e]));
      }
      int score = score(k, glosses.index.get(g), glosses.headwordChars[e], entryFrequency[e]);
      for (int j = 0; j < k; j++) {
        stemPostings[stemN++] = posting(distinctStems[j], score, e);
      }
      for (int j = 0; j < kl; j++) {
        lightKeyPostings[lightKeyN++] = posting(distinctLightKeys[j], score, e);
      }
    }
    Table byStem = Table.of(stemKeys, Arrays.copyOf(stemPostings, stemN), entryCount);
    Table byLightKey =
        Table.of(lightKeyKeys, Arrays.copyOf(lightKeyPostings, lightKeyN), entryCount);

    // A light key whose words all have one stem and whose entries are that stem's, in the same
    // order, would change no answer: most words have no other form under their stem.
    int[] stemOfLightKey = new int[lightKeyKeys.length];
    Arrays.fill(stemOfLightKey, -2); // -2 none seen yet, -1 several
    for (int w = 0; w < wordStem.length; w++) {
      int l = wordLightKey[w];
      if (l >= 0) {
        int s = stemOfLightKey[l];
        stemOfLightKey[l] = s == -2 || s == wordStem[w] ? wordStem[w] : -1;
      }
    }
    boolean[] keep = new boolean[lightKeyKeys.length];
    for (int l = 0; l < keep.length; l++) {
      int s = stemOfLightKey[l];
      keep[l] = s < 0 || !Arrays.equals(byLightKey.postingsOf(l), byStem.postingsOf(s));
    }
    return new ReverseIndex(byStem, byLightKey.retain(keep));
  }

  private static long posting(int key, int score, int entry) {
    if (score >= 1 << SCORE_BITS) {
      throw new IllegalStateException("score out of range: " + score);
    }
    return (long) key << (SCORE_BITS + ENTRY_BITS) | (long) score << ENTRY_BITS | entry;
  }

  /**
   * Keys in sorted order, found by binary search (no hash map to fill on every load), each with
   * its entries best first: {@code postings[start[i], start[i + 1])}.
   */
  private static final class Table {
    final String[] keys;
    final int[] start;
    final int[] postings;

    private Table(String[] keys, int[] start, int[] postings) {
      this.keys = keys;
      this.start = start;
      this.postings = postings;
    }

    /** From postings made by {@link ReverseIndex#posting}; each entry is kept once per key, at its best. */
    static Table of(String[] keys, long[] packed, int entryCount) {
      Arrays.sort(packed); // by key, then score, then entry
      int[] start = new int[keys.length + 1];
      int[] postings = new int[packed.length];
      int[] lastKeyOfEntry = new int[entryCount];
      Arrays.fill(lastKeyOfEntry, -1);
      int m = 0;
      int key = 0;
      for (long p : packed) {
        int k = (int) (p >>> (SCORE_BITS + ENTRY_BITS));
        while (key < k) {
          start[++key] = m;
        }
        int e = (int) p & (1 << ENTRY_BITS) - 1;
        if (lastKeyOfEntry[e] != k) {
          lastKeyOfEntry[e] = k;
          postings[m++] = e;
        }
      }
      while (key < keys.length) {
        start[++key] = m;
      }
      return new Table(keys, start, Arrays.copyOf(postings, m));
    }

    /** The entries of {@code key}, best first; null if it is not a key. */
    int[] get(String key) {
      int i = Arrays.binarySearch(keys, key);
      return i < 0 ? null : postingsOf(i);
    }

    int[] postingsOf(int i) {
      return Arrays.copyOfRange(postings, start[i], start[i + 1]);
    }

    /** The table with only the keys {@code keep} marks. */
    Table retain(boolean[] keep) {
      List<String> kept = new ArrayList<>();
      int[] newStart = new int[keys.length + 1];
      int[] newPostings = new int[postings.length];
      int m = 0;
      for (int i = 0; i < keys.length; i++) {
        if (keep[i]) {
          newStart[kept.size()] = m;
          kept.add(keys[i]);
          for (int j = start[i]; j < start[i + 1]; j++) {
            newPostings[m++] = postings[j];
          }
        }
      }
      newStart[kept.size()] = m;
      return new Table(
          kept.toArray(new String[0]),
          Arrays.copyOf(newStart, kept.size() + 1),
          Arrays.copyOf(newPostings, m));
    }

    byte[] keyBytes() {
      return String.join("\n", keys).getBytes(StandardCharsets.UTF_8);
    }

    int byteSize(byte[] keyBytes) {
      return 4 * (3 + start.length + postings.length) + keyBytes.length;
    }

    void write(ByteBuffer b, byte[] keyBytes) {
      b.putInt(keys.length).putInt(keyBytes.length).put(keyBytes);
      putInts(b, start);
      b.putInt(postings.length);
      putInts(b, postings);
    }

    static Table read(ByteBuffer b) {
      int keyCount = b.getInt();
      int keyBytes = b.getInt();
      if (keyCount < 0 || keyBytes < 0 || keyBytes > b.remaining()) {
        throw new CorruptIndexException();
      }
      String joined = new String(b.array(), b.position(), keyBytes, StandardCharsets.UTF_8);
      String[] keys = keyCount == 0 ? new String[0] : joined.split("\n", -1);
      if (keys.length != keyCount) {
        throw new CorruptIndexException();
      }
      b.position(b.position() + keyBytes);
      int[] start = getInts(b, keyCount + 1);
      int[] postings = getInts(b, b.getInt());
      return new Table(keys, start, postings);
    }

    private static void putInts(ByteBuffer b, int[] values) {
      b.asIntBuffer().put(values);
      b.position(b.position() + 4 * values.length);
    }

    private static int[] getInts(ByteBuffer b, int n) {
      if (n < 0 || 4L * n > b.remaining()) {
        throw new CorruptIndexException();
      }
      int[] values = new int[n];
      b.asIntBuffer().get(values);
      b.position(b.position() + 4 * n);
      return values;
    }
  }

  /** The distinct non-null strings of {@code values}, sorted. */
  private static String[] sortedDistinct(String[] values) {
    return Arrays.stream(values)
        .filter(Objects::nonNull)
        .distinct()
        .sorted()
        .toArray(String[]::new);
  }

  /** The index of each value in the sorted {@code keys}; -1 for null. */
  private static int[] ids(String[] values, String[] keys) {
    int[] ids = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      ids[i] = values[i] == null ? -1 : Arrays.binarySearch(keys, values[i]);
    }
    return ids;
  }

  /** Adds {@code v} to the set {@code a[0, n)} unless present; returns the new size. */
  private static int addDistinct(int[] a, int n, int v) {
    for (int i = 0; i < n; i++) {
      if (a[i] == v) {
        return n;
      }
    }
    a[n] = v;
    return n + 1;
  }

  private static String headword(byte[] text, int lineStart) {
    int end = lineStart;
    while (text[end] != '\t') {
      end++;
    }
    return new String(text, lineStart, end - lineStart, StandardCharsets.UTF_8);
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

  /**
   * The short glosses of all entries as word ids, with the entry of each and its place among the
   * entry's glosses. No allocation per word, and one call per entry and per gloss so that the JIT
   * compiles these early: a build at load time (stale shipped index) reads 3.5 MB of glosses.
   */
  private static final class Glosses {
    final byte[] text;
    final WordTable words = new WordTable();
    final IntList wordIds = new IntList(1 << 19); // word ids of kept glosses, back to back
    final IntList ends = new IntList(1 << 18); // end of each kept gloss in wordIds
    final IntList entry = new IntList(1 << 18);
    final IntList index = new IntList(1 << 18); // 0 for an entry's first gloss, kept or not
    final int[] headwordChars;
    private final int[] bounds = new int[2 * MAX_RAW_WORDS];
    private final StopWords stopWords;

    Glosses(byte[] text, StopWords stopWords, int entryCount) {
      this.text = text;
      this.stopWords = stopWords;
      this.headwordChars = new int[entryCount];
    }

    void addEntry(int e, int lineStart, int glossStart, int lineEnd) {
      int chars = 0;
      for (int i = lineStart; text[i] != '\t'; i++) {
        chars += (text[i] & 0xC0) != 0x80 ? 1 : 0;
      }
      headwordChars[e] = chars;
      int pos = glossStart;
      for (int g = 0; pos < lineEnd; g++) {
        int end = pos;
        while (end < lineEnd && text[end] != '|') {
          end++;
        }
        addGloss(e, g, pos, end);
        pos = end + 1;
      }
    }

    private void addGloss(int e, int g, int from, int to) {
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
      index.add(g);
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

    /** Word {@code id}, lower-cased ASCII letters. */
    String word(int id) {
      int from = starts.get(id);
      return new String(pool, from, starts.get(id + 1) - from, StandardCharsets.UTF_8);
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
