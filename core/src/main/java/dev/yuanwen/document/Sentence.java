package dev.yuanwen.document;

import java.util.Objects;

/**
 * One sentence of a {@link Paragraph}: {@code text()} equals {@code paragraph.text().substring(start(),
 * end())}. Offsets are UTF-16 char offsets into the paragraph text; the text never starts or ends
 * with a space.
 *
 * @param index position within the paragraph, from 0
 * @param text the sentence as written, with its terminator and any closing quote or bracket
 * @param start offset of the first char in the paragraph text
 * @param end offset just past the last char
 */
public record Sentence(int index, String text, int start, int end) {
  public Sentence {
    Objects.requireNonNull(text, "text");
    if (index < 0 || start < 0 || end - start != text.length()) {
      throw new IllegalArgumentException(
          "inconsistent sentence: index " + index + ", [" + start + ", " + end + ") for " + text.length() + " chars");
    }
  }
}
