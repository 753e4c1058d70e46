package dev.yuanwen.align;

import java.util.Locale;

/**
 * What an alignment says of the pair as a whole: whether the article is the digest's source. See
 * {@link Alignment#verdict()} and {@link Alignment#support()}.
 */
public enum Verdict {
  /** Most of the digest's body points rest on real evidence in the article. */
  MATCHED,
  /** Some body points rest on real evidence, most do not: check the pair. */
  PARTLY_SUPPORTED,
  /** Almost nothing in the digest rests on real evidence: the article is not its source. */
  UNRELATED;

  /** The name used in output: {@code matched}, {@code partly supported}, {@code unrelated}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** As {@link #label()} with an underscore ({@code partly_supported}): the JSON value. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
