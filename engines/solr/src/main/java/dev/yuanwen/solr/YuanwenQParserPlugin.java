package dev.yuanwen.solr;

import dev.yuanwen.index.BilingualQuery;
import dev.yuanwen.index.Language;
import java.util.Locale;
import org.apache.lucene.search.Query;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;

/**
 * The {@code {!yuanwen}} query parser: what a user typed, read and translated as {@code
 * CorpusIndex.search} does ({@link BilingualQuery}), over a collection with the yuanwen configset's
 * fields ({@code zh}, {@code en}, {@code type}, {@code doc}, {@code tag_key}, {@code outlet_key}).
 * An English query reaches Chinese paragraphs through the lexicon and the other way round; quoted
 * phrases, {@code -word}, {@code OR}, {@code side:zh} and the other filters work as locally, and
 * nothing typed is Lucene or Solr syntax. Registered in {@code solrconfig.xml}:
 *
 * <pre>{@code
 * <queryParser name="yuanwen" class="dev.yuanwen.solr.YuanwenQParserPlugin"/>
 * }</pre>
 *
 * and used as {@code q={!yuanwen lang=en v=$qq}&qq=long-term care}. The optional local parameter
 * {@code lang} ({@code zh}, {@code en} or {@code mixed}) forces the query's language; without it
 * the script decides. A query with nothing to search (exclusions or filters alone) matches nothing.
 */
public class YuanwenQParserPlugin extends QParserPlugin {
  /** The name the configset registers it under. */
  public static final String NAME = "yuanwen";

  @Override
  public QParser createParser(String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
    return new QParser(qstr, localParams, params, req) {
      @Override
      public Query parse() {
        String lang = localParams == null ? null : localParams.get("lang");
        if (lang == null) {
          lang = params == null ? null : params.get("yuanwen.lang");
        }
        Language language = null;
        if (lang != null && !lang.isBlank()) {
          try {
            language = Language.valueOf(lang.strip().toUpperCase(Locale.ROOT));
          } catch (IllegalArgumentException e) {
            throw new SolrException(SolrException.ErrorCode.BAD_REQUEST,
                "{!yuanwen}: lang must be zh, en or mixed, not '" + lang + "'");
          }
        }
        // The shard's own reader: translations that occur nowhere in it are left out, as locally.
        return BilingualQuery.of(qstr == null ? "" : qstr, language, req.getSearcher().getIndexReader()).query();
      }
    };
  }
}
