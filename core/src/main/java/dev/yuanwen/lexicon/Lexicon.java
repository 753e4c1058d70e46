package dev.yuanwen.lexicon;

import dev.yuanwen.analysis.ChineseSegmenter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Chinese-English lexicon, derived from CC-CEDICT (CC BY-SA 4.0, see NOTICE): cleaned English
 * glosses by simplified or traditional headword, Chinese words by English word, and greedy
 * dictionary segmentation. Immutable and thread-safe.
 *
 * <p>The resource stays one UTF-8 byte array with entries addressed by offsets, not ~115,000 entry
 * objects or a decoded String: loading is then mostly one pass over the bytes, and the heap cost
 * stays near the size of the text.
 */
public final class Lexicon {
  private static final Logger LOG = LoggerFactory.getLogger(Lexicon.class);
  static final String RESOURCE = "cedict.tsv.gz";
  /** At most this many words from {@link #chineseFor}. */
  public static final int MAX_CHINESE_FOR = 50;

  /** One lexicon entry: readings of the same simplified headword are merged into one. */
  public record Entry(String simplified, String traditional, String pinyin, List<String> glosses) {}

  /**
   * What loading cost; for logs and measurements. Times in milliseconds from the start: resource
   * read and inflated, lines laid out, all done.
   */
  record LoadStats(
      int entries, int keys, int stems, int postings, long inflated, long laidOut, long millis) {}

  private final byte[] text; // the resource, UTF-8
  private final int[] lineStart; // entry e is text[lineStart[e], lineStart[e + 1] - 1)
  private final int[] glossStart; // where the glosses of entry e start
  private final int entryCount;
  private final Headwords headwords;
  private final ReverseIndex reverse;
  private final LoadStats stats;
  /** The user's terms, in front of CC-CEDICT's; {@link UserDictionary#empty()} for none. */
  private final UserDictionary user;
  /** The lexicon this one is a view of (its lazily built tables are shared), or null. */
  private final Lexicon base;

  /** A merged view: {@code base}'s tables, not copied, with {@code user}'s entries in front. */
  private Lexicon(Lexicon base, UserDictionary user) {
    this.text = base.text;
    this.lineStart = base.lineStart;
    this.glossStart = base.glossStart;
    this.entryCount = base.entryCount;
    this.headwords = base.headwords;
    this.reverse = base.reverse;
    this.stats = base.stats;
    this.user = user;
    this.base = base;
  }

  private Lexicon(byte[] text, int crc, Background<byte[]> shippedIndexJob, long startNanos) {
    long inflated = System.nanoTime();
    this.user = UserDictionary.empty();
    this.base = null;
    this.text = text;
    Layout layout = Layout.of(text);
    this.lineStart = layout.lineStart;
    this.glossStart = layout.glossStart;
    this.entryCount = layout.entries;
    // The headword table and the English index only share the layout: build them side by side.
    Background<Headwords> headwordsJob =
        Background.start("headwords", () -> new Headwords(text, layout));
    long indexed = System.nanoTime();
    ReverseIndex shipped = shippedIndex(shippedIndexJob.join(), crc, entryCount);
    reverse = shipped != null ? shipped : ReverseIndex.build(text, lineStart, glossStart, entryCount);
    this.headwords = headwordsJob.join();
    long done = System.nanoTime();
    stats =
        new LoadStats(
            entryCount,
            headwords.keyCount(),
            reverse.stemCount(),
            reverse.postingCount(),
            (inflated - startNanos) / 1_000_000,
            (indexed - startNanos) / 1_000_000,
            (done - startNanos) / 1_000_000);
  }

