package dev.yuanwen.analysis;

/**
 * One segment of Chinese text.
 *
 * @param surface the characters as they stand in the original text (traditional stays traditional)
 * @param term the normalized form used for analysis: simplified Chinese, half-width Latin and digits
 * @param start offset of the first char in the original text
 * @param end offset after the last char in the original text
 * @param type what kind of token this is
 * @param pos HanLP's part-of-speech tag (e.g. {@code n}, {@code nr}, {@code mq}), or a tag of ours
 *     for the tokens we keep whole ({@code nx} for Latin, {@code nrf} for dotted names, {@code mq}
 *     for percentages)
 */
public record Token(String surface, String term, int start, int end, TokenType type, String pos) {
  public Token {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets " + start + ".." + end);
    }
  }

  /** True for tokens that carry meaning (not punctuation). */
  public boolean isContent() {
    return type != TokenType.PUNCTUATION;
  }

  @Override
  public String toString() {
    return surface.equals(term) ? surface + "/" + pos : surface + "(" + term + ")/" + pos;
  }
}
