package dev.yuanwen.eval;

import dev.yuanwen.document.GoldDocument;
import dev.yuanwen.InputException;
import dev.yuanwen.document.Point;
import dev.yuanwen.document.GoldDocument.GoldLink;
import dev.yuanwen.eval.JudgedQuery.Item;
import dev.yuanwen.eval.SearchReport.Group;
import dev.yuanwen.eval.SearchReport.Result;
import dev.yuanwen.index.CorpusIndex;
import dev.yuanwen.index.Hit;
import dev.yuanwen.index.Language;
import dev.yuanwen.index.SearchRequest;
import dev.yuanwen.index.Side;
import dev.yuanwen.index.StoredDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Measures a {@link CorpusIndex}'s search on judged queries: MRR and recall@10 per query language
 * and side searched, per kind, and in three summary groups.
 *
 * <pre>{@code
 * try (CorpusIndex index = CorpusIndex.inMemory()) {
 *   index.addAll(CorpusDocument.readAll(List.of(Path.of("corpus"))), IndexProgress.NONE);
 *   SearchReport r = SearchEvaluation.of(index).run(JudgedQueries.read(Path.of("corpus/queries.jsonl")));
 *   System.out.println(r.group(SearchEvaluation.CROSS_LANGUAGE).mrr());
 * }
 * }</pre>
 *
 * <p>Each query is searched on each side that has a relevant item, once, as {@code
 * SearchRequest.of(query).side(side).limit(10)} (its language detected, not forced); a side without
 * relevant items is not measured. The groups, in this order: first the rows the hidden evaluation
 * reports, {@value #ALL} (every search), {@value #ENGLISH} (English queries, both sides), {@value
 * #CROSS_LANGUAGE} (Chinese queries on the English side and the other way) and {@value #HARD}
 * (queries judged hard, both sides); then {@value #SAME_LANGUAGE} (Chinese queries on the Chinese
 * side, English ones on the English side) and {@value #MIXED} (queries in both scripts, both
 * sides); then each language and side ({@code zh->zh}, {@code zh->en}, {@code en->en}, {@code
 * en->zh}, {@code mixed->zh}, {@code mixed->en}); then each kind ({@code name}, {@code number},
 * {@code topic}, {@code paraphrase}, {@code abbreviation}, {@code script}, {@code syntax}). Which
 * queries to run (a split) is the caller's choice: filter by {@link JudgedQuery#split()}.
 *
 * <p>{@link #runPointsAsQueries} measures the other way round, on gold documents: each English point
 * with gold links is the query, the Chinese side is searched, and its gold paragraphs are relevant.
 */
public final class SearchEvaluation {
  /** Chinese queries on the Chinese side and English queries on the English side. */
  public static final String SAME_LANGUAGE = "same-language";
  /** Chinese queries on the English side and English queries on the Chinese side. */
  public static final String CROSS_LANGUAGE = "cross-language";
  /** Queries in both scripts, on both sides. */
  public static final String MIXED = "mixed";
  /** Every search (in {@link #runPointsAsQueries}, every point). */
  public static final String ALL = "all";
  /** English queries, on both sides. */
  public static final String ENGLISH = "english";
  /** Queries judged hard (synonyms or paraphrase, the other script, numbers written another way), both sides. */
  public static final String HARD = "hard";
  /** How many hits each search looks at. */
  public static final int TOP = 10;

  private final CorpusIndex index;
  private final Map<String, Optional<StoredDocument>> documents = new HashMap<>();

  private SearchEvaluation(CorpusIndex index) {
    this.index = Objects.requireNonNull(index, "index");
  }

  /** An evaluation of {@code index}'s search; the index must hold the documents judged. */
  public static SearchEvaluation of(CorpusIndex index) {
    return new SearchEvaluation(index);
  }

  /**
   * Searches every query on each side that has relevant items and scores the hits. A judgment
   * naming a document the index lacks, or an index past the document's end, is an {@link
   * InputException} naming the query (checked before anything is searched).
   */
  public SearchReport run(List<JudgedQuery> queries) {
    queries.forEach(this::check);
    List<Result> results = new ArrayList<>();
    long t0 = System.nanoTime();
    for (JudgedQuery q : queries) {
      for (Side side : Side.values()) {
        if (!q.relevant(side).isEmpty()) {
          results.add(search(q.id(), q.query(), q.kind().label(), q.language(), side, new HashSet<>(q.relevant(side)), q.hard()));
        }
      }
    }
    double ms = (System.nanoTime() - t0) / 1e6;
    List<Group> groups = new ArrayList<>();
    groups.add(Group.of(ALL, results));
    groups.add(group(results, ENGLISH, r -> r.language() == Language.EN));
    groups.add(group(results, CROSS_LANGUAGE, r -> r.language() != Language.MIXED && !r.language().label().equals(r.side().label())));
    groups.add(group(results, HARD, Result::hard));
    groups.add(group(results, SAME_LANGUAGE, r -> r.language().label().equals(r.side().label())));
    groups.add(group(results, MIXED, r -> r.language() == Language.MIXED));
    for (Language language : Language.values()) {
      for (Side side : language == Language.EN ? new Side[] {Side.EN, Side.ZH} : Side.values()) {
        groups.add(group(results, language.label() + "->" + side.label(), r -> r.language() == language && r.side() == side));
      }
    }
    for (JudgedQuery.Kind kind : JudgedQuery.Kind.values()) {
      groups.add(group(results, kind.label(), r -> r.kind().equals(kind.label())));
    }
    return new SearchReport(queries.size(), groups, results, ms);
  }

  /**
   * Uses each English point of {@code gold} that has gold links as a query on the Chinese side
   * (language detected, top 10) and scores the hits against the point's gold paragraphs. The
   * documents must be in the index as they are in the gold (same id, same paragraphs); a missing
   * one is an {@link InputException}. Groups: {@value #ALL}, then each gold kind present ({@code
   * digest}, {@code parallel}), then each point kind present ({@code lead}, {@code heading}, ...).
   */
  public SearchReport runPointsAsQueries(List<GoldDocument> gold) {
    gold.forEach(this::check);
    List<Result> results = new ArrayList<>();
    Map<Result, GoldDocument.Kind> goldKind = new HashMap<>();
    long t0 = System.nanoTime();
    for (GoldDocument doc : gold) {
      Map<Integer, Set<Item>> relevant = new LinkedHashMap<>();
      for (GoldLink l : doc.links()) {
        relevant.computeIfAbsent(l.en(), k -> new HashSet<>()).add(new Item(doc.id(), l.zh()));
      }
      List<Point> points = doc.digest().points();
      for (int i = 0; i < doc.en().size(); i++) {
        if (relevant.containsKey(i)) {
          String text = doc.en().get(i);
          Result r = search(doc.id() + "#" + i, text, label(points.get(i).kind()), Language.detect(text), Side.ZH, relevant.get(i),
              false);
          results.add(r);
          goldKind.put(r, doc.kind());
        }
      }
    }
    double ms = (System.nanoTime() - t0) / 1e6;
    List<Group> groups = new ArrayList<>();
    groups.add(Group.of(ALL, results));
    for (GoldDocument.Kind kind : GoldDocument.Kind.values()) {
      addIfAny(groups, group(results, kind.label(), r -> goldKind.get(r) == kind));
    }
    for (Point.Kind kind : Point.Kind.values()) {
      addIfAny(groups, group(results, label(kind), r -> r.kind().equals(label(kind))));
    }
    return new SearchReport(gold.size(), groups, results, ms);
  }

  private static String label(Point.Kind kind) {
    return kind.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static void addIfAny(List<Group> groups, Group g) {
    if (g.searches() > 0) {
      groups.add(g);
    }
  }

  private static Group group(List<Result> results, String name, Predicate<Result> member) {
    return Group.of(name, results.stream().filter(member).toList());
  }

  private Result search(String id, String query, String kind, Language language, Side side, Set<Item> relevant, boolean hard) {
    List<Hit> hits = index.search(SearchRequest.of(query).side(side).limit(TOP)).hits();
    int rank = 0;
    int found = 0;
    for (int i = 0; i < hits.size(); i++) {
      if (relevant.contains(new Item(hits.get(i).doc(), hits.get(i).index()))) {
        found++;
        rank = rank == 0 ? i + 1 : rank;
      }
    }
    return new Result(id, query, kind, language, side, rank, found, relevant.size(), hard);
  }

  private StoredDocument stored(String id) {
    return documents.computeIfAbsent(id, index::document).orElse(null);
  }

  private void check(JudgedQuery q) {
    for (Side side : Side.values()) {
      for (Item item : q.relevant(side)) {
        StoredDocument doc = stored(item.doc());
        String what = "relevant " + side.label() + " item [\"" + item.doc() + "\", " + item.index() + "]";
        if (doc == null) {
          throw new InputException("query \"" + q.id() + "\"", what + ": no document \"" + item.doc() + "\" in the index");
        }
        int size = side == Side.ZH ? doc.paragraphs().size() : doc.points().size();
        if (item.index() >= size) {
          throw new InputException("query \"" + q.id() + "\"", what + " is out of range (the document has " + size + " "
              + (side == Side.ZH ? "paragraphs" : "points") + ")");
        }
      }
    }
  }

  private void check(GoldDocument gold) {
    StoredDocument doc = stored(gold.id());
    if (doc == null) {
      throw new InputException(gold.id(), "the document is not in the index");
    }
    if (doc.paragraphs().size() != gold.zh().size()) {
      throw new InputException(gold.id(), "the index holds " + doc.paragraphs().size() + " paragraphs under this id, the gold "
          + gold.zh().size());
    }
  }
}
