package dev.yuanwen.solr;

import dev.yuanwen.index.BilingualQuery;
import dev.yuanwen.index.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.ShardParams;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.handler.component.ShardRequest;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.stats.StatsCache;
import org.apache.solr.search.stats.StatsUtil;
import org.apache.solr.search.stats.TermStats;

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
 *
 * <p>A translation that no entry has is left out, as locally, and which ones the collection has is
 * decided for the whole collection, not per shard, when the collection's {@code statsCache} is
 * {@code ExactStatsCache} (as in the configset): in the statistics request each shard's query also
 * asks for the statistics of every term its translation looked up and found, and of the fields
 * searched; in the query request each shard keeps a translation that some shard has (the
 * collection's statistics, sent by the coordinator). So every shard runs the query the whole
 * collection would, with the collection's statistics, and scores as a single index of the same
 * entries does. Without distributed statistics each shard decides with its own terms.
 */
public class YuanwenQParserPlugin extends QParserPlugin {
  /** The name the configset registers it under. */
  public static final String NAME = "yuanwen";

  /** The fields the query scores: their collection statistics are asked for on every shard. */
  private static final List<String> SCORED_FIELDS = List.of("zh", "en", "via_zh", "via_en");

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
        return query(qstr == null ? "" : qstr, language, req);
      }
    };
  }

  /** The query on this core, for the request it is part of (see the class comment). */
  static Query query(String text, Language language, SolrQueryRequest req) {
    IndexReader reader = req.getSearcher().getIndexReader();
    SolrParams p = req.getParams();
    int purpose = p.getBool(ShardParams.IS_SHARD, false) ? p.getInt(ShardParams.SHARDS_PURPOSE, 0) : 0;
    if ((purpose & ShardRequest.PURPOSE_GET_TERM_STATS) != 0) {
      // The statistics request: the shard's own query, and every term it found, for the coordinator.
      Set<Term> found = new LinkedHashSet<>();
      Query q = BilingualQuery.withTerms(text, language, (field, term) -> {
        boolean has = docFreq(reader, field, term) > 0;
        if (has) {
          found.add(new Term(field, term));
        }
        return has;
      }).query();
      return withStatistics(q, found);
    }
    String global = p.get(StatsCache.TERM_STATS_KEY);
    if (global != null && (purpose & ShardRequest.PURPOSE_SET_TERM_STATS) != 0) {
      // The query request with the collection's statistics: a term some shard has is present.
      Map<String, TermStats> stats = StatsUtil.termStatsMapFromString(global);
      Set<String> present = new HashSet<>();
      if (stats != null) {
        stats.values().stream().filter(s -> s.docFreq > 0).forEach(s -> present.add(s.term));
      }
      BiPredicate<String, String> has = (field, term) -> present.contains(field + ":" + term)
          || docFreq(reader, field, term) > 0;
      return BilingualQuery.withTerms(text, language, has).query();
    }
    return BilingualQuery.of(text, language, reader).query();
  }

  /**
   * {@code q} with a clause that makes ExactStatsCache collect the statistics of {@code
   * found} (the terms the translation looked up and this shard has, some of which {@code q} may not
   * score here) and of {@link #SCORED_FIELDS} (a shard reports a field's statistics only when its
   * query scores a term of it). Only for the statistics request, which runs nothing.
   */
  private static Query withStatistics(Query q, Set<Term> found) {
    Set<Term> scored = new HashSet<>();
    int[] leaves = {0};
    q.visit(new LeafCounter(leaves, scored));
    // within Lucene's clause limit: the statistics request rewrites the query as the search would
    int room = IndexSearcher.getMaxClauseCount() - leaves[0];
    BooleanQuery.Builder extra = new BooleanQuery.Builder();
    int added = 0;
    for (String field : SCORED_FIELDS) {
      if (added < room) {
        extra.add(new TermQuery(new Term(field, "")), Occur.SHOULD);
        added++;
      }
    }
    for (Term t : found) {
      if (!scored.contains(t) && added < room) {
        extra.add(new TermQuery(t), Occur.SHOULD);
        added++;
      }
    }
    if (added == 0) {
      return q;
    }
    // A plain clause: one of boost 0 would be rewritten as not scoring, and collect nothing.
    return new BooleanQuery.Builder().add(q, Occur.SHOULD).add(extra.build(), Occur.SHOULD).build();
  }

  /**
   * Counts a query's leaves (as its rewrite would count clauses) into {@code leaves[0]}, and adds
   * the terms of its scoring clauses to {@code scored}; under a clause that does not score (a
   * filter, an exclusion) it only counts.
   */
  private static final class LeafCounter extends QueryVisitor {
    private final int[] leaves;
    private final Set<Term> scored; // null: not scoring here

    LeafCounter(int[] leaves, Set<Term> scored) {
      this.leaves = leaves;
      this.scored = scored;
    }

    @Override
    public void consumeTerms(Query query, Term... terms) {
      if (scored != null) {
        scored.addAll(List.of(terms));
      }
      leaves[0] += terms.length;
    }

    @Override
    public void visitLeaf(Query query) {
      leaves[0]++;
    }

    @Override
    public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
      leaves[0]++;
    }

    @Override
    public QueryVisitor getSubVisitor(Occur occur, Query parent) {
      return scored == null || occur == Occur.MUST || occur == Occur.SHOULD ? this : new LeafCounter(leaves, null);
    }
  }

  private static int docFreq(IndexReader reader, String field, String term) {
    try {
      return reader.docFreq(new Term(field, term));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index", e);
    }
  }
}
