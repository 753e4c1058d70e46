package dev.yuanwen.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yuanwen.index.QueryExplanation.Filter;
import dev.yuanwen.index.QueryExplanation.Source;
import dev.yuanwen.index.QueryExplanation.Term;
import dev.yuanwen.index.QueryExplanation.Translation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one-line summary of what a query was read and translated as. */
class QueryExplanationTest {
  private static Translation t(String text, Side side, float weight, Source source) {
    return new Translation(text, side, weight, source);
  }

  @Test
  void oneLineWithTheBestTranslationsBothSidesInTurn() {
    QueryExplanation e = new QueryExplanation(Language.MIXED,
        List.of(new Term("care", List.of(t("关心", Side.ZH, 0.5f, Source.DICTIONARY), t("照顾", Side.ZH, 0.7f, Source.DICTIONARY),
                t("护理", Side.ZH, 0.6f, Source.DICTIONARY), t("关怀", Side.ZH, 0.4f, Source.DICTIONARY))),
            new Term("3800亿", List.of(t("380 billion", Side.EN, 1f, Source.NUMBER), t("380bn", Side.EN, 1f, Source.NUMBER),
                t("三千八百亿", Side.ZH, 0.9f, Source.NUMBER))),
            new Term("小西天", List.of(t("Xiaoxitian", Side.EN, 0.7f, Source.PINYIN))),
            new Term("GPT-4o", List.of())),
        List.of("long-term care"), List.of(List.of("Kumamoto", "Dresden")),
        List.of(new Term("台风", List.of(t("typhoon", Side.EN, 0.5f, Source.DICTIONARY)))),
        List.of(new Filter("side", "zh", false), new Filter("outlet", "South China Morning Post", false),
            new Filter("doc", "x", true)), null);
    assertEquals("care → 照顾, 护理, 关心, …; 3800亿 → 380 billion, 三千八百亿, 380bn; 小西天 → Xiaoxitian (pinyin)"
        + "; \"long-term care\"; Kumamoto | Dresden; not 台风 (typhoon); side:zh; outlet:\"South China Morning Post\"; -doc:x",
        e.summary());
    assertTrue(e.searched());
  }

  @Test
  void longQueriesStayShort() {
    List<Term> words = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      words.add(new Term("word" + i, List.of(t("词" + i, Side.ZH, 0.7f, Source.DICTIONARY))));
    }
    QueryExplanation e = new QueryExplanation(Language.EN, words, List.of(), List.of(), List.of(), List.of(), null);
    assertTrue(e.summary().contains("+34 more words"), e.summary());
    List<String> phrases = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      phrases.add("a rather long quoted phrase number " + i);
    }
    e = new QueryExplanation(Language.EN, words, phrases, List.of(), List.of(), List.of(), null);
    assertTrue(e.summary().length() <= 240 && e.summary().endsWith("…"), e.summary());
  }

  @Test
  void nothingToSayIsEmpty() {
    QueryExplanation none = QueryExplanation.none(Language.ZH);
    assertEquals("", none.summary());
    assertTrue(none.searched());
    QueryExplanation problem = new QueryExplanation(Language.ZH, List.of(), List.of(), List.of(), List.of(), List.of(),
        "nothing to search: the query only leaves out (-台风); add a word to search for");
    assertTrue(!problem.searched());
  }
}
