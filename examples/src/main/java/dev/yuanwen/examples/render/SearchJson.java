package dev.yuanwen.examples.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yuanwen.index.Hit;
import dev.yuanwen.index.SearchResults;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Search hits as one JSON object, described by {@code docs/search.schema.json}: {@code query},
 * {@code language}, {@code total}, {@code offset} and {@code hits}, each with {@code doc}, {@code
 * title}, {@code side}, {@code index}, {@code score}, {@code text}, {@code highlights} ({@code
 * [start, end)} character offsets into {@code text}) and {@code aligned}.
 */
public final class SearchJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SearchJson() {}

  public static String render(SearchResults results) {
    ObjectNode root = JSON.createObjectNode();
    root.put("query", results.request().query());
    root.put("language", results.language().label());
    root.put("total", results.totalHits());
    root.put("offset", results.request().offset());
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
