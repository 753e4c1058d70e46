package dev.yuanwen.examples.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yuanwen.index.Hit;
import dev.yuanwen.index.QueryExplanation;
import dev.yuanwen.index.SearchResults;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Search hits as one JSON object, described by {@code docs/search.schema.json}: {@code query},
 * {@code language}, {@code total}, {@code offset}, {@code translated_as} (see {@link #translatedAs})
 * and {@code hits}, each with {@code doc}, {@code
 * title}, {@code side}, {@code index}, {@code score}, {@code text}, {@code highlights} ({@code
 * [start, end)} character offsets into {@code text}) and {@code aligned}.
 */
public final class SearchJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SearchJson() {}

  /**
   * What the query was read and translated as: {@code summary} (the one line the text output
   * shows), {@code words} (each with its {@code translations}: {@code text}, {@code side}, {@code
   * weight}, {@code source}), {@code phrases}, {@code any_of}, {@code excluded}, {@code filters} and
   * {@code problem} (why nothing was searched, or null).
   */
  public static ObjectNode translatedAs(QueryExplanation e) {
    ObjectNode t = JSON.createObjectNode();
    t.put("summary", e.summary());
    ArrayNode words = t.putArray("words");
    e.words().forEach(w -> words.add(term(w)));
    ArrayNode phrases = t.putArray("phrases");
    e.phrases().forEach(phrases::add);
    ArrayNode anyOf = t.putArray("any_of");
    e.anyOf().forEach(g -> {
      ArrayNode group = anyOf.addArray();
      g.forEach(group::add);
    });
    ArrayNode excluded = t.putArray("excluded");
    e.excluded().forEach(w -> excluded.add(term(w)));
    ArrayNode filters = t.putArray("filters");
    e.filters().forEach(f -> filters.addObject().put("field", f.field()).put("value", f.value()).put("negated", f.negated()));
    if (e.problem() == null) {
      t.putNull("problem");
    } else {
      t.put("problem", e.problem());
    }
    return t;
  }

  private static ObjectNode term(QueryExplanation.Term term) {
    ObjectNode w = JSON.createObjectNode();
    w.put("text", term.text());
    ArrayNode translations = w.putArray("translations");
    for (QueryExplanation.Translation x : term.translations()) {
      translations.addObject().put("text", x.text()).put("side", x.side().label())
          .put("weight", BigDecimal.valueOf(x.weight()).setScale(3, RoundingMode.HALF_UP))
          .put("source", x.source().label());
    }
    return w;
  }

  public static String render(SearchResults results) {
    ObjectNode root = JSON.createObjectNode();
    root.put("query", results.request().query());
    root.put("language", results.language().label());
    root.put("total", results.totalHits());
    root.put("offset", results.request().offset());
    root.set("translated_as", translatedAs(results.explanation()));
    ArrayNode hits = root.putArray("hits");
    for (Hit hit : results.hits()) {
      ObjectNode h = hits.addObject();
      h.put("doc", hit.doc());
      h.put("title", hit.title());
      h.put("side", hit.side().label());
      h.put("index", hit.index());
      h.put("score", BigDecimal.valueOf(hit.score()).setScale(4, RoundingMode.HALF_UP));
      h.put("text", hit.text());
      ArrayNode spans = h.putArray("highlights");
      for (Hit.Span s : hit.highlights()) {
        spans.addArray().add(s.start()).add(s.end());
      }
      ArrayNode aligned = h.putArray("aligned");
      for (Hit.Counterpart c : hit.aligned()) {
        aligned.addObject().put("side", c.side().label()).put("index", c.index()).put("text", c.text());
      }
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e); // a tree of plain values always serializes
    }
  }
}
