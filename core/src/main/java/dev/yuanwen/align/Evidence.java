package dev.yuanwen.align;

import java.util.Objects;

/**
 * One pair of terms that ties a digest point to a paragraph: {@code chinese} as it appears in the
 * paragraph, {@code english} as it appears in the point.
 *
 * @param chinese the Chinese term or figure, as written in the paragraph
 * @param english the English word, name or figure, as written in the point
 * @param kind how the two were matched
 * @param weight its share of the link's score (rarer terms weigh more); positive
 */
public record Evidence(String chinese, String english, Kind kind, double weight) {

  /** How a pair was matched. */
  public enum Kind {
    /** A CC-CEDICT sense, looked up in either direction. */
    DICTIONARY,
    /** The same figure after normalization (9650亿美元 = $965 billion). */
    NUMBER,
    /**
     * A Chinese name whose reading is the English spelling: in pinyin (李强 = Li Qiang), Wade-Giles
     * (蔡英文 = Tsai Ing-wen) or Cantonese (尖沙咀 = Tsim Sha Tsui).
     */
    NAME,
    /** The same Latin-script token on both sides (GPT-4o, IPO). */
    LATIN,
    /** A transliterated foreign name whose sound matches the English name (鲍威尔 = Powell). */
    TRANSLITERATION,
    /** A term of the user's dictionary ({@link Aligner.Builder#dictionary}), looked up in either direction. */
    USER
  }

  public Evidence {
    Objects.requireNonNull(chinese, "chinese");
    Objects.requireNonNull(english, "english");
    Objects.requireNonNull(kind, "kind");
  }
}
