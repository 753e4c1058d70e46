package dev.yuanwen.index;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * A word of a query that counts once where it is present: the entries {@code query} matches, each
 * scored as {@code query} scores it plus {@code bonus} (a soft AND: an entry with more of the
 * query's words ranks higher, however common they are). The same scores as {@code query} beside
 * {@code ConstantScore(query)^bonus}, but its postings are read once: on a long query of common
 * words the second reading was a fifth of the search.
 */
final class CoordinatedQuery extends Query {
  private final Query query;
  private final float bonus;

  CoordinatedQuery(Query query, float bonus) {
    if (!(bonus >= 0 && Float.isFinite(bonus))) {
      throw new IllegalArgumentException("bonus must be finite and >= 0: " + bonus);
    }
    this.query = Objects.requireNonNull(query);
    this.bonus = bonus;
  }

  Query query() {
    return query;
  }

  float bonus() {
    return bonus;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = query.rewrite(searcher);
    return rewritten == query ? this : new CoordinatedQuery(rewritten, bonus);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    Weight inner = query.createWeight(searcher, scoreMode, boost);
    if (!scoreMode.needsScores()) {
      return inner;
    }
    float added = bonus * boost;
    return new FilterWeight(this, inner) {
      @Override
      public Scorer scorer(LeafReaderContext context) throws IOException {
        Scorer s = in.scorer(context);
        if (s == null) {
          return null;
        }
        return new FilterScorer(s, this) {
          @Override
          public float score() throws IOException {
            return in.score() + added;
          }

          @Override
          public float getMaxScore(int upTo) throws IOException {
            return in.getMaxScore(upTo) + added;
          }

          @Override
          public int advanceShallow(int target) throws IOException {
            return in.advanceShallow(target);
          }
        };
      }

      @Override
      public Explanation explain(LeafReaderContext context, int doc) throws IOException {
        Explanation e = in.explain(context, doc);
        if (!e.isMatch()) {
          return e;
        }
        return Explanation.match(e.getValue().floatValue() + added, "sum of:", e,
            Explanation.match(added, "present (counts once)"));
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    query.visit(visitor.getSubVisitor(Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return "counted(" + query.toString(field) + ")^" + bonus;
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && query.equals(((CoordinatedQuery) other).query)
        && Float.compare(bonus, ((CoordinatedQuery) other).bonus) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), query, bonus);
  }
}
