package dev.yuanwen.index;

import java.util.Locale;

/** The two sides of a corpus document: Chinese article paragraphs and English digest points. */
public enum Side {
  /** A paragraph of the Chinese article. */
  ZH,
  /** A point of the English digest (or a paragraph of a translation). */
  EN;

  /** {@code zh} or {@code en}, as in JSON output and on the command line. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The other side. */
  public Side other() {
    return this == ZH ? EN : ZH;
  }
}
