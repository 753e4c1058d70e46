package dev.yuanwen.align;

import dev.yuanwen.analysis.SegmentedArticle;
import dev.yuanwen.document.Article;
import dev.yuanwen.document.Digest;
import dev.yuanwen.document.Point;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores every point against every paragraph. A point is a set of {@link Unit units} (words by
 * stem, figures, Latin tokens, pinyin names); each unit weighs by how rare it is in the article;
 * a paragraph's score for a point is the share of the point's weight it matches. Sentence scores
 * do the same per English sentence, which finds the several sources of a point that merges them.
 */
final class Scoring {
  /** Lexicon candidates past these ranks are looser translations. */
  private static final int CLOSE_RANK = 5;
  private static final int FAR_RANK = 20;
  /** A paragraph matched only by figures has no share of words; it still ranks, by its score. */
  private static final double MIN_SHARE = 1e-4;
  /** Translations past this rank add time, not matches. */
  private static final int MAX_CANDIDATES = 30;

  final ArticleProfile article;
  final Digest digest;
  final List<EnglishPoint> points = new ArrayList<>();
  /** Per point, its units (each once). */
  final List<List<Unit>> units = new ArrayList<>();
  /** Per point, per unit, a bit set of the English sentences it occurs in. */
  final List<long[]> unitSentences = new ArrayList<>();
  /**
   * Per point, per word: the word in lower case and its stem and translations (null for a stop
   * word), looked up once per distinct word.
   */
  private final List<String[]> lowers = new ArrayList<>();
  private final List<Bridge.Word[]> lookups = new ArrayList<>();
  private final Map<String, Bridge.Word> wordLookups = new HashMap<>();
  /** {@code [point][paragraph]} in [0, 1]. */
  double[][] score;
  /** {@code [point][paragraph]}: the share of the paragraph's (idf-weighted) words the point matches, in [0, 1]. */
  double[][] share;
  /** Per point, per English sentence, per paragraph. */
  double[][][] sentenceScore;

  private final Bridge bridge;
  /** Units by kind and key (stem, name key, number word, figure surface), shared by the points. */
  private final Map<String, Unit> wordUnits = new HashMap<>();
  private final Map<String, Unit> nameUnits = new HashMap<>();
  private final Map<String, Unit> numberUnits = new HashMap<>();
  private final Map<String, Unit> figureUnits = new HashMap<>();
  /** Name key to where each paragraph spells it in pinyin (null where it does not): the search runs once per name. */
  private final Map<String, int[][]> nameSpans = new HashMap<>();
  private Map<String, List<String>> glossIndex;

  Scoring(SegmentedArticle article, Digest digest, List<Aligner.WeightedSignal> signals) {
    this(article, digest, signals, Bridge.shared());
  }

  Scoring(SegmentedArticle article, Digest digest, List<Aligner.WeightedSignal> signals, Bridge bridge) {
    this.bridge = bridge;
    this.article = new ArticleProfile(article);
    this.digest = digest;
    score(signals, article.article(), digest);
  }

  int paragraphs() {
    return article.size;
  }

  /**
   * Whether unit {@code u}'s match in paragraph {@code z} is a translation: not a dictionary match
   * by stem alone ({@link Bridge#translates}: 内部 "internal" for "international", 问题 "question" for
   * "questioned"). Such a match still ranks paragraphs, as before, but is no evidence.
   */
  boolean isTranslation(Unit u, int z) {
    return u.kinds[z] != Evidence.Kind.DICTIONARY || bridge.translates(u.english, u.chinese[z]);
  }

