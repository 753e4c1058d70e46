package dev.yuanwen.index;

import java.util.List;
import java.util.Objects;

/**
 * One page of hits, best first.
 *
 * @param request the request answered
 * @param language the query's language, detected or forced
 * @param totalHits how many entries matched in all (at least the number of hits)
 * @param hits this page's hits
 * @param explanation what the query was read and translated as; its {@link
 *     QueryExplanation#problem()} says why nothing was searched, if nothing was
 */
public record SearchResults(
    SearchRequest request, Language language, long totalHits, List<Hit> hits, QueryExplanation explanation) {
  public SearchResults {
    hits = List.copyOf(hits);
    Objects.requireNonNull(explanation, "explanation");
  }

  /** Results without an explanation (nothing parsed or translated to show). */
  public SearchResults(SearchRequest request, Language language, long totalHits, List<Hit> hits) {
    this(request, language, totalHits, hits, QueryExplanation.none(language));
  }

  /** Whether hits follow this page. */
  public boolean hasMore() {
    return request.offset() + hits.size() < totalHits;
  }
}
