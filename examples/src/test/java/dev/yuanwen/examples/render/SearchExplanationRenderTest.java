package dev.yuanwen.examples.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yuanwen.index.Hit;
import dev.yuanwen.index.Language;
import dev.yuanwen.index.QueryExplanation;
import dev.yuanwen.index.QueryExplanation.Source;
import dev.yuanwen.index.QueryExplanation.Term;
import dev.yuanwen.index.QueryExplanation.Translation;
import dev.yuanwen.index.SearchRequest;
import dev.yuanwen.index.SearchResults;
import dev.yuanwen.index.Side;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The "translated as" line of the text output and the {@code translated_as} key of the JSON. */
class SearchExplanationRenderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static QueryExplanation explanation() {
    return new QueryExplanation(Language.MIXED,
        List.of(new Term("长江", List.of(new Translation("Yangtze", Side.EN, 0.7f, Source.DICTIONARY))),
            new Term("3800亿", List.of(new Translation("380 billion", Side.EN, 1f, Source.NUMBER),
                new Translation("三千八百亿", Side.ZH, 0.9f, Source.NUMBER)))),
        List.of("long-term care"), List.of(List.of("Kumamoto", "Dresden")),
        List.of(new Term("广东", List.of(new Translation("Guangdong", Side.EN, 0.7f, Source.DICTIONARY)))),
        List.of(new QueryExplanation.Filter("side", "zh", false)), null);
  }

  private static SearchResults results(QueryExplanation e, List<Hit> hits) {
    return new SearchResults(SearchRequest.of("\"long-term care\" 长江 3800亿 Kumamoto OR Dresden -广东 side:zh"),
        Language.MIXED, hits.size(), hits, e);
  }

  private static final Hit HIT = new Hit("anthropic-pause", "Title", Side.ZH, 5, 1.5f, "估值约3800亿美元",
      List.of(new Hit.Span(3, 10)), List.of());

  @Test
  void textHasOneTranslatedAsLineUnderTheHeader() {
    String out = SearchText.render(results(explanation(), List.of(HIT)), false);
    String[] lines = out.split("\n");
    assertTrue(lines[0].startsWith("hits 1-1 of 1 for "), out);
    assertEquals("translated as: 长江 → Yangtze; 3800亿 → 380 billion, 三千八百亿; \"long-term", lines[1]);
    assertEquals("    care\"; Kumamoto | Dresden; not 广东 (Guangdong); side:zh", lines[2]);
    assertEquals("", lines[3]);
    String none = SearchText.render(results(explanation(), List.of()), false);
    assertTrue(none.contains("\ntranslated as: 长江 → Yangtze"), none);
    // Nothing to say: no line.
    String plain = SearchText.render(results(QueryExplanation.none(Language.ZH), List.of(HIT)), false);
    assertTrue(plain.split("\n")[1].isEmpty(), plain);
  }

  @Test
  void longExplanationsWrapIn80Columns() {
    List<Term> words = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      words.add(new Term("词语" + i, List.of(new Translation("a-very-long-english-gloss-" + "x".repeat(60), Side.EN, 0.7f,
          Source.DICTIONARY))));
    }
    QueryExplanation e = new QueryExplanation(Language.ZH, words, List.of(), List.of(), List.of(), List.of(), null);
    for (String line : SearchText.render(results(e, List.of(HIT)), false).split("\n")) {
      assertTrue(Columns.width(line) <= 80, line);
    }
  }

  @Test
  void jsonCarriesTheExplanationAsTheSchemaSays() throws Exception {
    JsonNode root = JSON.readTree(SearchJson.render(results(explanation(), List.of(HIT))));
    List<String> problems = SchemaCheck.check(JSON.readTree(Path.of("..", "docs", "search.schema.json").toFile()), root);
    assertTrue(problems.isEmpty(), String.join("\n", problems));
    JsonNode t = root.get("translated_as");
    assertEquals(explanation().summary(), t.get("summary").asText());
    JsonNode figure = t.get("words").get(1);
    assertEquals("3800亿", figure.get("text").asText());
    assertEquals("380 billion", figure.get("translations").get(0).get("text").asText());
    assertEquals("en", figure.get("translations").get(0).get("side").asText());
    assertEquals("number", figure.get("translations").get(0).get("source").asText());
    assertEquals(0.9, figure.get("translations").get(1).get("weight").asDouble(), 1e-9);
    assertEquals("long-term care", t.get("phrases").get(0).asText());
    assertEquals("Dresden", t.get("any_of").get(0).get(1).asText());
    assertEquals("Guangdong", t.get("excluded").get(0).get("translations").get(0).get("text").asText());
    assertEquals("side", t.get("filters").get(0).get("field").asText());
    assertTrue(t.get("problem").isNull());
  }
}