  private void score(List<Aligner.WeightedSignal> signals, Article article, Digest digest) {
    int n = this.article.size;
    for (Point p : digest.points()) {
      EnglishPoint ep = new EnglishPoint(p);
      points.add(ep);
      String[] lower = new String[ep.words.size()];
      Bridge.Word[] lookup = new Bridge.Word[lower.length];
      for (int w = 0; w < lower.length; w++) {
        lower[w] = ep.words.get(w).surface().toLowerCase(Locale.ROOT);
        if (!EnglishStopWords.WORDS.contains(lower[w])) {
          lookup[w] = wordLookups.computeIfAbsent(lower[w], bridge::word);
        }
      }
      lowers.add(lower);
      lookups.add(lookup);
    }
    List<Map<Unit, Long>> founds = new ArrayList<>(points.size());
    for (int i = 0; i < points.size(); i++) {
      Map<Unit, Long> found = new LinkedHashMap<>();
      collectUnits(points.get(i), lowers.get(i), lookups.get(i), found);
      founds.add(found);
    }
    for (LoneSurname lone : loneSurnames) {
      int[][] spans = surnames.get(lone.lower);
      if (spans != null) {
        add(founds.get(lone.point), surnameUnit(lone.lower, lone.surface, spans), lone.sentence);
      }
    }
    for (Map<Unit, Long> found : founds) {
      units.add(new ArrayList<>(found.keySet()));
      long[] bits = new long[found.size()];
      int k = 0;
      for (long b : found.values()) {
        bits[k++] = b;
      }
      unitSentences.add(bits);
    }
    for (Map<String, Unit> shared : List.of(wordUnits, nameUnits, numberUnits, figureUnits)) {
      for (Unit u : shared.values()) {
        u.finish(n);
      }
    }
    score = new double[points.size()][];
    sentenceScore = new double[points.size()][][];
    for (int i = 0; i < points.size(); i++) {
      score[i] = coverage(units.get(i), null, -1);
      int sentences = points.get(i).sentences;
      sentenceScore[i] = new double[sentences][];
      for (int k = 0; k < sentences; k++) {
        sentenceScore[i][k] = sentences == 1 ? score[i] : coverage(units.get(i), unitSentences.get(i), k);
      }
    }
    double[][] paragraphShare = paragraphShares();
    share = paragraphShare;
    rank = new double[score.length][n];
    for (int i = 0; i < score.length; i++) {
      for (int z = 0; z < n; z++) {
        rank[i][z] = score[i][z] * Math.sqrt(Math.max(paragraphShare[i][z], MIN_SHARE));
      }
    }
    mix(signals, article, digest);
  }

  /**
   * {@code [point][paragraph]}: what ranks paragraphs for a point. The point's share matched times
   * the square root of the paragraph's share matched: of two paragraphs that match the point alike,
   * the one more about it ranks first.
   */
  double[][] rank;

  /** By document frequency, 0 to the paragraphs: an article's terms take only so many values. */
  private double[] chineseIdfs;

  private double chineseIdf(int df) {
    if (chineseIdfs == null) {
      chineseIdfs = new double[article.size + 1];
      for (int k = 0; k <= article.size; k++) {
        chineseIdfs[k] = Math.log((article.size + 1.0) / (Math.max(k, 1) + 0.5));
      }
    }
    return chineseIdfs[df];
  }

  private double[][] paragraphShares() {
    double[] total = new double[article.size];
    for (Map.Entry<String, int[]> e : article.termParagraphs.entrySet()) {
      double idf = chineseIdf(e.getValue().length);
      for (int z : e.getValue()) {
        total[z] += idf;
      }
    }
    // Each distinct Chinese word a unit matched (not as a number) gets an id and its idf once;
    // per unit, the paragraphs it matched a word in and that word's id: computed once, not per point.
    Map<String, Integer> ids = new HashMap<>();
    double[] idf = new double[16];
    for (List<Unit> us : units) {
      for (Unit u : us) {
        if (u.shareWhere != null) {
          continue;
        }
        int[] where = new int[u.matched.length];
        int[] at = new int[u.matched.length];
        int k = 0;
        String last = null; // a unit often matched the same string in several paragraphs
        int lastId = -1;
        for (int z : u.matched) {
          String zh = u.chinese[z];
          if (zh == null || u.kinds[z] == Evidence.Kind.NUMBER) {
            continue;
          }
          if (zh != last) {
            Integer id = ids.get(zh);
            if (id == null) {
              id = ids.size();
              ids.put(zh, id);
              if (id == idf.length) {
                idf = java.util.Arrays.copyOf(idf, id * 2);
              }
              idf[id] = chineseIdf(article.paragraphsWith(zh).length);
            }
            last = zh;
            lastId = id;
          }
          where[k] = z;
          at[k++] = lastId;
        }
        u.shareWhere = java.util.Arrays.copyOf(where, k);
        u.shareAt = java.util.Arrays.copyOf(at, k);
      }
    }
    // Each Chinese word counts once per (point, paragraph); units add in their order at each
    // paragraph, as a sweep over every paragraph would, so the sums are the same to the bit.
    PairSet counted = new PairSet();
    double[][] out = new double[points.size()][article.size];
    for (int i = 0; i < points.size(); i++) {
      double[] matched = out[i];
      counted.clear();
      for (Unit u : units.get(i)) {
        int[] where = u.shareWhere;
        int[] at = u.shareAt;
        for (int k = 0; k < where.length; k++) {
          if (counted.add(where[k], at[k])) {
            matched[where[k]] += idf[at[k]];
          }
        }
      }
      for (int z = 0; z < article.size; z++) {
        matched[z] = total[z] > 0 ? Math.min(1, matched[z] / total[z]) : 0;
      }
    }
    return out;
  }

