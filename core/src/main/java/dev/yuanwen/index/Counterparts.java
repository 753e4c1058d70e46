package dev.yuanwen.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The texts of the entries that search hits are aligned to (a paragraph's points, a point's
 * paragraphs). {@link CorpusIndex} writes a document's entries as one block, in order: the
 * document entry, its paragraphs, then its points, and Lucene keeps a block's entries together and
 * in order through merges. So an aligned entry is found by position: paragraph {@code j} right after
 * the document entry, point {@code k} at the first point after it plus {@code k}, with no search.
 * Each entry found is checked against its stored document, side and index; if any differs (an index
 * written some other way), they are all found by a search instead, as they were before.
 */
final class Counterparts {
  private Counterparts() {}

  private static final java.util.Set<String> FIELDS = java.util.Set.of(IndexSchema.DOC, IndexSchema.SIDE,
      IndexSchema.INDEX, IndexSchema.TEXT);

  /** The key of an entry in {@link #of}'s map. */
  static String key(String doc, Side side, int index) {
    return doc + '\u0000' + side.label() + '\u0000' + index;
  }

  /**
   * The texts of the entries aligned to {@code hits} (their stored fields; {@code docIds} their
   * Lucene document numbers, in the same order), by {@link #key}, read through {@code stored} (the
   * hits' own reader: its buffers serve again).
   */
  static Map<String, String> of(IndexSearcher s, StoredFields stored, List<Document> hits, int[] docIds)
      throws IOException {
    List<long[]> wanted = new ArrayList<>(); // Lucene doc, hit number, side (0 zh, 1 en), index
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    Map<String, int[]> blocks = new HashMap<>(); // document id -> first entry, first point
    for (int h = 0; h < hits.size(); h++) {
      Document d = hits.get(h);
      List<Integer> indices = CorpusIndex.split(d.get(IndexSchema.ALIGNED), ",");
      if (indices.isEmpty()) {
        continue;
      }
      String id = d.get(IndexSchema.DOC);
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docIds[h], leaves));
      int[] block = blocks.get(id);
      if (block == null) {
        block = block(leaf, id);
        if (block == null) {
          return bySearch(s, hits);
        }
        blocks.put(id, block);
      }
      Side other = Side.valueOf(d.get(IndexSchema.SIDE).toUpperCase(java.util.Locale.ROOT)).other();
      for (int index : indices) {
        int local = other == Side.ZH ? block[0] + 1 + index : block[1] + index;
        if (index < 0 || local >= (other == Side.ZH ? block[1] : block[2])) {
          return bySearch(s, hits);
        }
        wanted.add(new long[] {leaf.docBase + local, h, other == Side.ZH ? 0 : 1, index});
      }
    }
    Map<String, String> out = new HashMap<>();
    if (wanted.isEmpty()) {
      return out;
    }
    // In index order: a document's entries sit side by side, and reading them in order decompresses
    // each block of stored fields once.
    wanted.sort((x, y) -> Long.compare(x[0], y[0]));
    for (long[] w : wanted) {
      Document d = stored.document((int) w[0], FIELDS);
      String id = hits.get((int) w[1]).get(IndexSchema.DOC);
      Side side = w[2] == 0 ? Side.ZH : Side.EN;
      if (!id.equals(d.get(IndexSchema.DOC)) || !side.label().equals(d.get(IndexSchema.SIDE))
          || d.getField(IndexSchema.INDEX) == null || d.getField(IndexSchema.INDEX).numericValue().intValue() != w[3]) {
        return bySearch(s, hits);
      }
      out.put(key(id, side, (int) w[3]), d.get(IndexSchema.TEXT));
    }
    return out;
  }

  /**
   * Where document {@code id}'s entries are in {@code leaf}: its document entry, its first point
   * (the block's end if it has none) and the block's end; null when the entries are not one block
   * of live entries.
   */
  private static int[] block(LeafReaderContext leaf, String id) throws IOException {
    Terms ids = leaf.reader().terms(IndexSchema.DOC);
    Terms types = leaf.reader().terms(IndexSchema.TYPE);
    if (ids == null || types == null) {
      return null;
    }
    TermsEnum te = ids.iterator();
    if (!te.seekExact(new BytesRef(id))) {
      return null;
    }
    Bits live = leaf.reader().getLiveDocs();
    PostingsEnum pe = te.postings(null, PostingsEnum.NONE);
    int first = -1;
    int end = -1;
    for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      if (first < 0) {
        first = doc;
      } else if (doc != end) {
        return null; // live entries not side by side
      }
      end = doc + 1;
    }
    if (first < 0) {
      return null;
    }
    TermsEnum typeEnum = types.iterator();
    int points = end;
    if (typeEnum.seekExact(new BytesRef(IndexSchema.typeOf(Side.EN)))) {
      PostingsEnum pts = typeEnum.postings(null, PostingsEnum.NONE);
      int p = pts.advance(first);
      if (p < end) {
        points = p;
      }
    }
    return new int[] {first, points, end};
  }

  /** The same by one search for all of them (for an index whose entries are not in blocks). */
  static Map<String, String> bySearch(IndexSearcher s, List<Document> hits) throws IOException {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int wanted = 0;
    for (Document d : hits) {
      List<Integer> indices = CorpusIndex.split(d.get(IndexSchema.ALIGNED), ",");
      if (indices.isEmpty()) {
        continue;
      }
      Side other = Side.valueOf(d.get(IndexSchema.SIDE).toUpperCase(java.util.Locale.ROOT)).other();
      any.add(new BooleanQuery.Builder()
          .add(new TermQuery(new Term(IndexSchema.DOC, d.get(IndexSchema.DOC))), Occur.FILTER)
          .add(new TermQuery(new Term(IndexSchema.TYPE, other.label())), Occur.FILTER)
          .add(IntPoint.newSetQuery(IndexSchema.INDEX, indices), Occur.FILTER)
          .build(), Occur.SHOULD);
      wanted += indices.size();
    }
    Map<String, String> out = new HashMap<>();
    if (wanted == 0) {
      return out;
    }
    TopDocs top = s.search(any.build(), wanted);
    StoredFields stored = s.storedFields();
    ScoreDoc[] inOrder = top.scoreDocs.clone();
    Arrays.sort(inOrder, (x, y) -> Integer.compare(x.doc, y.doc));
    for (ScoreDoc sd : inOrder) {
      Document d = stored.document(sd.doc, FIELDS);
      Side side = Side.valueOf(d.get(IndexSchema.SIDE).toUpperCase(java.util.Locale.ROOT));
      out.put(key(d.get(IndexSchema.DOC), side, d.getField(IndexSchema.INDEX).numericValue().intValue()),
          d.get(IndexSchema.TEXT));
    }
    return out;
  }
}
