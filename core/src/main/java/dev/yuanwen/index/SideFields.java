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
    return without(q, leaf -> onForeignField(leaf, foreign));
  }

  /**
   * {@code q} without the leaves {@code drop} accepts (they match nothing where it is run); null when
   * nothing of it is left.
   */
  static Query without(Query q, java.util.function.Predicate<Query> drop) {
    if (q instanceof BoostQuery b) {
      Query in = without(b.getQuery(), drop);
      return in == null ? null : in == b.getQuery() ? q : new BoostQuery(in, b.getBoost());
    }
    if (q instanceof ConstantScoreQuery c) {
      Query in = without(c.getQuery(), drop);
      return in == null ? null : in == c.getQuery() ? q : new ConstantScoreQuery(in);
    }
    if (q instanceof DisjunctionMaxQuery d) {
      List<Query> kept = new ArrayList<>();
      boolean changed = false;
      for (Query x : d.getDisjuncts()) {
        Query r = without(x, drop);
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
        Query r = without(c.getQuery(), drop);
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
    return drop.test(q) ? null : q;
  }

  /**
   * Whether every leaf of {@code q} reads only text fields that {@code side}'s entries have and the
   * other side's lack: then it matches that side's entries only, and a filter on the side is
   * redundant (and, over every entry of the side, not free).
   */
  static boolean confined(Query q, Side side) {
    Set<String> own = new HashSet<>(of(side));
    own.removeAll(of(side.other()));
    boolean[] confined = {true};
    q.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        confined[0] &= own.contains(field);
        return true;
      }

      @Override
      public void visitLeaf(Query query) {
        // a leaf that names no field (a match-all) could match anything
        Set<String> fields = fields(query);
        confined[0] &= !fields.isEmpty() && own.containsAll(fields);
      }

      @Override
      public QueryVisitor getSubVisitor(Occur occur, Query parent) {
        return this;
      }
    });
    return confined[0];
  }

  private static Set<String> fields(Query leaf) {
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
    return fields;
  }

  /** Whether a leaf reads a field of {@code foreign} only. */
  private static boolean onForeignField(Query leaf, Set<String> foreign) {
    Set<String> fields = fields(leaf);
    return !fields.isEmpty() && foreign.containsAll(fields);
  }
}