  /** A set of (paragraph, word id) pairs, cleared in constant time: open addressing with a generation per slot. */
  private static final class PairSet {
    private long[] keys = new long[256];
    private int[] stamps = new int[256];
    private int stamp = 1;
    private int size;

    void clear() {
      stamp++;
      size = 0;
    }

    boolean add(int z, int id) {
      if (2 * (size + 1) > keys.length) {
        grow();
      }
      long key = (long) z << 32 | id;
      int mask = keys.length - 1;
      for (int at = (int) (key * 0x9E3779B97F4A7C15L >>> 32) & mask; ; at = (at + 1) & mask) {
        if (stamps[at] != stamp) {
          stamps[at] = stamp;
          keys[at] = key;
          size++;
          return true;
        }
        if (keys[at] == key) {
          return false;
        }
      }
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldStamps = stamps;
      keys = new long[oldKeys.length * 2];
      stamps = new int[oldKeys.length * 2];
      int live = stamp;
      stamp = 1;
      size = 0;
      for (int k = 0; k < oldKeys.length; k++) {
        if (oldStamps[k] == live) {
          add((int) (oldKeys[k] >>> 32), (int) oldKeys[k]);
        }
      }
    }
  }

  /** Share of the point's (or one of its sentences') checkable weight each paragraph matches. */
  private double[] coverage(List<Unit> us, long[] sentenceBits, int sentence) {
    double[] out = new double[article.size];
    // a paragraph that only a one-character function word (和, 为, 两) matches is not matched at all
    boolean[] supported = new boolean[article.size];
    double total = 0;
    for (int u = 0; u < us.size(); u++) {
      Unit unit = us.get(u);
      if (sentenceBits != null && (sentenceBits[u] & (1L << Math.min(sentence, 63))) == 0) {
        continue;
      }
      if (unit.checkable) {
        total += unit.weight;
      }
      for (int z : unit.matched) { // adding the other paragraphs' 0 would change nothing
        out[z] += unit.weight * unit.strength[z];
        supported[z] |= !FunctionWords.isFunctionWord(unit.chinese[z]) || unit.kinds[z] == Evidence.Kind.NAME;
      }
    }
    for (int z = 0; z < out.length; z++) {
      out[z] = total > 0 && supported[z] ? Math.min(1, out[z] / total) : 0;
    }
    return out;
  }

