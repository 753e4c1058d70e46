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
    assertEquals(76, queries.queries());
    assertEquals(149, queries.results().size()); // 76 queries, 3 with one side empty
    assertEquals(149, queries.group(SearchEvaluation.SAME_LANGUAGE).searches()
        + queries.group(SearchEvaluation.CROSS_LANGUAGE).searches() + queries.group(SearchEvaluation.MIXED).searches());
  }

  @Test
  void judgedQueriesFindTheirItems() {
    assertAtLeast(queries, SearchEvaluation.SAME_LANGUAGE, 0.85, 0.89); // measured 0.904, 0.941
    assertAtLeast(queries, SearchEvaluation.CROSS_LANGUAGE, 0.75, 0.82); // 0.801, 0.877
    assertAtLeast(queries, SearchEvaluation.MIXED, 0.74, 0.89); // 0.797, 0.946
  }

  @Test
  void pointsFindTheirParagraphs() {
    assertEquals(199, points.results().size());
    assertAtLeast(points, SearchEvaluation.ALL, 0.75, 0.75); // measured 0.805, 0.801
    assertTrue(points.group(SearchEvaluation.ALL).hits() >= 0.84, "hit@10 " + points.group(SearchEvaluation.ALL).hits()); // 0.894
  }
}
