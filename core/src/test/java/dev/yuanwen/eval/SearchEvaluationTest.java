package dev.yuanwen.eval;

import dev.yuanwen.document.GoldDocument;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yuanwen.InputException;
import dev.yuanwen.document.Article;
import dev.yuanwen.document.Digest;
import dev.yuanwen.document.GoldDocument.GoldLink;
import dev.yuanwen.eval.JudgedQuery.Item;
import dev.yuanwen.eval.JudgedQuery.Kind;
import dev.yuanwen.eval.SearchReport.Group;
import dev.yuanwen.eval.SearchReport.Result;
import dev.yuanwen.index.CorpusDocument;
import dev.yuanwen.index.CorpusIndex;
import dev.yuanwen.index.IndexProgress;
import dev.yuanwen.index.Language;
import dev.yuanwen.index.Side;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Exact figures on a corpus of two small documents and a gold digest, with judgments chosen so that
 * each search's rank is plain from the texts.
 */
class SearchEvaluationTest {
  private static final double EPS = 1e-12;
  private static CorpusIndex index;

  /**
   * A gold digest: point 0 names the festival of paragraph 0; point 1 the festival and next year
   * (paragraph 1 has both, paragraph 0 only the festival; its other gold paragraph 2 neither);
   * heading 2 shares no word with its paragraphs 0 and 2; point 3 is unsupported.
   */
  private static final GoldDocument FESTIVAL = new GoldDocument("festival", GoldDocument.Kind.DIGEST, "tests", "", "",
      List.of("音乐节吸引了五万名观众。", "主办方表示，音乐节明年将继续举办。", "当地酒店入住率大幅上升。"),
      List.of("The music festival drew 50,000 visitors.", "The festival will return next year.", "I. A Big Weekend",
          "Ticket prices will rise."),
      List.of(new GoldLink(0, 0), new GoldLink(1, 1), new GoldLink(1, 2), new GoldLink(2, 0), new GoldLink(2, 2)), List.of(3), List.of(), "", false);

  /** A gold translation, one paragraph each: rail#0-{0}, rail#1-{1}. */
  private static final GoldDocument RAIL = new GoldDocument("rail", GoldDocument.Kind.PARALLEL, "tests", "", "",
      List.of("今年以来，全国铁路发送旅客31.2亿人次，同比增长12.5%。", "铁路部门表示，将继续增开夜间高铁列车。"),
      List.of("Since the start of the year, the railways have carried 3.12 billion passengers, up 12.5% year on year.",
          "The railway authorities said they would keep adding overnight high-speed trains."),
      List.of(new GoldLink(0, 0), new GoldLink(1, 1)), List.of(), List.of(), "", false);

