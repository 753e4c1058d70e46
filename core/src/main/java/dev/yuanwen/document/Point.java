package dev.yuanwen.document;

import java.util.Objects;

/**
 * One point of a {@link Digest}: a heading, a numbered item, a bullet or a paragraph.
 *
 * <p>For {@code "2. Timing is Coincidental: Anthropic has just raised..."}: kind {@link Kind#ITEM},
 * marker {@code "2."}, label {@code "Timing is Coincidental"}, text {@code "Anthropic has just
 * raised..."}, and raw the whole line. Absent parts are {@code ""}, never null.
 *
 * @param index position in the digest, from 0, in document order
 * @param kind what the point is
 * @param marker the numbering or bullet as written ({@code "III."}, {@code "2."}, {@code "(1)"},
 *     {@code "•"}, {@code "##"}); {@code ""} for a lead, paragraph or conclusion
 * @param label the short title before the first colon of an item or bullet, the whole title of a
 *     heading, or the opening phrase of a conclusion ({@code "In Conclusion"}); {@code ""} if none
 * @param text the body without marker, label and Markdown bold; for a heading, its title
 * @param raw the point as written, trimmed, marker kept; lines of one point joined by a space
 * @param parentIndex index of the heading the point sits under, or -1 (lead, conclusion, points
 *     before the first heading, top-level headings)
 * @param level depth under headings: 0 at top level, parent's level + 1 otherwise
 */
public record Point(
    int index, Kind kind, String marker, String label, String text, String raw, int parentIndex, int level) {

  /** What a point is, from its marker and position. */
  public enum Kind {
    /** The paragraph that opens the digest's body, before any heading or list: its summary. */
    LEAD,
    /** A section title: Roman-numbered ("III. ...") or Markdown ("## ..."). */
    HEADING,
    /** A numbered item: "1.", "1)", "(1)", "1、". */
    ITEM,
    /** A bulleted item: "•", "-", "*", "·", "●", "–". */
    BULLET,
    /** Any other paragraph. */
    PARAGRAPH,
    /** "In Conclusion: ...", "Conclusion: ...", "In conclusion, ...". */
    CONCLUSION
  }

  public Point {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(marker, "marker");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(raw, "raw");
    if (index < 0 || parentIndex < -1 || parentIndex >= index || level < 0) {
      throw new IllegalArgumentException(
          "inconsistent point: index " + index + ", parent " + parentIndex + ", level " + level);
    }
  }

  public boolean hasParent() {
    return parentIndex >= 0;
  }
}
