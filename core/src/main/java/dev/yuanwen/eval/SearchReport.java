package dev.yuanwen.eval;

import dev.yuanwen.index.Language;
import dev.yuanwen.index.Side;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What {@link SearchEvaluation} measured: the figures per group of searches, and each search.
 *
 * @param queries how many queries (or points) were given
 * @param groups the figures per group, in a fixed order (see {@link SearchEvaluation})
 * @param results each search, in input order
 * @param searchMillis the time spent searching, in milliseconds
 */
public record SearchReport(int queries, List<Group> groups, List<Result> results, double searchMillis) {

  public SearchReport {
    groups = List.copyOf(groups);
    results = List.copyOf(results);
  }

  /**
   * The figures of a group of searches. A figure with nothing to count is {@code null}.
   *
   * @param name the group's name, e.g. {@code same-language}, {@code zh->en}, {@code name}
   * @param searches how many searches the group holds
   * @param mrr the mean reciprocal rank of the first relevant hit in the top 10 (0 when none is)
   * @param recall the mean share of the relevant items found in the top 10 (recall@10)
   * @param hits the share of the searches with at least one relevant item in the top 10
   */
  public record Group(String name, int searches, Double mrr, Double recall, Double hits) {
    public Group {
      Objects.requireNonNull(name, "name");
    }

    /** The figures of {@code results}. */
    static Group of(String name, List<Result> results) {
      if (results.isEmpty()) {
        return new Group(name, 0, null, null, null);
      }
      double rr = 0;
      double recall = 0;
      int hits = 0;
      for (Result r : results) {
        rr += r.rank() == 0 ? 0 : 1.0 / r.rank();
        recall += (double) r.found() / r.relevant();
        hits += r.found() > 0 ? 1 : 0;
      }
      int n = results.size();
      return new Group(name, n, rr / n, recall / n, (double) hits / n);
    }
  }

  /**
   * One search: a query run on one side, limited to the top 10.
   *
   * @param id the query's id ({@code doc#point} for a point used as a query)
   * @param query the query text
   * @param kind the query's kind ({@code name}, ...; for a point, its kind: {@code item}, ...)
   * @param language the query's language, as judged (for a point, as detected)
   * @param side the side searched
   * @param rank the rank (from 1) of the first relevant hit in the top 10; 0 when there is none
   * @param found how many relevant items the top 10 holds
   * @param relevant how many items on this side are relevant (at least 1)
   * @param hard whether the query is judged hard (see {@link JudgedQuery#hard()}); false for a point
   */
  public record Result(String id, String query, String kind, Language language, Side side, int rank, int found, int relevant,
      boolean hard) {
    /** A search of a query that is not hard. */
    public Result(String id, String query, String kind, Language language, Side side, int rank, int found, int relevant) {
      this(id, query, kind, language, side, rank, found, relevant, false);
    }
  }

  /** The group named {@code name}. */
  public Group group(String name) {
    return groups.stream().filter(g -> g.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no group " + name + " in the report"));
  }

  /**
   * The searches whose first relevant hit is not at rank 1, worst first: no relevant hit in the
   * top 10, then by rank from the last, then by the share found; input order among equals.
   */
  public List<Result> misses() {
    List<Result> out = new ArrayList<>();
    for (Result r : results) {
      if (r.rank() != 1) {
        out.add(r);
      }
    }
    out.sort(Comparator.comparingInt((Result r) -> r.rank() == 0 ? Integer.MAX_VALUE : r.rank()).reversed()
        .thenComparingDouble(r -> (double) r.found() / r.relevant()));
    return out;
  }
}
