package dev.yuanwen.index;

import java.util.List;

/**
 * One page of hits, best first.
 *
 * @param request the request answered
 * @param language the query's language, detected or forced
 * @param totalHits how many entries matched in all (at least the number of hits)
 * @param hits this page's hits
 */
public record SearchResults(SearchRequest request, Language language, long totalHits, List<Hit> hits) {
  public SearchResults {
    hits = List.copyOf(hits);
  }

  /** Whether hits follow this page. */
  public boolean hasMore() {
    return request.offset() + hits.size() < totalHits;
  }
}