  private void mix(List<Aligner.WeightedSignal> signals, Article a, Digest d) {
    if (signals.isEmpty()) {
      return;
    }
    double totalWeight = 1;
    for (Aligner.WeightedSignal s : signals) {
      totalWeight += s.weight();
    }
    for (int i = 0; i < score.length; i++) {
      for (int z = 0; z < score[i].length; z++) {
        score[i][z] /= totalWeight;
        rank[i][z] /= totalWeight;
      }
    }
    for (Aligner.WeightedSignal s : signals) {
      double[][] sim = s.signal().similarity(a, d);
      if (sim == null || sim.length != score.length) {
        throw new IllegalStateException("signal " + s.signal() + " gave no row per point");
      }
      for (int i = 0; i < score.length; i++) {
        if (sim[i].length != score[i].length) {
          throw new IllegalStateException("signal " + s.signal() + " gave no column per paragraph");
        }
        for (int z = 0; z < score[i].length; z++) {
          double v = s.weight() / totalWeight * Math.max(0, Math.min(1, sim[i][z]));
          score[i][z] += v;
          rank[i][z] += v;
        }
      }
    }
  }

  private void collectUnits(EnglishPoint ep, String[] lower, Bridge.Word[] lookup, Map<Unit, Long> found) {
    List<EnglishPoint.Word> words = ep.words;
    boolean[] inName = new boolean[words.size()];
    for (int w = 0; w < words.size(); w++) {
      boolean titleCase = ep.point.kind() == Point.Kind.HEADING || words.get(w).start() < ep.labelEnd;
      int end = nameRunEnd(words, w);
      // Wade-Giles or Cantonese (Tsai Ing-wen, Tsim Sha Tsui): only where the words make no pinyin
      // name the article spells (Wang Mei-ling stays the pinyin Wang Mei), and only if the article
      // spells it.
      int wide = romanizedRunEnd(ep, words, w);
      if (wide > w && (end == w || !isName(words, w, end, titleCase) || !nameFound(words, w, end))
          && addRomanizedName(found, ep, words, w, wide, titleCase, inName)) {
        w = wide - 1;
        continue;
      }
      if (end == w) {
        continue;
      }
      if (!nameFound(words, w, end)) {
        // "China Hao Yusheng": words the dictionary finds in the article are words, not the name
        int from = w;
        for (int k = w; k <= end; k++) {
          if (k == end || knownInArticle(words.get(k).surface())) {
            if (isName(words, from, k, titleCase)) {
              addName(found, words, from, k, inName);
            }
            from = k + 1;
          }
        }
      } else if (isName(words, w, end, titleCase)) {
        addName(found, words, w, end, inName);
      }
      w = end - 1;
    }
    for (int w = 0; w < words.size(); w++) {
      EnglishPoint.Word word = words.get(w);
      if (inName[w]) {
        continue;
      }
      if (word.capitalized() && !word.latinLike() && mayBeSurname(word.surface())) {
        loneSurnames.add(new LoneSurname(points.indexOf(ep), lower[w], word.surface(), word.sentence()));
      }
      Unit u = wordUnit(word, lower[w], lookup[w]);
      if (u != null) {
        add(found, u, word.sentence());
      }
    }
    for (Figure f : Figures.inEnglish(ep.text)) {
      add(found, figureUnit(f), sentenceAt(ep, f.start()));
    }
  }

  private void addName(Map<Unit, Long> found, List<EnglishPoint.Word> words, int from, int end, boolean[] inName) {
    StringBuilder surface = new StringBuilder();
    for (int k = from; k < end; k++) {
      surface.append(k > from ? " " : "").append(words.get(k).surface());
      inName[k] = true;
    }
    String key = nameKey(words, from, end);
    add(found, nameUnit(key, surface.toString(), nameSpans(key)), words.get(from).sentence());
  }

  /**
   * End (exclusive) of the run from {@code w} of capitalized words, separated by spaces only, or
   * joined by a hyphen ("Ing-wen", "Kai-shek"), that spell syllables of Wade-Giles or Cantonese,
   * one of them at least not an ordinary English word; {@code w} if there is none.
   */
  private int romanizedRunEnd(EnglishPoint ep, List<EnglishPoint.Word> words, int w) {
    int end = w;
    boolean foreign = false;
    while (end < words.size()) {
      EnglishPoint.Word word = words.get(end);
      boolean joined = end > w && hyphenJoined(ep, words.get(end - 1), word);
      boolean next = end == w ? word.capitalized() : joined || word.capitalized() && word.spaced() && !word.opensSentence();
      if (!next || word.latinLike() || Romanization.readings(word.surface()).isEmpty()) {
        break;
      }
      foreign |= !bridge.isEnglishWord(word.surface());
      end++;
    }
    return foreign ? end : w;
  }

