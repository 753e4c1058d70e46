package dev.yuanwen.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * A {@link DisjunctionMaxQuery} (a word's translations: the best one counts, the others a little)
 * that, scored in bulk as a clause of a disjunction, scores its alternatives window by window
 * instead of through a heap: each alternative's postings run into per-entry arrays of the best
 * score and the rest, as Lucene's {@code BooleanScorer} does for a sum. The same matches and scores
 * as the query it wraps; elsewhere (inside a conjunction, for explanations) it is that query. On a
 * long query of common words the heap was a sixth of the search.
 */
final class WindowedMaxQuery extends Query {
  private final DisjunctionMaxQuery query;

  WindowedMaxQuery(DisjunctionMaxQuery query) {
    this.query = Objects.requireNonNull(query);
  }

  /** {@code q} with each disjunction-max inside it windowed. */
  static Query windowed(Query q) {
    if (q instanceof DisjunctionMaxQuery d) {
      List<Query> inner = new ArrayList<>();
      boolean changed = false;
      for (Query x : d.getDisjuncts()) {
        Query w = windowed(x);
        changed |= w != x;
        inner.add(w);
      }
      return new WindowedMaxQuery(changed ? new DisjunctionMaxQuery(inner, d.getTieBreakerMultiplier()) : d);
    }
    if (q instanceof BooleanQuery b) {
      BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
      boolean changed = false;
      for (BooleanClause c : b.clauses()) {
        Query w = c.getOccur() == Occur.SHOULD || c.getOccur() == Occur.MUST ? windowed(c.getQuery()) : c.getQuery();
        changed |= w != c.getQuery();
        out.add(w, c.getOccur());
      }
      return changed ? out.build() : q;
    }
    if (q instanceof BoostQuery b) {
      Query w = windowed(b.getQuery());
      return w == b.getQuery() ? q : new BoostQuery(w, b.getBoost());
    }
    if (q instanceof CoordinatedQuery c) {
      Query w = windowed(c.query());
      return w == c.query() ? q : new CoordinatedQuery(w, c.bonus());
    }
    return q; // constant-score clauses are not scored: nothing to gain
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = query.rewrite(searcher);
    if (rewritten == query) {
      return this;
    }
    return rewritten instanceof DisjunctionMaxQuery d ? new WindowedMaxQuery(d) : rewritten;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    if (!scoreMode.needsScores()) {
      return query.createWeight(searcher, scoreMode, boost);
    }
    List<Weight> alternatives = new ArrayList<>();
    for (Query d : query.getDisjuncts()) {
      alternatives.add(searcher.createWeight(d, scoreMode, boost));
    }
    float tie = query.getTieBreakerMultiplier();
    return new Weight(this) {
      /** The disjunction-max's own weight, made when first needed (not in bulk: each term looked up again). */
      private Weight max;

      private synchronized Weight max() throws IOException {
        if (max == null) {
          max = query.createWeight(searcher, scoreMode, boost);
        }
        return max;
      }

      @Override
      public Scorer scorer(LeafReaderContext context) throws IOException {
        return max().scorer(context);
      }

      @Override
      public BulkScorer bulkScorer(LeafReaderContext context) throws IOException {
        List<BulkScorer> scorers = new ArrayList<>();
        for (Weight w : alternatives) {
          BulkScorer s = w.bulkScorer(context);
          if (s != null) {
            scorers.add(s);
          }
        }
        if (scorers.isEmpty()) {
          return null;
        }
        // one alternative present: its score is the best, with no others to add
        return scorers.size() == 1 ? scorers.get(0) : new MaxBulkScorer(scorers, tie);
      }

      @Override
      public Explanation explain(LeafReaderContext context, int doc) throws IOException {
        return max().explain(context, doc);
      }

      @Override
      public Matches matches(LeafReaderContext context, int doc) throws IOException {
        return max().matches(context, doc);
      }

      @Override
      public int count(LeafReaderContext context) throws IOException {
        return max().count(context);
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        if (alternatives.size() > 16) { // as DisjunctionMaxWeight: large ones are not cached
          return false;
        }
        for (Weight w : alternatives) {
          if (!w.isCacheable(ctx)) {
            return false;
          }
        }
        return true; // as DisjunctionMaxWeight says
      }
    };
  }

  /** Alternatives scored window by window into the best score and the sum of the others. */
  private static final class MaxBulkScorer extends BulkScorer {
    /** As BooleanScorer's: one of its windows is one of these. */
    private static final int WINDOW = 2048;
    private final BulkScorer[] scorers;
    /** For each alternative, the first entry it may match that it has not scored yet. */
    private final int[] next;
    private final float tie;
    private final FixedBitSet matched = new FixedBitSet(WINDOW + 1); // + 1: nextSetBit past the last
    private final float[] best = new float[WINDOW];
    private final double[] others = new double[WINDOW];
    private int windowMin;

    MaxBulkScorer(List<BulkScorer> scorers, float tie) {
      this.scorers = scorers.toArray(BulkScorer[]::new);
      this.next = new int[scorers.size()];
      this.tie = tie;
    }

    private final class Into implements LeafCollector {
      private Scorable scorer;

      @Override
      public void setScorer(Scorable scorer) {
        this.scorer = scorer;
      }

      @Override
      public void collect(int doc) throws IOException {
        int i = doc - windowMin;
        float s = scorer.score();
        if (!matched.getAndSet(i)) {
          best[i] = s;
          others[i] = 0;
        } else if (s >= best[i]) { // as DisjunctionMaxScorer sums: the best so far joins the others
          others[i] += best[i];
          best[i] = s;
        } else {
          others[i] += s;
        }
      }
    }

    private final Into into = new Into();

    private static final class Current extends Scorable {
      float score;
      int doc = -1;

      @Override
      public int docID() {
        return doc;
      }

      @Override
      public float score() {
        return score;
      }
    }

    private int first() {
      int n = DocIdSetIterator.NO_MORE_DOCS;
      for (int x : next) {
        n = Math.min(n, x);
      }
      return n;
    }

    @Override
    public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
      Current current = new Current();
      collector.setScorer(current);
      for (int k = 0; k < scorers.length; k++) {
        if (next[k] < min) { // skipped to min (BooleanScorer advances a clause with an empty range): nothing to collect
          next[k] = scorers[k].score(into, acceptDocs, min, min);
        }
      }
      int from = Math.max(min, first());
      while (from < max) {
        windowMin = from;
        int windowMax = (int) Math.min(max, (long) from + WINDOW);
        for (int k = 0; k < scorers.length; k++) {
          if (next[k] < windowMax) {
            next[k] = scorers[k].score(into, acceptDocs, Math.max(from, next[k]), windowMax);
          }
        }
        for (int i = matched.nextSetBit(0); i < WINDOW; i = matched.nextSetBit(i + 1)) {
          current.score = (float) (best[i] + others[i] * tie);
          current.doc = windowMin + i;
          collector.collect(current.doc);
        }
        matched.clear(0, WINDOW);
        from = Math.max(windowMax, first());
      }
      return first();
    }

    @Override
    public long cost() {
      long cost = 0;
      for (BulkScorer s : scorers) {
        cost += s.cost();
      }
      return cost;
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    query.visit(visitor);
  }

  @Override
  public String toString(String field) {
    return query.toString(field);
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && query.equals(((WindowedMaxQuery) other).query);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), query);
  }
}
