package dev.yuanwen.align;

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

  final ArticleProfile article;
  final Digest digest;
  final List<EnglishPoint> points = new ArrayList<>();
  /** Per point, its units (each once). */
  final List<List<Unit>> units = new ArrayList<>();
  /** Per point, per unit, a bit set of the English sentences it occurs in. */
  final List<long[]> unitSentences = new ArrayList<>();
  /** {@code [point][paragraph]} in [0, 1]. */
  final double[][] score;
  /** Per point, per English sentence, per paragraph. */
  final double[][][] sentenceScore;

  private final Bridge bridge = Bridge.shared();
  private final Map<String, Unit> shared = new HashMap<>();
  private Map<String, List<String>> glossIndex;

  Scoring(Article article, Digest digest, List<Aligner.WeightedSignal> signals) {
    this.article = new ArticleProfile(article);
    this.digest = digest;
    int n = this.article.size;
    for (Point p : digest.points()) {
      EnglishPoint ep = new EnglishPoint(p);
      points.add(ep);
      Map<Unit, Long> found = new LinkedHashMap<>();
      collectUnits(ep, found);
      units.add(new ArrayList<>(found.keySet()));
      unitSentences.add(found.values().stream().mapToLong(Long::longValue).toArray());
    }
    for (Unit u : shared.values()) {
      u.finish(n);
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
    mix(signals, article, digest);
  }

  int paragraphs() {
    return article.size;
  }

  /** Share of the point's (or one of its sentences') checkable weight each paragraph matches. */
  private double[] coverage(List<Unit> us, long[] sentenceBits, int sentence) {
    double[] out = new double[article.size];
    double total = 0;
    for (int u = 0; u < us.size(); u++) {
      Unit unit = us.get(u);
      if (sentenceBits != null && (sentenceBits[u] & (1L << Math.min(sentence, 63))) == 0) {
        continue;
      }
      if (unit.checkable) {
        total += unit.weight;
      }
      for (int z = 0; z < out.length; z++) {
        out[z] += unit.weight * unit.strength[z];
      }
    }
    if (total > 0) {
      for (int z = 0; z < out.length; z++) {
        out[z] = Math.min(1, out[z] / total);
      }
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
          score[i][z] += s.weight() / totalWeight * Math.max(0, Math.min(1, sim[i][z]));
        }
      }
    }
  }

  private void collectUnits(EnglishPoint ep, Map<Unit, Long> found) {
    List<EnglishPoint.Word> words = ep.words;
    boolean[] inName = new boolean[words.size()];
    for (int w = 0; w < words.size(); w++) {
      int end = nameRunEnd(words, w, ep.point.kind() == Point.Kind.HEADING || words.get(w).start() < ep.labelEnd);
      if (end > w) {
        StringBuilder key = new StringBuilder();
        StringBuilder surface = new StringBuilder();
        for (int k = w; k < end; k++) {
          key.append(words.get(k).surface().toLowerCase(Locale.ROOT).replace("-", "").replace("'", ""));
          surface.append(k > w ? " " : "").append(words.get(k).surface());
          inName[k] = true;
        }
        add(found, nameUnit(key.toString(), surface.toString()), words.get(w).sentence());
        w = end - 1;
      }
    }
    for (int w = 0; w < words.size(); w++) {
      EnglishPoint.Word word = words.get(w);
      if (inName[w]) {
        continue;
      }
      Unit u = wordUnit(word);
      if (u != null) {
        add(found, u, word.sentence());
      }
    }
    for (Figure f : Figures.inEnglish(ep.text)) {
      add(found, figureUnit(f), sentenceAt(ep, f.start()));
    }
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
   * End (exclusive) of a run of capitalized words from {@code w} that reads as a pinyin name, or
   * {@code w} if there is none: two or more pinyin words (Li Qiang, Xi Jinping), or one word of
   * two or more syllables that the lexicon does not know as English and that does not merely open
   * a sentence (Zhejia, Shenzhen is known to the lexicon and matched as a word).
   */
  private int nameRunEnd(List<EnglishPoint.Word> words, int w, boolean titleCase) {
    int end = w;
    int syllables = 0;
    while (end < words.size() && words.get(end).capitalized() && !words.get(end).latinLike()) {
      int n = PinyinNames.syllableCount(words.get(end).surface());
      if (n == 0 || (end > w && words.get(end).opensSentence())) {
        break;
      }
      syllables += n;
      end++;
    }
    if (end - w >= 2) {
      return end;
    }
    String single = words.get(w).surface();
    if (end - w == 1 && syllables >= 2 && !words.get(w).opensSentence() && !titleCase
        && !bridge.stem(single).isEmpty() && bridge.chineseFor(single).isEmpty()) {
      return end;
    }
    return w;
  }

  private Unit nameUnit(String key, String surface) {
    Unit u = shared.get("name:" + key);
    if (u != null) {
      return u;
    }
    u = new Unit(Unit.Type.NAME, surface, article.size);
    u.checkable = true;
    for (int z = 0; z < article.size; z++) {
      int[] at = PinyinNames.find(article.readings(z), key);
      if (at != null) {
        u.match(z, 1f, article.simplified[z].substring(at[0], at[1]), Evidence.Kind.NAME);
      }
    }
    for (String zh : bridge.chineseFor(surface)) {
      for (int z : article.paragraphsWith(zh)) {
        u.match(z, 1f, zh, Evidence.Kind.DICTIONARY);
      }
    }
    shared.put("name:" + key, u);
    return u;
  }

  private Unit wordUnit(EnglishPoint.Word word) {
    String lower = word.surface().toLowerCase(Locale.ROOT);
    if (EnglishStopWords.WORDS.contains(lower)) {
      return null;
    }
    Integer number = EnglishStopWords.NUMBERS.get(lower);
    if (number != null) {
      return spelledNumberUnit(lower, number);
    }
    String stem = bridge.stem(lower);
    if (stem.isEmpty()) {
      return null;
    }
    Unit u = shared.get(stem);
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
    List<String> candidates = bridge.chineseFor(lower);
    u.checkable = !candidates.isEmpty();
    for (int r = 0; r < candidates.size(); r++) {
      String zh = candidates.get(r);
      float s = (r < CLOSE_RANK ? 1f : r < FAR_RANK ? 0.8f : 0.6f) * (zh.length() == 1 ? 0.7f : 1f);
      for (int z : article.paragraphsWith(zh)) {
        u.match(z, s, zh, Evidence.Kind.DICTIONARY);
      }
    }
    for (String zh : glossIndex().getOrDefault(stem, List.of())) {
      float s = zh.length() == 1 ? 0.6f : 1f;
      for (int z : article.termParagraphs.get(zh)) {
        u.match(z, s, zh, Evidence.Kind.DICTIONARY);
      }
    }
    shared.put(stem, u);
    return u;
  }

  /** "three schools" against 三所学校: the article's figures, by value. */
  private Unit spelledNumberUnit(String word, int value) {
    String key = "number:" + word;
    Unit u = shared.get(key);
    if (u == null) {
      u = new Unit(Unit.Type.WORD, word, article.size);
      for (int z = 0; z < article.size; z++) {
        for (Figure a : article.figures.get(z)) {
          if (a.value() == value) {
            u.match(z, 1f, a.surface(), Evidence.Kind.NUMBER);
            break;
          }
        }
      }
      shared.put(key, u);
    }
    return u;
  }

  private Unit figureUnit(Figure f) {
    String key = "figure:" + f.surface();
    Unit u = shared.get(key);
    if (u != null) {
      return u;
    }
    u = new Unit(Unit.Type.FIGURE, f.surface(), article.size);
    u.figure = f;
    u.checkable = true;
    for (int z = 0; z < article.size; z++) {
      for (Figure a : article.figures.get(z)) {
        if (Figures.sameFigure(f, a)) {
          u.match(z, 1f, a.surface(), Evidence.Kind.NUMBER);
          break;
        }
      }
    }
    shared.put(key, u);
    return u;
  }

  /** Stem of an English gloss word to the article's terms that have it, built once per article. */
  private Map<String, List<String>> glossIndex() {
    if (glossIndex == null) {
      glossIndex = new HashMap<>();
      for (String term : article.termParagraphs.keySet()) {
        if (article.latin.containsKey(term.toLowerCase(Locale.ROOT))) {
          continue;
        }
        Set<String> stems = bridge.glossStems(term);
        for (String s : stems) {
          glossIndex.computeIfAbsent(s, k -> new ArrayList<>(2)).add(term);
        }
      }
    }
    return glossIndex;
  }
}
