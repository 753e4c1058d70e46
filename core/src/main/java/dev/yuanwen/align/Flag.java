package dev.yuanwen.align;

/** Something a reader should check about a digest point. */
public enum Flag {
  /** Nothing in the article supports the point: it has no link. */
  NO_SOURCE,
  /**
   * The point states a figure (amount, percentage, multiple, year, count written in digits) that
   * none of its linked paragraphs contains, after normalization (1万亿 = 1 trillion, 十倍 = tenfold,
   * 百分之四十七 = 47%). See {@link PointAlignment#unmatchedFigures()}.
   */
  NUMBER_NOT_IN_SOURCE,
  /**
   * The point names a person, place or organisation that none of its linked paragraphs mentions,
   * checked by Latin spelling, dictionary and pinyin. Names the aligner cannot check (no pinyin
   * reading, no dictionary entry) are never flagged. See {@link PointAlignment#unmatchedNames()}.
   */
  NAME_NOT_IN_SOURCE
}
