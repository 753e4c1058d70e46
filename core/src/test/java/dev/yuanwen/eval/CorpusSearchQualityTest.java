package dev.yuanwen.eval;

import dev.yuanwen.document.GoldFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yuanwen.eval.SearchReport.Group;
import dev.yuanwen.index.CorpusDocument;
import dev.yuanwen.index.CorpusIndex;
import dev.yuanwen.index.IndexProgress;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end on the project corpus: its documents indexed in memory, searched with the judged
 * queries of {@code corpus/queries.jsonl}, and with the points of its gold digests. The floors sit
 * 0.05 under what the search reached when they were set (in the comments), so a change that costs
 * quality fails here.
 */
class CorpusSearchQualityTest {
  private static final Path CORPUS = Path.of("..", "corpus");
  private static CorpusIndex index;
  private static SearchReport queries;
  private static SearchReport points;

  @BeforeAll
  static void searchTheCorpus() {
    index = CorpusIndex.inMemory();
    index.addAll(CorpusDocument.readAll(List.of(CORPUS)), IndexProgress.NONE);
    queries = SearchEvaluation.of(index).run(JudgedQueries.read(CORPUS.resolve("queries.jsonl")));
    // the gold records hold the same documents (same ids, same paragraphs) as the corpus folders
    points = SearchEvaluation.of(index).runPointsAsQueries(GoldFiles.read(CORPUS));
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static void assertAtLeast(SearchReport r, String group, double mrr, double recall) {
    Group g = r.group(group);
    assertTrue(g.mrr() >= mrr, group + " MRR " + g.mrr() + " < " + mrr);
    assertTrue(g.recall() >= recall, group + " recall@10 " + g.recall() + " < " + recall);
  }

  @Test
  void everyJudgedSideIsSearched() {
    assertEquals(157, queries.queries());
    assertEquals(297, queries.results().size()); // 157 queries, 17 with one side empty
    assertEquals(297, queries.group(SearchEvaluation.ALL).searches());
    assertEquals(297, queries.group(SearchEvaluation.SAME_LANGUAGE).searches()
        + queries.group(SearchEvaluation.CROSS_LANGUAGE).searches() + queries.group(SearchEvaluation.MIXED).searches());
  }

  @Test
  void judgedQueriesFindTheirItems() {
    // all 157 queries, both splits; measured before the search issue's ranking changes
    assertAtLeast(queries, SearchEvaluation.ALL, 0.69, 0.78); // measured 0.747, 0.839
    assertAtLeast(queries, SearchEvaluation.ENGLISH, 0.68, 0.74); // 0.733, 0.797
    assertAtLeast(queries, SearchEvaluation.CROSS_LANGUAGE, 0.57, 0.66); // 0.623, 0.719
    assertAtLeast(queries, SearchEvaluation.HARD, 0.71, 0.82); // 0.762, 0.879
    assertAtLeast(queries, SearchEvaluation.SAME_LANGUAGE, 0.80, 0.87); // 0.856, 0.925
    assertAtLeast(queries, SearchEvaluation.MIXED, 0.73, 0.88); // 0.782, 0.931
  }

  @Test
  void pointsFindTheirParagraphs() {
    assertEquals(199, points.results().size());
    assertAtLeast(points, SearchEvaluation.ALL, 0.75, 0.75); // measured 0.805, 0.801
    assertTrue(points.group(SearchEvaluation.ALL).hits() >= 0.84, "hit@10 " + points.group(SearchEvaluation.ALL).hits()); // 0.894
  }
}
