package dev.yuanwen.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * A query cut down to the text fields one side's entries have: a paragraph has {@code zh} and
 * {@code via_en}, a point {@code en} and {@code via_zh}. A clause on another side's field cannot
 * match there, but under a filter on the side it would still be read: the postings of a common
 * character on {@code zh}, advanced entry by entry under {@code type:en}, were most of the slowest
 * query's time.
 */
final class SideFields {
  private SideFields() {}

  /** The text fields of {@code side}'s entries. */
  static Set<String> of(Side side) {
    return side == Side.ZH ? Set.of(IndexSchema.ZH, IndexSchema.VIA_EN) : Set.of(IndexSchema.EN, IndexSchema.VIA_ZH);
  }

  /**
   * {@code q} without its leaves on text fields {@code side}'s entries lack, matching the same
   * entries of that side with the same scores; null when nothing of it is left. Leaves on other
   * fields (the side's own {@code type}, filters) are kept.
   */
  static Query restrict(Query q, Side side) {
    Set<String> own = of(side);
    Set<String> foreign = new HashSet<>(of(side.other()));
    foreign.removeAll(own);
    return restrict(q, foreign);
  }

  private static Query restrict(Query q, Set<String> foreign) {
    if (q instanceof BoostQuery b) {
      Query in = restrict(b.getQuery(), foreign);
      return in == null ? null : in == b.getQuery() ? q : new BoostQuery(in, b.getBoost());
    }
    if (q instanceof ConstantScoreQuery c) {
      Query in = restrict(c.getQuery(), foreign);
      return in == null ? null : in == c.getQuery() ? q : new ConstantScoreQuery(in);
    }
    if (q instanceof DisjunctionMaxQuery d) {
      List<Query> kept = new ArrayList<>();
      boolean changed = false;
      for (Query x : d.getDisjuncts()) {
        Query r = restrict(x, foreign);
        changed |= r != x;
        if (r != null) {
          kept.add(r);
        }
      }
      if (kept.isEmpty()) {
        return null;
      }
      return !changed ? q : kept.size() == 1 ? kept.get(0) : new DisjunctionMaxQuery(kept, d.getTieBreakerMultiplier());
    }
    if (q instanceof BooleanQuery b) {
      BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
      boolean changed = false;
      int positive = 0;
      int should = 0;
      for (BooleanClause c : b.clauses()) {
        if (c.getOccur() == Occur.MUST_NOT) {
          out.add(c); // an exclusion on a field the side lacks excludes nothing there: harmless as is
          continue;
        }
        Query r = restrict(c.getQuery(), foreign);
        changed |= r != c.getQuery();
        if (r == null) {
          if (c.getOccur() != Occur.SHOULD) {
            return null; // a required clause that cannot match
          }
          continue;
        }
        out.add(r, c.getOccur());
        positive++;
        should += c.getOccur() == Occur.SHOULD ? 1 : 0;
      }
      if (positive == 0 || should < b.getMinimumNumberShouldMatch()) {
        return null;
      }
      return changed ? out.build() : q;
    }
    return onForeignField(q, foreign) ? null : q;
  }

  /** Whether a leaf reads a field of {@code foreign} only. */
  private static boolean onForeignField(Query leaf, Set<String> foreign) {
    Set<String> fields = new HashSet<>();
    leaf.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        fields.add(field);
        return false;
      }

      @Override
      public QueryVisitor getSubVisitor(Occur occur, Query parent) {
        return this;
      }
    });
    return !fields.isEmpty() && foreign.containsAll(fields);
  }
}
