package dev.yuanwen.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Finds the stretches of a hit's text that matched: each token (or run of tokens, for a phrase)
 * whose terms the query asked for is marked, at its offsets in the original text, so a simplified
 * query lights up traditional characters. The tokens are the ones indexed, read back from the
 * entry's term vector (positions and offsets); entries of an index written before term vectors
 * (or without them) are analyzed again, as they were indexed.
 */
final class Highlighter {
  private Highlighter() {}

  /** The spans of {@code doc}'s {@code field}, from its term vector, or by analysis when it has none. */
  static List<Hit.Span> spans(TermVectors vectors, int doc, Analyzer analyzer, String field, String text,
      QueryTranslator.Highlights words) {
    try {
      Terms vector = vectors.get(doc, field);
      if (vector == null || !vector.hasPositions() || !vector.hasOffsets()) {
        return spans(analyzer, field, text, words);
      }
      List<long[]> tokens = new ArrayList<>(); // position, start, end, term number
      List<String> names = new ArrayList<>();
      TermsEnum te = vector.iterator();
      PostingsEnum pe = null;
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        names.add(t.utf8ToString());
        pe = te.postings(pe, PostingsEnum.OFFSETS);
        if (pe.nextDoc() == DocIdSetIterator.NO_MORE_DOCS) {
          continue;
        }
        for (int k = pe.freq(); k > 0; k--) {
          int position = pe.nextPosition();
          tokens.add(new long[] {position, pe.startOffset(), pe.endOffset(), names.size() - 1});
        }
      }
      // As the analyzer gave them: by position; at one position the whole word before the words
      // inside it, and those by offset.
      tokens.sort(Comparator.<long[]>comparingLong(x -> x[0]).thenComparingLong(x -> x[1]).thenComparingLong(x -> -x[2]));
      List<String> terms = new ArrayList<>(tokens.size());
      List<int[]> offsets = new ArrayList<>(tokens.size());
      for (long[] x : tokens) {
        terms.add(names.get((int) x[3]));
        offsets.add(new int[] {(int) x[1], (int) x[2]});
      }
      return mark(text, terms, offsets, words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

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
    return mark(text, terms, offsets, words);
  }

  private static List<Hit.Span> mark(String text, List<String> terms, List<int[]> offsets,
      QueryTranslator.Highlights words) {
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
