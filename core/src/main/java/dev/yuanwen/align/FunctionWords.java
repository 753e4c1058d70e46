package dev.yuanwen.align;

/**
 * Single-character Chinese function words: particles, conjunctions, prepositions, pronouns and
 * demonstratives, the copula and auxiliaries, degree and time adverbs, measure words, locatives and
 * the numerals 一, 二 and 两, and 等 ("etc."). Each is in almost every paragraph, and the dictionary glosses each with
 * some English word a digest may use (和 "Japanese", 为 "to become", 的 "bull's-eye", 两 "2"): such a
 * match supports a paragraph that other evidence ties to a point, and never ties one alone.
 */
final class FunctionWords {
  private FunctionWords() {}

  private static final String CHARS =
      "的地得了着过之所者们"
          + "和与及或而且并但却则因若如虽即既便就也都还又再才亦乃"
          + "为以于在是有对从向把被让使给由将要会能可应该须得"
          + "这那其此该各每某何哪谁我你他她它您咱自"
          + "很更最太已曾正刚仍只不没无非未别莫"
          + "个些种次位名件条家项点等"
          + "上下中内外前后里间旁"
          + "一二两";

  /** Whether {@code chinese} is one of these single characters. */
  static boolean isFunctionWord(String chinese) {
    return chinese != null && chinese.length() == 1 && CHARS.indexOf(chinese.charAt(0)) >= 0;
  }
}
