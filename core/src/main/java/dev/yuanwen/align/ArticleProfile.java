package dev.yuanwen.align;

import dev.yuanwen.analysis.SegmentedArticle;
import dev.yuanwen.analysis.Token;
import dev.yuanwen.analysis.TokenType;
import dev.yuanwen.document.Article;
import dev.yuanwen.document.Paragraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the aligner needs of an article, computed once per alignment: each paragraph's simplified
 * text, its terms and the paragraphs each occurs in, its figures and its Latin tokens.
 */
final class ArticleProfile {
  final Article article;
  final int size;
  final String[] simplified;
  final List<List<Figure>> figures;
  /**
   * Per paragraph, the figures it states without writing them (今年, 百公里; {@link ImpliedFigures}):
   * they keep a point's figure from being flagged, they are no evidence.
   */
  final List<List<Figure>> implied;
  /** Content term (simplified) to the paragraphs it occurs in, ascending, no repeats. */
  final Map<String, int[]> termParagraphs;
  /** A transliterated foreign name in a paragraph (HanLP's nrf, or one part of 罗布·恩德勒). */
  record ForeignName(int paragraph, String surface, String skeleton) {}

  final List<ForeignName> foreignNames = new ArrayList<>();
  /** Latin token, lower case, to the paragraphs it occurs in and its surface there. */
  final Map<String, Map<Integer, String>> latin;

  ArticleProfile(SegmentedArticle segmented) {
    this.article = segmented.article();
    List<Paragraph> paragraphs = article.paragraphs();
    size = paragraphs.size();
    simplified = new String[size];
    figures = new ArrayList<>(size);
    termParagraphs = new HashMap<>(size * 64);
    latin = new HashMap<>();
    for (int z = 0; z < size; z++) {
      simplified[z] = segmented.simplified(z); // as ChineseSegmenter#simplified, converted with the segmentation
      figures.add(Figures.inChinese(simplified[z]));
    }
    implied = ImpliedFigures.of(simplified);
    int z = 0;
    for (Token t : segmented.tokens()) {
      while (z < size - 1 && t.start() >= segmented.end(z)) {
        z++;
      }
      if (!t.isContent() || t.type() == TokenType.NUMBER) {
        continue;
      }
      // [count, z0, z1, ...] with spare room while growing (a copy per paragraph would be quadratic
      // in a long article's common terms); trimmed below, which keeps the map's order.
      int[] where = termParagraphs.get(t.term());
      if (where == null) {
        termParagraphs.put(t.term(), new int[] {1, z, 0, 0});
      } else if (where[where[0]] != z) {
        if (where[0] + 1 == where.length) {
          where = java.util.Arrays.copyOf(where, where.length * 2);
          termParagraphs.put(t.term(), where);
        }
        where[++where[0]] = z;
      }
      if (t.type() == TokenType.NAME) {
        addForeignName(z, t);
      }
      if (t.type() == TokenType.LATIN) {
        latin.computeIfAbsent(t.term().toLowerCase(Locale.ROOT), k -> new HashMap<>()).putIfAbsent(z, t.surface());
      }
    }
    for (Map.Entry<String, int[]> e : termParagraphs.entrySet()) {
      int[] where = e.getValue();
      e.setValue(java.util.Arrays.copyOfRange(where, 1, where[0] + 1));
    }
  }

  private void addForeignName(int z, Token t) {
    String term = t.term();
    int from = 0;
    for (int i = 0; i <= term.length(); i++) {
      if (i == term.length() || !Character.isLetter(term.charAt(i))) { // the dot of 罗布·恩德勒
        if (i - from >= 2) {
          String skeleton = Transliteration.chinese(term.substring(from, i));
          if (skeleton.length() >= 2) {
            foreignNames.add(new ForeignName(z, t.surface().substring(from, i), skeleton));
          }
        }
        from = i + 1;
      }
    }
  }

  private static final int[] NONE = new int[0];
  private BigramMasks bigrams;
  /** A bit per char that is a term of its own (the single-char terms), built on first use. */
  private long[] charTerms;

  /**
   * False when {@link #paragraphsWith} would surely find no paragraph for the word {@code
   * chars[from, to)}; true when it may. Lets the aligner skip most of a word's translations without
   * building or reading their strings.
   */
  boolean mayHave(char[] chars, int from, int to) {
    if (to - from == 1) {
      if (charTerms == null) {
        long[] bits = new long[1 << 10];
        for (String term : termParagraphs.keySet()) {
          if (term.length() == 1) {
            bits[term.charAt(0) >>> 6] |= 1L << term.charAt(0);
          }
        }
        charTerms = bits;
      }
      return (charTerms[chars[from] >>> 6] & 1L << chars[from]) != 0;
    }
    if (to - from < 2) {
      return true;
    }
    if (size > 64) {
      BigramPostings postings = postings();
      for (int i = from + 1; i < to; i++) {
        if (postings.get(chars[i - 1], chars[i]) == null) {
          return false;
        }
      }
      return true;
    }
    if (bigrams == null) {
      bigrams = new BigramMasks(simplified);
    }
    long candidates = -1L;
    for (int i = from + 1; i < to && candidates != 0; i++) {
      candidates &= bigrams.get(chars[i - 1], chars[i]);
    }
    return candidates != 0;
  }

