package dev.yuanwen.align;

import dev.yuanwen.analysis.ChineseSegmenter;
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
 * text, tokens, figures, Latin tokens, and (on demand) its pinyin.
 */
final class ArticleProfile {
  final Article article;
  final int size;
  final String[] simplified;
  final List<List<Token>> tokens;
  final List<List<Figure>> figures;
  /** Content term (simplified) to the paragraphs it occurs in, ascending, no repeats. */
  final Map<String, int[]> termParagraphs;
  /** Latin token, lower case, to the paragraphs it occurs in and its surface there. */
  final Map<String, Map<Integer, String>> latin;
  private final String[][] readings;

  ArticleProfile(Article article) {
    this.article = article;
    List<Paragraph> paragraphs = article.paragraphs();
    size = paragraphs.size();
    simplified = new String[size];
    tokens = new ArrayList<>(size);
    figures = new ArrayList<>(size);
    readings = new String[size][];
    Map<String, List<Integer>> terms = new HashMap<>();
    latin = new HashMap<>();
    ChineseSegmenter segmenter = ChineseSegmenter.shared();
    for (int z = 0; z < size; z++) {
      String text = paragraphs.get(z).text();
      simplified[z] = segmenter.simplified(text);
      List<Token> toks = segmenter.segment(text);
      tokens.add(toks);
      figures.add(Figures.inChinese(simplified[z]));
      for (Token t : toks) {
        if (!t.isContent() || t.type() == TokenType.NUMBER) {
          continue;
        }
        List<Integer> where = terms.computeIfAbsent(t.term(), k -> new ArrayList<>(2));
        if (where.isEmpty() || where.get(where.size() - 1) != z) {
          where.add(z);
        }
        if (t.type() == TokenType.LATIN) {
          latin.computeIfAbsent(t.term().toLowerCase(Locale.ROOT), k -> new HashMap<>()).putIfAbsent(z, t.surface());
        }
      }
    }
    termParagraphs = frozen(terms);
  }

  private static final int LONGEST_NGRAM = 4;
  private static final int[] NONE = new int[0];
  private Map<String, int[]> ngrams;

  /**
   * Paragraphs whose simplified text contains {@code chinese}, ascending. Words of two to four
   * chars are found inside longer tokens too (大模型 when HanLP cut it 大/模型); others must be a
   * token of their own, since a single char inside a word is usually another word's part.
   */
  int[] paragraphsWith(String chinese) {
    if (chinese.length() < 2 || chinese.length() > LONGEST_NGRAM) {
      return termParagraphs.getOrDefault(chinese, NONE);
    }
    if (ngrams == null) {
      ngrams = indexNgrams();
    }
    return ngrams.getOrDefault(chinese, NONE);
  }

  private Map<String, int[]> indexNgrams() {
    Map<String, List<Integer>> grams = new HashMap<>();
    for (int z = 0; z < size; z++) {
      String t = simplified[z];
      for (int i = 0; i + 2 <= t.length(); i++) {
        if (!isHan(t.charAt(i))) {
          continue;
        }
        for (int len = 2; len <= LONGEST_NGRAM && i + len <= t.length() && isHan(t.charAt(i + len - 1)); len++) {
          List<Integer> where = grams.computeIfAbsent(t.substring(i, i + len), k -> new ArrayList<>(2));
          if (where.isEmpty() || where.get(where.size() - 1) != z) {
            where.add(z);
          }
        }
      }
    }
    return frozen(grams);
  }

  private static Map<String, int[]> frozen(Map<String, List<Integer>> lists) {
    Map<String, int[]> out = new HashMap<>(lists.size() * 2);
    for (Map.Entry<String, List<Integer>> e : lists.entrySet()) {
      List<Integer> v = e.getValue();
      int[] a = new int[v.size()];
      for (int i = 0; i < a.length; i++) {
        a[i] = v.get(i);
      }
      out.put(e.getKey(), a);
    }
    return out;
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /** Pinyin of paragraph {@code z}'s chars, computed the first time it is asked for. */
  String[] readings(int z) {
    String[] r = readings[z];
    if (r == null) {
      r = PinyinNames.readings(simplified[z]);
      readings[z] = r;
    }
    return r;
  }
}