  /** The prebuilt English index, inflated; null if it is not on the classpath. */
  private static byte[] shippedIndexBytes() {
    try (InputStream in = Lexicon.class.getResourceAsStream(ReverseIndex.RESOURCE)) {
      return in == null ? null : gunzip(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon resource " + ReverseIndex.RESOURCE, e);
    }
  }

  /** The prebuilt English index if it matches this text; else null, and the index is built. */
  private static ReverseIndex shippedIndex(byte[] data, int crc, int entryCount) {
    ReverseIndex index = data == null ? null : ReverseIndex.fromBytes(data, crc, entryCount);
    if (index == null && entryCount > 1000) { // small hand-made lexicons in tests never match
      LOG.warn("{} is missing, damaged or built from another lexicon text; building the English"
          + " index instead, which takes a second or so (regenerate it: see tools/cedict/README.md)",
          ReverseIndex.RESOURCE);
    }
    return index;
  }

  /** The lexicon from the bundled resource, loaded on first use, once per JVM. */
  public static Lexicon shared() {
    return Holder.SHARED;
  }

  // Class initialisation is the lock: loaded once, on first call, visible to all threads.
  private static final class Holder {
    static final Lexicon SHARED = loadResource();
  }

  private static Lexicon loadResource() {
    try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("lexicon resource missing from the classpath: " + RESOURCE);
      }
      Lexicon lexicon = read(in);
      LoadStats s = lexicon.stats;
      LOG.info(
          "Loaded lexicon: {} entries, {} headword keys, {} English stems, {} postings in {} ms"
              + " (read and inflated at {} ms, lines laid out at {} ms)",
          s.entries(),
          s.keys(),
          s.stems(),
          s.postings(),
          s.millis(),
          s.inflated(),
          s.laidOut());
      return lexicon;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon resource " + RESOURCE, e);
    }
  }

  /** Reads a gzipped lexicon in the resource format (see tools/cedict/README.md). */
  static Lexicon read(InputStream gzipped) throws IOException {
    long t0 = System.nanoTime();
    byte[] gz = gzipped.readAllBytes();
    // The shipped English index (2 MB) is read meanwhile: it is checked against the text's CRC,
    // which the gzip trailer holds, and its entry count, once the text is laid out.
    Background<byte[]> shippedIndex = Background.start("index", Lexicon::shippedIndexBytes);
    // Kept as UTF-8 bytes: decoding 7 MB up front would cost more than the rest of the load.
    byte[] text = gunzip(gz);
    return new Lexicon(text, contentCrc(gz), shippedIndex, t0);
  }

  /** CRC-32 of a gzip file's content, from its trailer (checked by {@link #gunzip}). */
  static int contentCrc(byte[] gz) {
    return littleEndianInt(gz, gz.length - 8);
  }

  /**
   * Inflates a single-member gzip file straight into an array of its final size (the trailer
   * holds it), which halves the time of reading through GZIPInputStream.
   */
  static byte[] gunzip(byte[] gz) throws IOException {
    if (gz.length < 18 || (gz[0] & 0xFF) != 0x1F || (gz[1] & 0xFF) != 0x8B || gz[2] != 8) {
      throw new IOException("not a gzip file");
    }
    int flags = gz[3];
    int pos = 10;
    if ((flags & 4) != 0) { // FEXTRA
      pos += 2 + ((gz[pos] & 0xFF) | (gz[pos + 1] & 0xFF) << 8);
    }
    for (int flag : new int[] {8, 16}) { // FNAME, FCOMMENT: zero-terminated
      if ((flags & flag) != 0) {
        while (gz[pos++] != 0) {
          // skip
        }
      }
    }
    if ((flags & 2) != 0) { // FHCRC
      pos += 2;
    }
    int size = littleEndianInt(gz, gz.length - 4);
    if (size < 0) {
      throw new IOException("larger than 2 GiB");
    }
    byte[] out = new byte[size];
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(gz, pos, gz.length - 8 - pos);
      int n = 0;
      while (n < size) {
        int r = inflater.inflate(out, n, size - n);
        if (r == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        n += r;
      }
      if (n != size) {
        throw new IOException("truncated gzip data");
      }
    } catch (DataFormatException e) {
      throw new IOException("corrupt gzip data", e);
    } finally {
      inflater.end();
    }
    CRC32 crc = new CRC32();
    crc.update(out);
    if ((int) crc.getValue() != littleEndianInt(gz, gz.length - 8)) {
      throw new IOException("gzip checksum mismatch");
    }
    return out;
  }

  private static int littleEndianInt(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
  }

  LoadStats stats() {
    return stats;
  }

  /**
   * This lexicon with the user's entries in front: a view sharing this lexicon's tables, not a copy.
   * {@link #glosses}, {@link #contains}, {@link #entry} and {@link #chineseFor} give the user's
   * translations first; the rest (pinyin, longest-match segmentation) stays CC-CEDICT's. An empty
   * dictionary gives this lexicon; a view's view merges with the first view's base only.
   */
  public Lexicon with(UserDictionary dictionary) {
    Objects.requireNonNull(dictionary, "dictionary");
    Lexicon root = base == null ? this : base;
    return dictionary.isEmpty() ? root : new Lexicon(root, dictionary);
  }

  /** The user's entries this lexicon puts in front of CC-CEDICT's ({@link UserDictionary#empty()} for none). */
  public UserDictionary userDictionary() {
    return user;
  }

  /** Number of entries (distinct simplified headwords). */
  public int size() {
    return entryCount;
  }

  /** Whether {@code chinese} is a simplified or traditional headword (or one of the user's terms). */
  public boolean contains(String chinese) {
    return find(chinese) >= 0 || user.contains(chinese);
  }

  /**
   * Cleaned English glosses of a simplified or traditional headword, the user's first; empty if
   * unknown.
   */
  public List<String> glosses(String chinese) {
    int e = find(chinese);
    List<String> dictionary = e < 0 ? List.of() : glossesOf(e);
    List<String> mine = user.glosses(chinese);
    if (mine.isEmpty()) {
      return dictionary;
    }
    Set<String> both = new LinkedHashSet<>(mine);
    both.addAll(dictionary);
    return List.copyOf(both);
  }

  /** Numbered pinyin of the headword's main reading, e.g. {@code "an1 quan2"}; null if unknown. */
  public String pinyin(String chinese) {
    int e = find(chinese);
    return e < 0 ? null : field(e, 2);
  }

  /**
   * Words of two or more syllables whose main reading, without tones and spaces, is {@code
   * letters}: names written in pinyin ({@code xiaoxitian} is 小西天, {@code shanghai} 上海). Any
   * case; {@code ü} may be written {@code v} or {@code u}. The table is built at the first call
   * (about a tenth of a second). Empty for anything else.
   */
  public List<String> wordsForPinyin(String letters) {
    if (letters == null || letters.length() < 4) {
      return List.of();
    }
    return byPinyin().getOrDefault(letters.toLowerCase(java.util.Locale.ROOT).replace('ü', 'u').replace('v', 'u'), List.of());
  }

  private volatile Map<String, List<String>> byPinyin;

  private Map<String, List<String>> byPinyin() {
    if (base != null) {
      return base.byPinyin();
    }
    Map<String, List<String>> table = byPinyin;
    if (table == null) {
      synchronized (this) {
        if (byPinyin == null) {
          Map<String, List<String>> built = new java.util.HashMap<>(entryCount);
          for (int e = 0; e < entryCount; e++) {
            String reading = field(e, 2);
            if (reading.indexOf(' ') < 0) {
              continue; // one syllable: too many words share it to say which is meant
            }
            String key = reading.toLowerCase(java.util.Locale.ROOT).replaceAll("[0-9 :]", "").replace('v', 'u');
            built.computeIfAbsent(key, k -> new ArrayList<>(1)).add(field(e, 0));
          }
          byPinyin = built;
        }
        table = byPinyin;
      }
    }
    return table;
  }

  /**
   * The entry of a simplified or traditional headword. {@code traditional} is the main traditional
   * form; a traditional headword leads to the entry of its simplified form.
   */
  public Optional<Entry> entry(String chinese) {
    int e = find(chinese);
    if (user.contains(chinese)) {
      Entry cedict = e < 0 ? null : entryAt(e);
      String simplified = cedict != null ? cedict.simplified() : ChineseSegmenter.shared().simplified(chinese);
      return Optional.of(new Entry(simplified, cedict != null ? cedict.traditional() : chinese,
          cedict != null ? cedict.pinyin() : "", glosses(chinese)));
    }
    return e < 0 ? Optional.empty() : Optional.of(entryAt(e));
  }

  /**
   * Simplified Chinese words having a short gloss (at most four content words) with the English
   * word in it, best first. Words whose gloss has the word itself, up to a plural ending
   * ("universities" for "university"), come before words that only share its Porter stem
   * ("universe"); within each group, words the word glosses on its own before those where it is one
   * word of several, main senses before late ones, and common words before rare ones (see
   * tools/cedict/README.md). With several content words, the first one ranks and every other one
   * must occur in the entry's short glosses too. At most {@value #MAX_CHINESE_FOR} words; empty
   * for stop words and unknown words.
   */
  public List<String> chineseFor(String english) {
    if (english == null || english.isBlank()) {
      return List.of();
    }
    if (!user.isEmpty()) {
      List<String> mine = user.chineseFor(english);
      if (!mine.isEmpty()) {
        Set<String> both = new LinkedHashSet<>(mine);
        both.addAll(dictionaryFor(english));
        return List.copyOf(both).subList(0, Math.min(both.size(), MAX_CHINESE_FOR));
      }
    }
    return dictionaryFor(english);
  }

  private List<String> dictionaryFor(String english) {
    String word = english.strip().toLowerCase(java.util.Locale.ROOT);
    String singular = IRREGULAR_PLURALS.get(word);
    if (singular == null && word.endsWith("men") && word.length() > 5 && word.indexOf(' ') < 0) {
      singular = word.substring(0, word.length() - 3) + "man"; // fishermen, spokesmen
    }
    if (singular != null) {
      // The stemmer leaves irregular plurals alone: the singular's words come first.
      Set<String> both = new LinkedHashSet<>(lookUp(singular));
      both.addAll(lookUp(english));
      return List.copyOf(both).subList(0, Math.min(both.size(), MAX_CHINESE_FOR));
    }
    return lookUp(english);
  }

  /** Irregular plurals and their singulars. */
  private static final Map<String, String> IRREGULAR_PLURALS = Map.of(
      "children", "child", "people", "person", "women", "woman", "men", "man", "mice", "mouse",
      "feet", "foot", "teeth", "tooth", "geese", "goose", "lives", "life", "wives", "wife");

  private List<String> lookUp(String english) {
    List<ReverseIndex.Term> terms = ReverseIndex.terms(english);
    if (terms.isEmpty()) {
      return List.of();
    }
    if (terms.size() == 1) {
      return new LazyHeadwords(reverse.entries(terms.get(0), MAX_CHINESE_FOR));
    }
    int[] best = reverse.entries(terms.get(0));
    int[][] required = new int[terms.size() - 1][];
    for (int t = 1; t < terms.size(); t++) {
      required[t - 1] = reverse.entries(terms.get(t)).clone();
      java.util.Arrays.sort(required[t - 1]);
    }
    int[] out = new int[Math.min(best.length, MAX_CHINESE_FOR)];
    int n = 0;
    for (int i = 0; i < best.length && n < out.length; i++) {
      boolean all = true;
      for (int[] r : required) {
        all &= java.util.Arrays.binarySearch(r, best[i]) >= 0;
      }
      if (all) {
        out[n++] = best[i];
      }
    }
    return new LazyHeadwords(java.util.Arrays.copyOf(out, n));
  }

  /**
   * The simplified headwords of entries, each decoded when first asked for: a caller usually takes
   * the first few of fifty.
   */
  private final class LazyHeadwords extends java.util.AbstractList<String> implements java.util.RandomAccess {
    private final int[] entries;
    private final String[] words;

    LazyHeadwords(int[] entries) {
      this.entries = entries;
      this.words = new String[entries.length];
    }

    @Override
    public String get(int i) {
      String w = words[i];
      if (w == null) {
        w = field(entries[i], 0);
        words[i] = w;
      }
      return w;
    }

    @Override
    public int size() {
      return entries.length;
    }
  }

  /**
   * Greedy longest-match segmentation: from left to right, the longest headword (simplified or
   * traditional) starting at each position, else the single character there. Catches dictionary
   * words a statistical segmenter splits differently. The pieces concatenate back to the input.
   */
  public List<String> longestMatches(String chinese) {
    byte[] utf8 = chinese.getBytes(StandardCharsets.UTF_8);
    // Code point k starts at char chars[k] and byte bytes[k] of the input.
    int points = chinese.codePointCount(0, chinese.length());
    int[] chars = new int[points + 1];
    int[] bytes = new int[points + 1];
    for (int k = 0, c = 0, b = 0; k < points; k++) {
      chars[k] = c;
      bytes[k] = b;
      int cp = chinese.codePointAt(c);
      c += Character.charCount(cp);
      b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
    chars[points] = chinese.length();
    bytes[points] = utf8.length;
    List<String> out = new ArrayList<>();
    for (int k = 0; k < points; ) {
      int next = headwords.longestAt(utf8, bytes, k, points);
      out.add(chinese.substring(chars[k], chars[next]));
      k = next;
    }
    return out;
  }

  /** The entry number of a simplified or traditional headword, or -1; for whole-lexicon tables. */
  int entryNumber(String chinese) {
    return find(chinese);
  }

  /**
   * The numbers of the entries one of whose short glosses has a word with this Porter stem (as
   * {@link dev.yuanwen.analysis.EnglishTerms} makes it), sorted; empty if none.
   */
  int[] entriesWithStem(String stem) {
    int[] entries = reverse.entriesWithStem(stem).clone();
    java.util.Arrays.sort(entries);
    return entries;
  }

  private int find(String chinese) {
    if (chinese == null) {
      return -1;
    }
    byte[] utf8 = chinese.getBytes(StandardCharsets.UTF_8);
    return headwords.find(utf8, 0, utf8.length);
  }

  private Entry entryAt(int e) {
    String trad = field(e, 1);
    int bar = trad.indexOf('|');
    return new Entry(field(e, 0), bar < 0 ? trad : trad.substring(0, bar), field(e, 2), glossesOf(e));
  }

  private List<String> glossesOf(int e) {
    int from = glossStart[e];
    int end = lineStart[e + 1] - 1;
    List<String> out = new ArrayList<>();
    while (from < end) {
      int to = from;
      while (to < end && text[to] != '|') {
        to++;
      }
      out.add(new String(text, from, to - from, StandardCharsets.UTF_8));
      from = to + 1;
    }
    return Collections.unmodifiableList(out);
  }

  /** Field {@code k} (0 simplified, 1 traditional forms, 2 pinyin, 3 glosses) of entry {@code e}. */
  private String field(int e, int k) {
    int from = lineStart[e];
    int end = lineStart[e + 1] - 1;
    for (int i = 0; i < k; i++) {
      while (text[from] != '\t') {
        from++;
      }
      from++;
    }
    int to = from;
    while (to < end && text[to] != '\t') {
      to++;
    }
    return new String(text, from, to - from, StandardCharsets.UTF_8);
  }

  /** All simplified headwords, in resource order; for whole-lexicon checks. */
  List<String> headwords() {
    List<String> out = new ArrayList<>(entryCount);
    for (int e = 0; e < entryCount; e++) {
      out.add(field(e, 0));
    }
    return out;
  }

  /** Glosses of every entry, for whole-lexicon checks. */
  Set<String> allGlosses() {
    Set<String> out = new LinkedHashSet<>();
    for (int e = 0; e < entryCount; e++) {
      out.addAll(glossesOf(e));
    }
    return out;
  }
}