  /**
   * Paragraphs whose simplified text contains {@code chinese}, ascending. Words of two or more
   * chars are found inside longer tokens too (大模型 when HanLP cut it 大/模型); a single char must
   * be a token of its own, since inside a word it is usually another word's part.
   */
  int[] paragraphsWith(String chinese) {
    if (chinese.length() < 2) {
      return termParagraphs.getOrDefault(chinese, NONE);
    }
    if (size > 64) {
      return longArticleParagraphsWith(chinese);
    }
    if (bigrams == null) {
      bigrams = new BigramMasks(simplified);
    }
    long candidates = -1L;
    for (int i = 1; i < chinese.length() && candidates != 0; i++) {
      candidates &= bigrams.get(chinese.charAt(i - 1), chinese.charAt(i));
    }
    if (candidates == 0 && size <= 64) {
      return NONE; // most lexicon candidates stop here, without a string search
    }
    int[] hits = new int[size];
    int n = 0;
    for (int z = 0; z < size; z++) {
      if ((z >= 64 || (candidates & (1L << z)) != 0) && simplified[z].contains(chinese)) {
        hits[n++] = z;
      }
    }
    return n == 0 ? NONE : java.util.Arrays.copyOf(hits, n);
  }

  private BigramPostings postings;
  /** Long articles: each word's paragraphs, found once (many units translate to the same words). */
  private Map<String, int[]> found;

  private BigramPostings postings() {
    if (postings == null) {
      postings = new BigramPostings(simplified);
      found = new HashMap<>();
    }
    return postings;
  }

  /**
   * {@link #paragraphsWith} in an article of more than 64 paragraphs: only the paragraphs that have
   * the word's rarest pair of chars are searched, not every paragraph.
   */
  private int[] longArticleParagraphsWith(String chinese) {
    BigramPostings index = postings();
    int[] known = found.get(chinese);
    if (known != null) {
      return known;
    }
    int[] rarest = null;
    for (int i = 1; i < chinese.length(); i++) {
      int[] at = index.get(chinese.charAt(i - 1), chinese.charAt(i));
      if (at == null) {
        rarest = NONE;
        break;
      }
      if (rarest == null || at.length < rarest.length) {
        rarest = at;
      }
    }
    int[] hits = new int[rarest.length];
    int n = 0;
    for (int z : rarest) {
      if (simplified[z].contains(chinese)) {
        hits[n++] = z;
      }
    }
    int[] out = n == 0 ? NONE : java.util.Arrays.copyOf(hits, n);
    found.put(chinese, out);
    return out;
  }

  /** Per pair of adjacent chars in the article, the paragraphs that have it, ascending, no repeats. */
  private static final class BigramPostings {
    private final Map<Integer, int[]> lists = new HashMap<>();

    BigramPostings(String[] paragraphs) {
      Map<Integer, int[]> growing = new HashMap<>(); // [count, z0, z1, ...] with spare room
      for (int z = 0; z < paragraphs.length; z++) {
        String t = paragraphs[z];
        for (int i = 1; i < t.length(); i++) {
          int key = t.charAt(i - 1) << 16 | t.charAt(i);
          int[] list = growing.get(key);
          if (list == null) {
            growing.put(key, new int[] {1, z, 0, 0});
          } else if (list[list[0]] != z) {
            if (list[0] + 1 == list.length) {
              list = java.util.Arrays.copyOf(list, list.length * 2);
              growing.put(key, list);
            }
            list[++list[0]] = z;
          }
        }
      }
      for (Map.Entry<Integer, int[]> e : growing.entrySet()) {
        int[] list = e.getValue();
        lists.put(e.getKey(), java.util.Arrays.copyOfRange(list, 1, list[0] + 1));
      }
    }

    int[] get(char a, char b) {
      return lists.get(a << 16 | b);
    }
  }

  /**
   * Per pair of adjacent chars in the article, a bit per paragraph (the first 64) that has it: a
   * word can only be in paragraphs that have all its pairs. An open-addressing table, small enough
   * to stay in cache while thousands of lexicon candidates are checked.
   */
  private static final class BigramMasks {
    private final int[] keys;
    private final long[] masks;
    private final int mask;
    /**
     * A bit per hash of the pairs present (8 KB, stays in the first-level cache): most candidates'
     * first pair is not in the article, and this says so without probing the table.
     */
    private final long[] present = new long[1 << 10];

    BigramMasks(String[] paragraphs) {
      int chars = 0;
      for (String p : paragraphs) {
        chars += p.length();
      }
      int capacity = Integer.highestOneBit(Math.max(64, chars * 2) - 1) << 1;
      keys = new int[capacity];
      masks = new long[capacity];
      mask = capacity - 1;
      for (int z = 0; z < Math.min(paragraphs.length, 64); z++) {
        String t = paragraphs[z];
        for (int i = 1; i < t.length(); i++) {
          int key = key(t.charAt(i - 1), t.charAt(i));
          masks[slot(key)] |= 1L << z;
          present[filterBit(key) >>> 6] |= 1L << filterBit(key);
        }
      }
    }

    /** Never 0 for real text: a key of 0 marks an empty slot. */
    private static int key(char a, char b) {
      return (a << 16 | b) + 1;
    }

    /** 16 bits of the key's hash, other bits than {@link #hash}'s low ones. */
    private static int filterBit(int key) {
      return (key * 0x9E3779B1) >>> 16;
    }

    private int hash(int key) {
      return (key * 0x9E3779B1) >>> 12 & mask;
    }

    private int slot(int key) {
      int at = hash(key);
      while (keys[at] != 0 && keys[at] != key) {
        at = (at + 1) & mask;
      }
      keys[at] = key;
      return at;
    }

    long get(char a, char b) {
      int key = key(a, b);
      if ((present[filterBit(key) >>> 6] & 1L << filterBit(key)) == 0) {
        return 0;
      }
      for (int at = hash(key); keys[at] != 0; at = (at + 1) & mask) {
        if (keys[at] == key) {
          return masks[at];
        }
      }
      return 0;
    }
  }

}