  @BeforeAll
  static void indexTheDocuments() {
    index = CorpusIndex.inMemory();
    index.addAll(List.of(
        doc("tencent",
            List.of("腾讯公司今天发布了第三季度财报，营收同比增长百分之十。",
                "分析师认为，游戏仍是腾讯最重要的收入来源，腾讯的广告收入也在增长。",
                "另外，阿里巴巴宣布将裁员。"),
            List.of("Tencent reported third-quarter revenue up 10% year on year.",
                "Analysts say games remain Tencent's biggest source of income.",
                "Alibaba announced job cuts.")),
        doc("panda",
            List.of("成都大熊猫繁育研究基地迎来两只大熊猫幼崽。", "基地工作人员说，幼崽健康状况良好。"),
            List.of("Two giant panda cubs were born at the Chengdu breeding base.", "Staff said the cubs are healthy.")),
        CorpusDocument.of(FESTIVAL), CorpusDocument.of(RAIL)),
        IndexProgress.NONE);
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static CorpusDocument doc(String id, List<String> zh, List<String> en) {
    return new CorpusDocument(id, "", "", "", "", "", List.of(), Article.of(id, zh), Digest.of(id, en));
  }

  private static Item i(String doc, int index) {
    return new Item(doc, index);
  }

  private static JudgedQuery q(String id, String query, Language lang, Kind kind, List<Item> zh, List<Item> en) {
    return new JudgedQuery(id, query, lang, kind, zh, en, "");
  }

  private static JudgedQuery hard(String id, String query, Language lang, Kind kind, List<Item> zh, List<Item> en) {
    return new JudgedQuery(id, query, lang, kind, zh, en, "", true, JudgedQuery.Split.HELDOUT);
  }

  /**
   * The searches: a zh->zh rank 2 (paragraph 1 says 腾讯 twice, the judged paragraph 0 once); b
   * en->zh and en->en rank 1; c zh->zh no hit (the judged paragraph lacks the word); d mixed->zh
   * rank 1, mixed->en rank 1 with both judged points found; e en->zh and en->en rank 1; f zh->en
   * rank 1; g zh->zh rank 1, two of three judged paragraphs found (the third is on another subject).
   * c and e are judged hard.
   */
  private static final List<JudgedQuery> QUERIES = List.of(
      q("a", "腾讯", Language.ZH, Kind.NAME, List.of(i("tencent", 0)), List.of()),
      q("b", "giant panda cubs", Language.EN, Kind.TOPIC, List.of(i("panda", 0)), List.of(i("panda", 0))),
      hard("c", "熊猫", Language.ZH, Kind.NAME, List.of(i("panda", 1)), List.of()),
      q("d", "Tencent 财报", Language.MIXED, Kind.NUMBER, List.of(i("tencent", 0)), List.of(i("tencent", 0), i("tencent", 1))),
      hard("e", "Alibaba layoffs", Language.EN, Kind.PARAPHRASE, List.of(i("tencent", 2)), List.of(i("tencent", 2))),
      q("f", "大熊猫", Language.ZH, Kind.NAME, List.of(), List.of(i("panda", 0))),
      q("g", "幼崽", Language.ZH, Kind.TOPIC, List.of(i("panda", 0), i("panda", 1), i("tencent", 2)), List.of()));

  private static void assertGroup(SearchReport r, String name, int searches, double mrr, double recall, double hits) {
    Group g = r.group(name);
    assertEquals(searches, g.searches(), name);
    assertEquals(mrr, g.mrr(), EPS, name + " MRR");
    assertEquals(recall, g.recall(), EPS, name + " recall@10");
    assertEquals(hits, g.hits(), EPS, name + " hit@10");
  }

  @Test
  void eachSearchHasItsRank() {
    SearchReport r = SearchEvaluation.of(index).run(QUERIES);
    assertEquals(7, r.queries());
    assertEquals(List.of(
        new Result("a", "腾讯", "name", Language.ZH, Side.ZH, 2, 1, 1),
        new Result("b", "giant panda cubs", "topic", Language.EN, Side.ZH, 1, 1, 1),
        new Result("b", "giant panda cubs", "topic", Language.EN, Side.EN, 1, 1, 1),
        new Result("c", "熊猫", "name", Language.ZH, Side.ZH, 0, 0, 1, true),
        new Result("d", "Tencent 财报", "number", Language.MIXED, Side.ZH, 1, 1, 1),
        new Result("d", "Tencent 财报", "number", Language.MIXED, Side.EN, 1, 2, 2),
        new Result("e", "Alibaba layoffs", "paraphrase", Language.EN, Side.ZH, 1, 1, 1, true),
        new Result("e", "Alibaba layoffs", "paraphrase", Language.EN, Side.EN, 1, 1, 1, true),
        new Result("f", "大熊猫", "name", Language.ZH, Side.EN, 1, 1, 1),
        new Result("g", "幼崽", "topic", Language.ZH, Side.ZH, 1, 2, 3)), r.results());
    // worst first: no hit, then rank 2
    assertEquals(List.of("c", "a"), r.misses().stream().map(Result::id).toList());
    assertTrue(r.searchMillis() >= 0);
  }

  @Test
  void groupFiguresAreExact() {
    SearchReport r = SearchEvaluation.of(index).run(QUERIES);
    assertEquals(List.of("all", "english", "cross-language", "hard", "same-language", "mixed", "zh->zh", "zh->en", "en->en",
        "en->zh", "mixed->zh", "mixed->en", "name", "number", "topic", "paraphrase", "abbreviation", "script", "syntax"),
        r.groups().stream().map(Group::name).toList());
    // all ten: a 1/2 then eight at rank 1 and c none; recall 1 but c 0 and g 2/3
    assertGroup(r, SearchEvaluation.ALL, 10, 8.5 / 10, (8 + 2.0 / 3) / 10, 9.0 / 10);
    assertGroup(r, SearchEvaluation.ENGLISH, 4, 1, 1, 1); // b and e, both sides
    assertGroup(r, SearchEvaluation.HARD, 3, 2.0 / 3, 2.0 / 3, 2.0 / 3); // c (none), e zh, e en
    // a (1/2), c (0), g (1, 2/3), b en (1), e en (1)
    assertGroup(r, SearchEvaluation.SAME_LANGUAGE, 5, 3.5 / 5, (1 + 0 + 2.0 / 3 + 1 + 1) / 5, 4.0 / 5);
    assertGroup(r, SearchEvaluation.CROSS_LANGUAGE, 3, 1, 1, 1); // f, b zh, e zh
    assertGroup(r, SearchEvaluation.MIXED, 2, 1, 1, 1);
    assertGroup(r, "zh->zh", 3, 1.5 / 3, (1 + 0 + 2.0 / 3) / 3, 2.0 / 3);
    assertGroup(r, "zh->en", 1, 1, 1, 1);
    assertGroup(r, "en->en", 2, 1, 1, 1);
    assertGroup(r, "en->zh", 2, 1, 1, 1);
    assertGroup(r, "mixed->zh", 1, 1, 1, 1);
    assertGroup(r, "mixed->en", 1, 1, 1, 1);
    assertGroup(r, "name", 3, 1.5 / 3, 2.0 / 3, 2.0 / 3); // a, c, f
    assertGroup(r, "number", 2, 1, 1, 1);
    assertGroup(r, "topic", 3, 1, (1 + 1 + 2.0 / 3) / 3, 1); // b zh, b en, g
    assertGroup(r, "paraphrase", 2, 1, 1, 1);
    assertEquals(0, r.group("syntax").searches());
  }

  @Test
  void aGroupWithoutSearchesHasNoFigures() {
    SearchReport r = SearchEvaluation.of(index).run(QUERIES.subList(0, 1));
    Group g = r.group("en->zh");
    assertEquals(0, g.searches());
    assertNull(g.mrr());
    assertNull(g.recall());
    assertNull(g.hits());
    assertThrows(IllegalArgumentException.class, () -> r.group("no such group"));
  }

  @Test
  void aJudgmentTheIndexLacksIsAnInputError() {
    SearchEvaluation e = SearchEvaluation.of(index);
    InputException unknown = assertThrows(InputException.class,
        () -> e.run(List.of(QUERIES.get(0), q("x", "熊猫", Language.ZH, Kind.NAME, List.of(i("pandas", 0)), List.of()))));
    assertEquals("query \"x\": relevant zh item [\"pandas\", 0]: no document \"pandas\" in the index", unknown.getMessage());
    InputException paragraph = assertThrows(InputException.class,
        () -> e.run(List.of(q("y", "熊猫", Language.ZH, Kind.NAME, List.of(i("panda", 2)), List.of()))));
    assertEquals("query \"y\": relevant zh item [\"panda\", 2] is out of range (the document has 2 paragraphs)",
        paragraph.getMessage());
    InputException point = assertThrows(InputException.class,
        () -> e.run(List.of(q("z", "熊猫", Language.ZH, Kind.NAME, List.of(), List.of(i("tencent", 3))))));
    assertEquals("query \"z\": relevant en item [\"tencent\", 3] is out of range (the document has 3 points)",
        point.getMessage());
  }

  @Test
  void pointsAsQueries() {
    SearchReport r = SearchEvaluation.of(index).runPointsAsQueries(List.of(FESTIVAL, RAIL));
    assertEquals(2, r.queries());
    assertEquals(List.of(
        new Result("festival#0", FESTIVAL.en().get(0), "lead", Language.EN, Side.ZH, 1, 1, 1),
        new Result("festival#1", FESTIVAL.en().get(1), "paragraph", Language.EN, Side.ZH, 1, 1, 2),
        // the heading's words are not in its paragraphs, but the aligner linked it to one, and the
        // paragraph's alignment-aware field holds the heading's words
        new Result("festival#2", FESTIVAL.en().get(2), "heading", Language.EN, Side.ZH, 1, 1, 2),
        new Result("rail#0", RAIL.en().get(0), "lead", Language.EN, Side.ZH, 1, 1, 1),
        new Result("rail#1", RAIL.en().get(1), "paragraph", Language.EN, Side.ZH, 1, 1, 1)), r.results());
    assertEquals(List.of("all", "digest", "parallel", "lead", "heading", "paragraph"),
        r.groups().stream().map(Group::name).toList());
    assertGroup(r, SearchEvaluation.ALL, 5, 1, 4.0 / 5, 1);
    assertGroup(r, "digest", 3, 1, 2.0 / 3, 1);
    assertGroup(r, "parallel", 2, 1, 1, 1);
    assertGroup(r, "heading", 1, 1, 0.5, 1);
    assertGroup(r, "paragraph", 2, 1, 0.75, 1);
    assertEquals(List.of(), r.misses().stream().map(Result::id).toList());
  }

  @Test
  void pointsOfADocumentTheIndexLacksAreAnInputError() {
    GoldDocument other = new GoldDocument("other", GoldDocument.Kind.PARALLEL, "tests", "", "", RAIL.zh(), RAIL.en(),
        RAIL.links(), List.of(), List.of(), "", false);
    InputException e = assertThrows(InputException.class,
        () -> SearchEvaluation.of(index).runPointsAsQueries(List.of(RAIL, other)));
    assertEquals("other: the document is not in the index", e.getMessage());
    GoldDocument shorter = new GoldDocument("festival", GoldDocument.Kind.PARALLEL, "tests", "", "", RAIL.zh(), RAIL.en(),
        RAIL.links(), List.of(), List.of(), "", false);
    e = assertThrows(InputException.class, () -> SearchEvaluation.of(index).runPointsAsQueries(List.of(shorter)));
    assertEquals("festival: the index holds 3 paragraphs under this id, the gold 2", e.getMessage());
  }
}
