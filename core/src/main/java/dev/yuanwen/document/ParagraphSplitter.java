package dev.yuanwen.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups cleaned lines into paragraphs. Without blank lines every non-empty line is a paragraph.
 * With blank lines each blank-separated block is read on its own: a line continues onto the next
 * (a hard wrap, joined without a space between Chinese characters) when it is "cut": it lacks closing
 * punctuation and is at least 60% as wide as the block's widest line; in a block that has a cut, a
 * line at least 90% as wide also continues (a wrap may fall right after a "。"). Other lines stand
 * alone, so a title followed by one-paragraph-per-line text, or a short subheading on the line above
 * its paragraph, is not glued to its neighbours.
 */
final class ParagraphSplitter {
  private ParagraphSplitter() {}

  static List<String> split(List<String> lines) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> block = null;
    for (String line : lines) {
      if (line.isEmpty()) {
        block = null;
      } else {
        if (block == null) {
          block = new ArrayList<>();
          blocks.add(block);
        }
        block.add(line);
      }
    }
    List<String> paragraphs = new ArrayList<>();
    if (blocks.size() <= 1) {
      if (!blocks.isEmpty()) {
        paragraphs.addAll(blocks.get(0)); // one paragraph per line
      }
      return paragraphs;
    }
    for (List<String> b : blocks) {
      paragraphs.addAll(joinBlock(b));
    }
    return paragraphs;
  }

  static boolean usesBlankLines(List<String> lines) {
    boolean seenText = false;
    boolean blankAfterText = false;
    for (String line : lines) {
      if (line.isEmpty()) {
        blankAfterText |= seenText;
      } else if (blankAfterText) {
        return true;
      } else {
        seenText = true;
      }
    }
    return false;
  }

  private static List<String> joinBlock(List<String> block) {
    if (block.size() == 1) {
      return block;
    }
    int max = 0;
    for (String line : block) {
      max = Math.max(max, width(line));
    }
    boolean wrapped = false;
    for (int i = 0; i < block.size() - 1; i++) {
      wrapped |= isCut(block.get(i), max);
    }
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder(block.get(0));
    for (int i = 0; i < block.size() - 1; i++) {
      String line = block.get(i);
      String next = block.get(i + 1);
      boolean continues = isCut(line, max) || (wrapped && width(line) * 10 >= max * 9);
      if (continues) {
        join(current, next);
      } else {
        out.add(current.toString());
        current = new StringBuilder(next);
      }
    }
    out.add(current.toString());
    return out;
  }

  private static boolean isCut(String line, int maxWidth) {
    return !endsClosed(line) && width(line) * 10 >= maxWidth * 6;
  }

  /** Ends with sentence or clause closing punctuation, possibly followed by closing quotes. */
  static boolean endsClosed(String line) {
    int i = line.length();
    while (i > 0 && "”’」』）)》】]\"'".indexOf(line.charAt(i - 1)) >= 0) {
      i--;
    }
    if (i == 0) {
      return true;
    }
    return "。！？!?…⋯.．；;：:".indexOf(line.charAt(i - 1)) >= 0;
  }

  /** Appends {@code next}: with a space only when neither side is a CJK character (English words). */
  static void join(StringBuilder current, String next) {
    if (current.length() > 0
        && !next.isEmpty()
        && !isCjk(current.codePointBefore(current.length()))
        && !isCjk(next.codePointAt(0))) {
      current.append(' ');
    }
    current.append(next);
  }

  /** Han, CJK punctuation and full-width forms; curly quotes are shared with English, so not these. */
  private static boolean isCjk(int cp) {
    return TextCleaner.isHan(cp) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
  }

  /** Display width: Chinese characters count double, which is how wrapped text was laid out. */
  static int width(String line) {
    int w = 0;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      w += TextCleaner.isChinese(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }
}