  private static boolean hyphenJoined(EnglishPoint ep, EnglishPoint.Word before, EnglishPoint.Word word) {
    int at = word.start() - 1;
    return at > before.start() && ep.text.charAt(at) == '-'
        && before.start() + before.surface().length() == at;
  }

  /**
   * Adds words [from, end) as a name read in Wade-Giles or Cantonese if some paragraph spells it:
   * two or more words, or one of two or more syllables that the lexicon does not know, outside a
   * title-case label and not opening a sentence (as {@link #isName}). Whether it did.
   */
  private boolean addRomanizedName(Map<Unit, Long> found, EnglishPoint ep, List<EnglishPoint.Word> words, int from,
      int end, boolean titleCase, boolean[] inName) {
    String surface = ep.text.substring(words.get(from).start(),
        words.get(end - 1).start() + words.get(end - 1).surface().length());
    if (end - from == 1) {
      EnglishPoint.Word word = words.get(from);
      int fewest = Integer.MAX_VALUE;
      for (Romanization.Reading r : Romanization.readings(word.surface())) {
        fewest = Math.min(fewest, r.syllables().length);
      }
      if (titleCase || word.opensSentence() || fewest < 2 || !bridge.chineseFor(surface).isEmpty()) {
        return false;
      }
    }
    StringBuilder key = new StringBuilder("~");
    List<List<Romanization.Reading>> readings = new ArrayList<>(end - from);
    for (int k = from; k < end; k++) {
      key.append(k > from ? " " : "").append(words.get(k).surface().toLowerCase(Locale.ROOT));
      readings.add(Romanization.readings(words.get(k).surface()));
    }
    int[][] spans = nameSpans.get(key.toString());
    if (spans == null) {
      spans = new int[article.size][];
      Romanization.Name name = new Romanization.Name(readings);
      for (int z = 0; z < article.size; z++) {
        spans[z] = Romanization.find(article.simplified[z], name);
      }
      nameSpans.put(key.toString(), spans);
    }
    boolean any = false;
    for (int[] at : spans) {
      any |= at != null;
    }
    if (!any) {
      return false;
    }
    for (int k = from; k < end; k++) {
      inName[k] = true;
    }
    if (end - from >= 2 && !hyphenJoined(ep, words.get(from), words.get(from + 1))) {
      addSurname(words.get(from).surface().toLowerCase(Locale.ROOT), words.get(from).surface(), spans);
    }
    add(found, nameUnit(key.toString(), surface, spans), words.get(from).sentence());
    return true;
  }

  private static String nameKey(List<EnglishPoint.Word> words, int from, int end) {
    StringBuilder key = new StringBuilder();
    for (int k = from; k < end; k++) {
      key.append(words.get(k).surface().toLowerCase(Locale.ROOT).replaceAll("['’-]", ""));
    }
    return key.toString();
  }

  private boolean nameFound(List<EnglishPoint.Word> words, int from, int end) {
    for (int[] at : nameSpans(nameKey(words, from, end))) {
      if (at != null) {
        return true;
      }
    }
    return false;
  }

  private int[][] nameSpans(String key) {
    int[][] spans = nameSpans.get(key);
    if (spans == null) {
      spans = new int[article.size][];
      PinyinNames.Name name = key.isEmpty() ? null : new PinyinNames.Name(key);
      for (int z = 0; z < article.size; z++) {
        spans[z] = name == null ? null : PinyinNames.find(article.simplified[z], name);
      }
      nameSpans.put(key, spans);
    }
    return spans;
  }

