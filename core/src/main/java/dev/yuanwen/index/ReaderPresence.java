package dev.yuanwen.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Which terms a reader has, for the translation of one query: a term is present when some segment's
 * terms dictionary has it (as {@code docFreq > 0}). One terms enumerator per field and segment
 * serves every question, and each answer is kept: a long query asks about a few hundred terms, many
 * of them twice, and a new enumerator per question (as {@link IndexReader#docFreq} makes) was a
 * third of the translation's time and most of its garbage. Not thread-safe: one per query.
 */
final class ReaderPresence implements QueryTranslator.Presence {
  private final List<LeafReaderContext> leaves;
  private final Map<String, TermsEnum[]> enums = new HashMap<>();
  private final Map<String, Map<String, Boolean>> answers = new HashMap<>();

  ReaderPresence(IndexReader reader) {
    this.leaves = reader.leaves();
  }

  @Override
  public boolean has(String field, String term) {
    Map<String, Boolean> known = answers.computeIfAbsent(field, f -> new HashMap<>());
    Boolean answer = known.get(term);
    if (answer == null) {
      answer = look(field, term);
      known.put(term, answer);
    }
    return answer;
  }

  private boolean look(String field, String term) {
    TermsEnum[] perLeaf = enums.computeIfAbsent(field, this::open);
    BytesRef bytes = new BytesRef(term);
    try {
      for (TermsEnum te : perLeaf) {
        if (te != null && te.seekExact(bytes)) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index", e);
    }
  }

  private TermsEnum[] open(String field) {
    TermsEnum[] out = new TermsEnum[leaves.size()];
    try {
      for (int i = 0; i < out.length; i++) {
        Terms terms = leaves.get(i).reader().terms(field);
        out[i] = terms == null ? null : terms.iterator();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index", e);
    }
    return out;
  }
}
