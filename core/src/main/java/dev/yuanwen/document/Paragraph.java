package dev.yuanwen.document;

import java.util.List;
import java.util.Objects;

/**
 * One paragraph of an {@link Article}: the cleaned original text, kept for display and offsets, and
 * its sentences.
 *
 * @param index position in the article, from 0 (the title is not a paragraph)
 * @param text the paragraph as written, after cleaning (see {@link Article})
 * @param sentences the sentences, in order, covering all of the text but the spaces between them
 */
public record Paragraph(int index, String text, List<Sentence> sentences) {
  public Paragraph {
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
    if (index < 0) {
      throw new IllegalArgumentException("negative paragraph index " + index);
    }
  }

  /** Splits {@code text} into sentences; {@code text} must already be cleaned. */
  static Paragraph of(int index, String text) {
    return new Paragraph(index, text, SentenceSplitter.split(text));
  }
}