  private boolean knownInArticle(String word) {
    for (String zh : bridge.chineseFor(word)) {
      if (zh.length() > 1 && article.paragraphsWith(zh).length > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether words [from, end) read as a pinyin name: two or more words (Li Qiang, Xi Jinping), or
   * one word of two or more syllables that the lexicon does not know, outside a title-case label and
   * not merely opening a sentence; and at least one must not be an ordinary English word ("Eye
   * Care" is no name).
   */
  private boolean isName(List<EnglishPoint.Word> words, int from, int end, boolean titleCase) {
    if (end - from >= 2) {
      return true;
    }
    if (end - from != 1 || titleCase || words.get(from).opensSentence()) {
      return false;
    }
    String word = words.get(from).surface();
    return PinyinNames.syllableCount(word) >= 2 && bridge.chineseFor(word).isEmpty();
  }

  private static int sentenceAt(EnglishPoint ep, int offset) {
    int s = 0;
    for (EnglishPoint.Word w : ep.words) {
      if (w.start() > offset) {
        break;
      }
      s = w.sentence();
    }
    return s;
  }

  private static void add(Map<Unit, Long> found, Unit u, int sentence) {
    found.merge(u, 1L << Math.min(sentence, 63), (a, b) -> a | b);
  }

  /**
   * End (exclusive) of the run of capitalized pinyin words from {@code w}, separated by spaces only,
   * in which at least one word is not an ordinary English word; {@code w} if there is none.
   */
  private int nameRunEnd(List<EnglishPoint.Word> words, int w) {
    int end = w;
    boolean foreign = false;
    while (end < words.size()) {
      EnglishPoint.Word word = words.get(end);
      if (!word.capitalized() || word.latinLike() || PinyinNames.syllableCount(word.surface()) == 0
          || end > w && !(word.spaced() && !word.opensSentence())) {
        break;
      }
      foreign |= !bridge.isEnglishWord(word.surface());
      end++;
    }
    return foreign ? end : w;
  }

  /**
   * A capitalized word alone, one syllable of Wade-Giles or Cantonese that is neither pinyin nor an
   * English word ("Tsai", "Cheung"): if the digest names someone with it in full elsewhere (Tsai
   * Ing-wen, found as 蔡英文), it stands for that name's first character.
   */
  private record LoneSurname(int point, String lower, String surface, int sentence) {}

  private final List<LoneSurname> loneSurnames = new ArrayList<>();
  /**
   * First word of a romanized name of three or more characters the article spells (lower case), to
   * where each paragraph spells the name (null where it does not): tsai → 蔡英文.
   */
  private final Map<String, int[][]> surnames = new HashMap<>();

  private boolean mayBeSurname(String word) {
    if (PinyinNames.syllableCount(word) > 0 || bridge.isEnglishWord(word)) {
      return false;
    }
    List<Romanization.Reading> readings = Romanization.readings(word);
    return !readings.isEmpty() && readings.stream().allMatch(r -> r.syllables().length == 1);
  }

  private void addSurname(String lower, String surface, int[][] spans) {
    if (!mayBeSurname(surface) || surnames.containsKey(lower)) {
      return;
    }
    for (int[] at : spans) {
      if (at != null && at[1] - at[0] < 3) {
        return; // a place (Cheung Kong 长江), not a person
      }
    }
    surnames.put(lower, spans);
  }

  /**
   * The lone surname: where the paragraph names the person in full, or has the surname's character
   * as a word of its own (蔡说, not 许 of 许多).
   */
  private Unit surnameUnit(String lower, String surface, int[][] spans) {
    String key = "~~" + lower;
    Unit u = nameUnits.get(key);
    if (u != null) {
      return u;
    }
    u = new Unit(Unit.Type.NAME, surface, article.size);
    u.checkable = true;
    java.util.Set<String> chars = new java.util.LinkedHashSet<>();
    for (int z = 0; z < article.size; z++) {
      if (spans[z] != null) {
        u.match(z, 1f, article.simplified[z].substring(spans[z][0], spans[z][1]), Evidence.Kind.NAME);
        chars.add(article.simplified[z].substring(spans[z][0], spans[z][0] + 1));
      }
    }
    for (String c : chars) {
      for (int z : article.paragraphsWith(c)) {
        if (spans[z] == null) {
          u.match(z, 1f, c, Evidence.Kind.NAME);
        }
      }
    }
    nameUnits.put(key, u);
    return u;
  }

  /** {@code spans}: per paragraph, where it spells the name, or null. */
  private Unit nameUnit(String key, String surface, int[][] spans) {
    Unit u = nameUnits.get(key);
    if (u != null) {
      return u;
    }
    u = new Unit(Unit.Type.NAME, surface, article.size);
    u.checkable = true;
    for (int z = 0; z < article.size; z++) {
      int[] at = spans[z];
      if (at != null) {
        u.match(z, 1f, article.simplified[z].substring(at[0], at[1]), Evidence.Kind.NAME);
      }
    }
    for (String zh : bridge.chineseFor(surface)) {
      Evidence.Kind kind = bridge.fromUser(surface, zh) ? Evidence.Kind.USER : Evidence.Kind.DICTIONARY;
      for (int z : article.paragraphsWith(zh)) {
        u.match(z, 1f, zh, kind);
      }
    }
    nameUnits.put(key, u);
    return u;
  }

  /** {@code lookup} is null for a stop word (see {@link #score}). */
  private Unit wordUnit(EnglishPoint.Word word, String lower, Bridge.Word lookup) {
    if (lookup == null) {
      return null;
    }
    Integer number = EnglishStopWords.NUMBERS.get(lower);
    if (number != null) {
      return spelledNumberUnit(lower, number, false);
    }
    Integer month = word.capitalized() ? EnglishStopWords.MONTHS.get(lower) : null;
    if (month != null) {
      return spelledNumberUnit(lower, month, true);
    }
    String stem = lookup.stem;
    if (stem.isEmpty()) {
      return null;
    }
    Unit u = wordUnits.get(stem);
    if (u != null) {
      return u;
    }
    u = new Unit(word.latinLike() ? Unit.Type.LATIN : Unit.Type.WORD, word.surface(), article.size);
    Map<Integer, String> latin = article.latin.get(lower);
    if (latin != null) {
      for (Map.Entry<Integer, String> e : latin.entrySet()) {
        u.match(e.getKey(), 1f, e.getValue(), Evidence.Kind.LATIN);
      }
    }
    // Only a word the lexicon translates can be missed: an unknown one proves nothing.
    u.checkable = lookup.translations() > 0;
    if (word.capitalized() && !article.foreignNames.isEmpty() && !bridge.isEnglishWord(word.surface())) {
      String skeleton = Transliteration.english(word.surface());
      for (ArticleProfile.ForeignName name : article.foreignNames) {
        if (Transliteration.sameName(skeleton, name.skeleton())) {
          u.match(name.paragraph(), 1f, name.surface(), Evidence.Kind.TRANSLITERATION);
        }
      }
    }
    for (int r = 0; r < Math.min(lookup.translations(), MAX_CANDIDATES); r++) {
      int from = lookup.start(r);
      int to = lookup.ends[r];
      if (!article.mayHave(lookup.chars, from, to)) {
        continue; // most translations: not in the article
      }
      String zh = new String(lookup.chars, from, to - from);
      // The user's own terms come first and are meant: they match in full.
      boolean mine = r < lookup.user;
      float s = mine ? 1f : (r < CLOSE_RANK ? 1f : r < FAR_RANK ? 0.8f : 0.6f) * (to - from == 1 ? 0.7f : 1f);
      Evidence.Kind kind = mine ? Evidence.Kind.USER : Evidence.Kind.DICTIONARY;
      for (int z : article.paragraphsWith(zh)) {
        u.match(z, s, zh, kind);
      }
    }
    for (String zh : glossIndex().getOrDefault(stem, List.of())) {
      Evidence.Kind kind = bridge.userGloss(zh, stem) ? Evidence.Kind.USER : Evidence.Kind.DICTIONARY;
      for (int z : article.termParagraphs.get(zh)) {
        u.match(z, 1f, zh, kind);
      }
    }
    wordUnits.put(stem, u);
    return u;
  }

  /**
   * "three schools" against 三所学校: the article's figures, by value; a month ("November")
   * against a figure followed by 月.
   */
  private Unit spelledNumberUnit(String word, int value, boolean month) {
    Unit u = numberUnits.get(word);
    if (u == null) {
      u = new Unit(Unit.Type.WORD, word, article.size);
      for (int z = 0; z < article.size; z++) {
        String text = article.simplified[z];
        List<Figure> figures = article.figures.get(z);
        for (int k = 0; k < figures.size(); k++) {
          Figure a = figures.get(k);
          if (a.value() == value && (!month || a.end() < text.length() && text.charAt(a.end()) == '月')) {
            u.match(z, 1f, month ? a.surface() + "月" : a.surface(), Evidence.Kind.NUMBER);
            break;
          }
        }
      }
      numberUnits.put(word, u);
    }
    return u;
  }

  private Unit figureUnit(Figure f) {
    Unit u = figureUnits.get(f.surface());
    if (u != null) {
      return u;
    }
    u = new Unit(Unit.Type.FIGURE, f.surface(), article.size);
    u.figure = f;
    u.checkable = true;
    String p = f.surface().toLowerCase(Locale.ROOT);
    boolean multiple = p.endsWith("fold") || p.endsWith("times");
    for (int z = 0; z < article.size; z++) {
      List<Figure> figures = article.figures.get(z);
      for (int k = 0; k < figures.size(); k++) {
        Figure a = figures.get(k);
        if (Figures.sameFigure(f, a) || multiple && sameMultiple(f, a)) {
          u.match(z, 1f, a.surface(), Evidence.Kind.NUMBER);
          break;
        }
      }
    }
    figureUnits.put(f.surface(), u);
    return u;
  }

  /**
   * "Tenfold" for 增长九倍: a Chinese increase by N倍 is often an (N+1)-fold size, and writers
   * translate it either way; {@code point} ends in "fold" or "times" (any case), which the caller checks.
   */
  private static boolean sameMultiple(Figure point, Figure article) {
    return article.surface().endsWith("倍")
        && Math.abs(article.value() + 1 - point.value()) <= point.tolerance();
  }

  /**
   * Stem of an English gloss word to the article's terms of two or more chars that have it, built
   * once per article (single chars gloss too many senses to say anything this way round).
   */
  private Map<String, List<String>> glossIndex() {
    if (glossIndex == null) {
      // Only the stems the digest uses: most of the article's gloss words are never asked for.
      // A stem with a number is tested by its bit; one without (past the bridge's bound) by string.
      Set<String> wanted = new java.util.HashSet<>();
      long[] wantedIds = new long[(bridge.stemIdBound() >> 6) + 1];
      long[] wantedHashes = new long[64]; // a bit per hash code mod 4096: most stems fail here
      for (Bridge.Word w : wordLookups.values()) {
        wanted.add(w.stem);
        if (w.stemId >= 0 && w.stemId >> 6 < wantedIds.length) {
          wantedIds[w.stemId >> 6] |= 1L << w.stemId;
        }
        int h = w.stem.hashCode();
        wantedHashes[(h >>> 6) & 63] |= 1L << h;
      }
      glossIndex = new HashMap<>(wanted.size() * 2);
      boolean latin = !article.latin.isEmpty();
      for (String term : article.termParagraphs.keySet()) {
        if (term.length() < 2 || latin && article.latin.containsKey(term.toLowerCase(Locale.ROOT))) {
          continue;
        }
        Bridge.GlossStems glossStems = bridge.glossStems(term);
        for (int k = 0; k < glossStems.ids.length; k++) {
          int id = glossStems.ids[k];
          if (id >= 0) {
            if (id >> 6 >= wantedIds.length || (wantedIds[id >> 6] & 1L << id) == 0) {
              continue;
            }
          } else {
            int h = glossStems.hashes[k];
            if ((wantedHashes[(h >>> 6) & 63] & 1L << h) == 0 || !wanted.contains(glossStems.stems[k])) {
              continue;
            }
          }
          String s = glossStems.stems[k];
          List<String> terms = glossIndex.get(s);
          if (terms == null) {
            terms = new ArrayList<>(2);
            glossIndex.put(s, terms);
          }
          terms.add(term);
        }
      }
    }
    return glossIndex;
  }
}
