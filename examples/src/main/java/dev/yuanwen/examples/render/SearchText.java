package dev.yuanwen.examples.render;

import dev.yuanwen.index.Hit;
import dev.yuanwen.index.QueryExplanation;
import dev.yuanwen.index.SearchResults;
import dev.yuanwen.index.Side;
import java.util.List;
import java.util.Locale;

/**
 * Search hits for an 80-column terminal: a header, what the query was translated as, then per hit
 * its document, side, number and score, the title, the text wrapped with the matches marked, and
 * one line per aligned counterpart.
 */
public final class SearchText {
  private static final int WIDTH = 80;
  private static final String INDENT = "    ";
  // Marks go in before wrapping (one column each) and become colour afterwards on a terminal.
  private static final String OPEN = "«";
  private static final String CLOSE = "»";
  private static final String BOLD_YELLOW = "\u001b[1;33m";
  private static final String RESET = "\u001b[0m";

  private SearchText() {}

  /** The hits as text; {@code color} uses ANSI colour for matches instead of «».. */
  public static String render(SearchResults results, boolean color) {
    StringBuilder out = new StringBuilder();
    int from = results.request().offset() + 1;
    if (results.hits().isEmpty()) {
      out.append(Columns.truncate("no hits for \"" + Columns.truncate(results.request().query(), 40) + "\" ("
          + results.language().label() + ")", WIDTH)).append('\n');
      translatedAs(results.explanation(), out);
      return out.toString();
    }
    out.append(String.format(Locale.ROOT, "hits %d-%d of %,d for \"%s\" (%s)%n", from,
        from + results.hits().size() - 1, results.totalHits(), Columns.truncate(results.request().query(), 40),
        results.language().label()));
    translatedAs(results.explanation(), out);
    int n = from;
    for (Hit hit : results.hits()) {
      out.append('\n');
      String head = String.format(Locale.ROOT, "%2d. %s  %s  score %.2f", n++, hit.doc(), label(hit.side(), hit.index()),
          hit.score());
      out.append(Columns.truncate(head, WIDTH)).append('\n');
      out.append(Columns.truncate(INDENT + hit.title(), WIDTH)).append('\n');
      String marked = hit.marked(OPEN, CLOSE);
      List<String> pieces = hit.side() == Side.ZH ? Columns.chinese(marked) : Columns.words(marked);
      for (String line : Columns.wrap(pieces, hit.side() == Side.ZH ? "" : " ", INDENT, WIDTH)) {
        out.append(color ? line.replace(OPEN, BOLD_YELLOW).replace(CLOSE, RESET) : line).append('\n');
      }
      for (Hit.Counterpart c : hit.aligned()) {
        out.append(Columns.truncate(INDENT + "↔ " + label(c.side(), c.index()) + "  " + c.text(), WIDTH)).append('\n');
      }
      if (hit.aligned().isEmpty()) {
        out.append(INDENT).append(hit.side() == Side.ZH ? "↔ (no point of the digest covers it)" : "↔ (no source paragraph)")
            .append('\n');
      }
    }
    if (results.hasMore()) {
      out.append(String.format(Locale.ROOT, "%nmore: --page %d%n",
          results.request().offset() / results.request().limit() + 2));
    }
    return out.toString();
  }

  /**
   * The line {@code translated as: care → 照顾, 护理; "long-term care"; not 台风 (typhoon)}, wrapped
   * on 80 columns; or why nothing was searched; nothing when the query had nothing to translate.
   */
  static void translatedAs(QueryExplanation explanation, StringBuilder out) {
    String line = explanation.problem() != null ? explanation.problem() : explanation.summary();
    if (line.isEmpty()) {
      return;
    }
    String head = explanation.problem() != null ? "" : "translated as: ";
    List<String> lines = Columns.wrap(Columns.words(head + line), " ", INDENT, WIDTH);
    for (int i = 0; i < lines.size(); i++) {
      String l = i == 0 ? lines.get(i).substring(INDENT.length()) : lines.get(i);
      out.append(Columns.truncate(l, WIDTH)).append('\n');
    }
  }

  /** {@code zh ¶5} for a paragraph, {@code en #3} for a point. */
  static String label(Side side, int index) {
    return side == Side.ZH ? "zh ¶" + index : "en #" + index;
  }
}
