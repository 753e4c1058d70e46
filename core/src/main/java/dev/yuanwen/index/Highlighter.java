package dev.yuanwen.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Finds the stretches of a hit's text that matched: the text is analyzed again as it was indexed
 * and each token (or run of tokens, for a phrase) whose terms the query asked for is marked, at
 * its offsets in the original text, so a simplified query lights up traditional characters.
 */
final class Highlighter {
  private Highlighter() {}

  static List<Hit.Span> spans(Analyzer analyzer, String field, String text, QueryTranslator.Highlights words) {
    List<String> terms = new ArrayList<>();
    List<int[]> offsets = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
        offsets.add(new int[] {offset.startOffset(), offset.endOffset()});
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Hit.Span> spans = new ArrayList<>();
    for (int i = 0; i < terms.size(); ) {
      int covered = words.match(terms, i);
      if (covered == 0) {
        i++;
        continue;
      }
      int start = offsets.get(i)[0];
      int end = offsets.get(i + covered - 1)[1];
      Hit.Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
      if (last != null && start <= last.end()) {
        spans.set(spans.size() - 1, new Hit.Span(last.start(), Math.max(end, last.end())));
      } else if (end > start && start >= 0 && end <= text.length()) {
        spans.add(new Hit.Span(start, end));
      }
      i += covered;
    }
    return spans;
  }
}
