package dev.yuanwen.examples.render;

import java.util.ArrayList;
import java.util.List;

/** Terminal layout: display width (a Han character takes two columns) and word wrapping. */
final class Columns {
  private Columns() {}

  /** Columns that {@code s} takes in a terminal. */
  static int width(CharSequence s) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      w += width(s.charAt(i));
    }
    return w;
  }

  static int width(char c) {
    if (Character.isLowSurrogate(c)) {
      return 0;
    }
    // East Asian wide ranges that occur in our text: CJK, full-width forms, CJK punctuation.
    if ((c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || Character.isHighSurrogate(c)) {
      return 2;
    }
    return 1;
  }

  /**
   * Wraps pieces (words, or tokens of Chinese text) into lines of at most {@code width} columns,
   * each line starting with {@code indent}; pieces are joined by {@code sep}.
   */
  static List<String> wrap(List<String> pieces, String sep, String indent, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(indent);
    int col = width(indent);
    boolean empty = true;
    for (String piece : pieces) {
      int w = width(piece);
      int need = empty ? w : width(sep) + w;
      if (!empty && col + need > width) {
        lines.add(line.toString());
        line = new StringBuilder(indent);
        col = width(indent);
        empty = true;
        need = w;
      }
      if (!empty) {
        line.append(sep);
      }
      line.append(piece);
      col += need;
      empty = false;
    }
    if (!empty) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** Splits English text into words for {@link #wrap}. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.trim().split("\\s+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
  /**
   * Splits Chinese text into pieces for {@link #wrap} with an empty separator: one piece per Han
   * character, Latin words and figures kept whole, closing punctuation kept on the line of the
   * character before it and opening punctuation on the line of the character after it.
   */
  static List<String> chinese(String text) {
    List<String> out = new ArrayList<>();
    String s = text.strip();
    StringBuilder opening = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      int j = i + 1;
      if (Character.isHighSurrogate(c) && j < s.length()) {
        j++;
      } else if (width(c) == 1 && !Character.isWhitespace(c) && !punctuation(c)) {
        while (j < s.length() && width(s.charAt(j)) == 1 && !Character.isWhitespace(s.charAt(j))
            && !(s.charAt(j) > 0x7F && punctuation(s.charAt(j)))) {
          j++;
        }
      }
      // Spaces stay with the piece before them, so a line never starts with one.
      while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
        j++;
      }
      String piece = s.substring(i, j);
      i = j;
      if (piece.isBlank()) {
        continue;
      }
      if (OPENING.indexOf(piece.charAt(0)) >= 0 && piece.length() == 1) {
        opening.append(piece);
      } else if (CLOSING.indexOf(piece.charAt(0)) >= 0 && !out.isEmpty() && opening.length() == 0) {
        out.set(out.size() - 1, out.get(out.size() - 1) + piece);
      } else {
        out.add(opening + piece);
        opening.setLength(0);
      }
    }
    if (opening.length() > 0) {
      out.add(opening.toString());
    }
    return out;
  }

  private static final String OPENING = "“‘（《「『【〈〔([{";
  private static final String CLOSING = "，。、；：？！”’）》」』】〉〕…—·,.;:?!)]}%";

  private static boolean punctuation(char c) {
    return OPENING.indexOf(c) >= 0 || CLOSING.indexOf(c) >= 0;
  }

  /** {@code s} cut to at most {@code width} columns, ending in "..." when cut. */
  static String truncate(String s, int width) {
    if (width(s) <= width) {
      return s;
    }
    StringBuilder out = new StringBuilder();
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int cw = width(c);
      if (w + cw > width - 3) {
        if (Character.isLowSurrogate(c)) {
          out.setLength(out.length() - 1); // never leave half a pair
        }
        break;
      }
      out.append(c);
      w += cw;
    }
    return out.toString().stripTrailing() + "...";
  }
}
