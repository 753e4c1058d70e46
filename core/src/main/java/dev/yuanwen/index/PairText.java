package dev.yuanwen.index;

import dev.yuanwen.lexicon.TranslationTable.TermPair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A document's training pairs as stored text ({@link IndexSchema#PAIRS}): one pair per line, its
 * weight, English terms and Chinese terms, tab-separated, terms separated by spaces. Terms hold no
 * tab, space or line break (one that did would be split there).
 */
final class PairText {
  private PairText() {}

  static String write(List<TermPair> pairs) {
    StringBuilder s = new StringBuilder();
    for (TermPair p : pairs) {
      s.append(p.weight()).append('\t');
      join(s, p.english());
      s.append('\t');
      join(s, p.chinese());
      s.append('\n');
    }
    return s.toString();
  }

  private static void join(StringBuilder s, List<String> terms) {
    for (int i = 0; i < terms.size(); i++) {
      if (i > 0) {
        s.append(' ');
      }
      s.append(terms.get(i).replaceAll("\\s", "_"));
    }
  }

  /** The pairs of {@link #write}'s text; null or empty text has none, and a line that is not a pair is skipped. */
  static List<TermPair> read(String text) {
    List<TermPair> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    for (String line : text.split("\n")) {
      String[] f = line.split("\t", -1);
      if (f.length != 3 || f[1].isEmpty() || f[2].isEmpty()) {
        continue;
      }
      double w;
      try {
        w = Double.parseDouble(f[0]);
      } catch (NumberFormatException e) {
        continue;
      }
      if (w > 0 && !Double.isInfinite(w)) {
        out.add(new TermPair(Arrays.asList(f[1].split(" ")), Arrays.asList(f[2].split(" ")), w));
      }
    }
    return out;
  }
}
