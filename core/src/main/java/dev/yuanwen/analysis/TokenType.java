package dev.yuanwen.analysis;

/** What a {@link Token} is, as far as the aligner and the index care. */
public enum TokenType {
  /** An ordinary Chinese word. */
  WORD,
  /**
   * A person's name: transliterated foreign names (罗布·恩德勒, 特朗普) and names HanLP's dictionary
   * knows. Other Chinese names are not recognized (HanLP portable's recognizer is slow and mostly
   * wrong); they come as ordinary characters, to be matched by pinyin.
   */
  NAME,
  /** A place name (HanLP's ns tags). */
  PLACE,
  /** An organization name (HanLP's nt tags). */
  ORGANIZATION,
  /** A number, with its unit when it has one: 1万亿, 2026年, 47%, 三千五百亿元, 十倍. */
  NUMBER,
  /** A run of Latin letters and digits kept whole: GPT-4o, H3N2, PM2.5, COVID-19, Anthropic. */
  LATIN,
  /** Punctuation and symbols. */
  PUNCTUATION;

  private final String luceneType = luceneTypeOf(name());

  /** The Lucene type attribute value for this token type, e.g. {@code <NUM>}. */
  public String luceneType() {
    return luceneType; // computed once: the tokenizer asks for every token
  }

  private static String luceneTypeOf(String name) {
    switch (name) {
      case "NUMBER":
        return "<NUM>";
      case "LATIN":
        return "<ALPHANUM>";
      case "PUNCTUATION":
        return "<PUNCT>";
      default:
        return "<" + name + ">";
    }
  }
}
