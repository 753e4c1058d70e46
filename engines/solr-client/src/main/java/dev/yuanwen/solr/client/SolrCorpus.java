package dev.yuanwen.solr.client;

import dev.yuanwen.InputException;
import dev.yuanwen.align.Aligner;
import dev.yuanwen.align.Alignment;
import dev.yuanwen.align.Link;
import dev.yuanwen.align.PointAlignment;
import dev.yuanwen.analysis.EnglishTerms;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import dev.yuanwen.document.Paragraph;
import dev.yuanwen.document.Point;
import dev.yuanwen.index.BilingualQuery;
import dev.yuanwen.index.CorpusDocument;
import dev.yuanwen.index.Hit;
import dev.yuanwen.index.IndexProgress;
import dev.yuanwen.index.SearchRequest;
import dev.yuanwen.index.SearchResults;
import dev.yuanwen.index.Side;
import java.io.Closeable;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;

/**
 * A corpus in a Solr collection with the yuanwen configset ({@code engines/solr/configset}): the
 * documents are aligned here, in the client, and sent as one Solr document per entry (metadata,
 * paragraph, point) with compositeId keys ({@code <doc>!zh-3}), so that all entries of a document
 * live on one shard; search goes through the collection's {@code {!yuanwen}} parser and gives the
 * same {@link SearchResults} as {@code CorpusIndex.search}.
 *
 * <pre>{@code
 * try (SolrCorpus solr = SolrCorpus.connect("http://localhost:8983/solr/corpus")) {
 *   solr.index(CorpusDocument.readAll(List.of(Path.of("corpus"))), IndexProgress.NONE);
 *   solr.search(SearchRequest.of("Anthropic 估值")).hits();
 * }
 * }</pre>
 *
 * <p>{@link #index} returns once Solr has acknowledged every batch and committed; each update is in
 * Solr's transaction log before it is acknowledged, so nothing acknowledged is lost. Thread-safe
 * for searches.
 */
public final class SolrCorpus implements Closeable {
  /** Entries per update request. */
  static final int BATCH = 500;
  private static final String OPEN = "⟦";
  private static final String CLOSE = "⟧";

  private final String url;
  private final SolrClient client;
  private final String collection;
  private final boolean owned;
  private final Aligner aligner;

  private SolrCorpus(String url, SolrClient client, String collection, boolean owned, Aligner aligner) {
    this.url = url;
    this.client = client;
    this.collection = collection;
    this.owned = owned;
    this.aligner = aligner;
  }

  /**
   * A collection by its URL, {@code http://host:8983/solr/<collection>}. Nothing is sent until the
   * first call; an unreachable Solr or a missing collection is then an {@link InputException}.
   */
  public static SolrCorpus connect(String collectionUrl) {
    String u = collectionUrl.strip().replaceAll("/+$", "");
    int slash = u.lastIndexOf('/');
    if (!u.matches("https?://.+/.+") || slash < 0 || slash == u.length() - 1) {
      throw new InputException(collectionUrl, "not a collection URL; give http://HOST:PORT/solr/COLLECTION");
    }
    String base = u.substring(0, slash);
    String collection = u.substring(slash + 1);
    SolrClient client = new Http2SolrClient.Builder(base).withConnectionTimeout(5, java.util.concurrent.TimeUnit.SECONDS)
        .withRequestTimeout(120, java.util.concurrent.TimeUnit.SECONDS).build();
    return new SolrCorpus(u, client, collection, true, Aligner.shared());
  }

  /** A collection through a client the caller owns (and closes): a test's cluster, an embedded server. */
  public static SolrCorpus of(SolrClient client, String collection) {
    return new SolrCorpus(collection, client, collection, false, Aligner.shared());
  }

  /** Whether the collection answers; an {@link InputException} saying why not. */
  public void check() {
    SolrQuery q = new SolrQuery("*:*").setRows(0);
    q.set("defType", "lucene");
    call(() -> client.query(collection, q));
  }

  /**
   * Aligns each document and sends its entries, in batches of about {@value #BATCH}, replacing any
   * entries of a document with its id; tells {@code progress} after each acknowledged batch; commits
   * at the end. Returns how many documents were sent.
   */
  public int index(List<CorpusDocument> docs, IndexProgress progress) {
    check();
    long start = System.nanoTime();
    List<SolrInputDocument> batch = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    int done = 0;
    for (int i = 0; i < docs.size(); i++) {
      CorpusDocument doc = docs.get(i);
      batch.addAll(entries(doc, aligner.align(doc.article(), doc.digest())));
      ids.add(doc.id());
      if (batch.size() >= BATCH || i == docs.size() - 1) {
        send(ids, batch);
        done = i + 1;
        progress.update(done, docs.size(), Duration.ofNanos(System.nanoTime() - start));
        batch.clear();
        ids.clear();
      }
    }
    commit();
    return done;
  }

  /** Deletes the entries of these documents (a document's old paragraphs), then adds the new ones. */
  private void send(List<String> ids, List<SolrInputDocument> entries) {
    StringBuilder q = new StringBuilder("doc:(");
    for (int i = 0; i < ids.size(); i++) {
      q.append(i == 0 ? "" : " OR ").append('"').append(ClientUtils.escapeQueryChars(ids.get(i))).append('"');
    }
    q.append(')');
    // two requests: in one, Solr applies the adds before the delete-by-query
    call(() -> new UpdateRequest().deleteByQuery(q.toString()).process(client, collection));
    call(() -> new UpdateRequest().add(entries).process(client, collection));
  }

  /** Makes everything sent visible to searches (and durable in the index, not only in the log). */
  public void commit() {
    call(() -> client.commit(collection, true, true));
  }

  /** The entries of one aligned document, as {@code CorpusIndex} writes them. */
  static List<SolrInputDocument> entries(CorpusDocument doc, Alignment alignment) {
    List<SolrInputDocument> out = new ArrayList<>();
    SolrInputDocument meta = common(doc, "doc", doc.id() + "!doc");
    meta.addField("outlet", doc.outlet());
    meta.addField("outlet_en", doc.outletEn());
    meta.addField("title_zh", doc.titleZh());
    meta.addField("title_en", doc.titleEn());
    meta.addField("date", doc.date());
    doc.tags().forEach(t -> meta.addField("tag", t));
    StringBuilder links = new StringBuilder();
    for (Point p : doc.digest().points()) {
      links.append(p.index() > 0 ? ";" : "").append(join(alignment.point(p.index()).paragraphs()));
    }
    meta.addField("links", links.toString());
    out.add(meta);
    // The alignment-aware fields, as CorpusIndex weighs them: on a paragraph the terms of the points
    // linked to it (via_en), on a point those of its paragraphs (via_zh), each by link confidence.
    int paragraphs = doc.article().paragraphs().size();
    List<Map<String, Double>> viaEn = new ArrayList<>();
    List<List<String>> zhTerms = new ArrayList<>();
    for (int z = 0; z < paragraphs; z++) {
      viaEn.add(new java.util.LinkedHashMap<>());
      zhTerms.add(null);
    }
    List<Map<String, Double>> viaZh = new ArrayList<>();
    for (PointAlignment pa : alignment.points()) {
      Map<String, Double> via = new java.util.LinkedHashMap<>();
      List<String> enTerms = null;
      for (Link link : pa.links()) {
        int z = link.paragraph();
        if (z >= paragraphs) {
          continue;
        }
        if (enTerms == null) {
          enTerms = terms(EnglishTerms.analyzer(), "en", pa.point().raw());
        }
        if (zhTerms.get(z) == null) {
          zhTerms.set(z, terms(CHINESE, "zh", doc.article().paragraphs().get(z).text()));
        }
        for (String t : enTerms) {
          add(viaEn.get(z), t, link.confidence());
        }
        for (String t : zhTerms.get(z)) {
          add(via, t, link.confidence());
        }
      }
      viaZh.add(via);
    }
    for (Paragraph p : doc.article().paragraphs()) {
      SolrInputDocument e = common(doc, "zh", doc.id() + "!zh-" + p.index());
      e.addField("index", p.index());
      e.addField("zh", p.text());
      e.addField("title", doc.title());
      e.addField("aligned", join(alignment.pointsLinkedTo(p.index())));
      if (!viaEn.get(p.index()).isEmpty()) {
        e.addField("via_en", frequencies(viaEn.get(p.index())));
      }
      out.add(e);
    }
    for (Point p : doc.digest().points()) {
      SolrInputDocument e = common(doc, "en", doc.id() + "!en-" + p.index());
      e.addField("index", p.index());
      e.addField("en", p.raw());
      e.addField("title", doc.title());
      e.addField("aligned", join(alignment.point(p.index()).paragraphs()));
      if (p.index() < viaZh.size() && !viaZh.get(p.index()).isEmpty()) {
        e.addField("via_zh", frequencies(viaZh.get(p.index())));
      }
      out.add(e);
    }
    return out;
  }

  /** The Chinese field's analysis in the configset (and in CorpusIndex). */
  private static final Analyzer CHINESE = chinese();

  private static Analyzer chinese() {
    try {
      return CustomAnalyzer.builder().withTokenizer("hanlp").addTokenFilter("lowercase").addTokenFilter("yuanwenSubword").build();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void add(Map<String, Double> weights, String term, double weight) {
    if (!term.isEmpty() && weight > 0 && term.chars().noneMatch(c -> c == '|' || Character.isWhitespace(c))) {
      weights.merge(term, weight, Double::sum);
    }
  }

  /** {@code term|4 term|2}: the configset's via fields read each term's frequency after the bar. */
  private static String frequencies(Map<String, Double> weights) {
    StringBuilder s = new StringBuilder();
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      s.append(s.length() > 0 ? " " : "").append(e.getKey()).append('|')
          .append(Math.max(1, Math.min(1_000, Math.round(e.getValue() * FULL))));
    }
    return s.toString();
  }

  /** A link of confidence 1 gives each of its terms this frequency (CorpusIndex's WeightedTerms). */
  private static final int FULL = 4;

  private static List<String> terms(Analyzer analyzer, String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  private static SolrInputDocument common(CorpusDocument doc, String type, String id) {
    SolrInputDocument e = new SolrInputDocument();
    e.addField("id", id);
    e.addField("type", type);
    e.addField("doc", doc.id());
    for (String outlet : List.of(doc.outlet(), doc.outletEn())) {
      if (!outlet.isBlank()) {
        e.addField("outlet_key", key(outlet));
      }
    }
    doc.tags().forEach(t -> e.addField("tag_key", key(t)));
    return e;
  }

  private static String key(String value) {
    return value.strip().toLowerCase(Locale.ROOT);
  }

  private static String join(List<Integer> values) {
    StringBuilder s = new StringBuilder();
    for (int v : values) {
      s.append(s.length() > 0 ? "," : "").append(v);
    }
    return s.toString();
  }

  /**
   * Runs {@code request} through the collection's {@code {!yuanwen}} parser, with the request's
   * filters, highlights from Solr's unified highlighter and the aligned counterparts of each hit
   * (looked up on their shard with {@code _route_}). What the query was translated as is worked out
   * here, against the lexicon (not the collection's terms).
   */
  public SearchResults search(SearchRequest request) {
    BilingualQuery local = BilingualQuery.of(request.query(), request.language(), null);
    if (local.isEmpty()) {
      return new SearchResults(request, local.language(), 0, List.of(), local.explanation());
    }
    SolrQuery q = new SolrQuery();
    q.set("q", "{!yuanwen" + (request.language() == null ? "" : " lang=" + request.language().label()) + " v=$qq}");
    q.set("qq", request.query());
    if (request.side() != null) {
      q.addFilterQuery("{!term f=type}" + request.side().label());
    }
    if (request.doc() != null) {
      q.addFilterQuery("{!term f=doc}" + request.doc());
    }
    if (request.outlet() != null) {
      q.addFilterQuery("{!term f=outlet_key}" + key(request.outlet()));
    }
    if (request.tag() != null) {
      q.addFilterQuery("{!term f=tag_key}" + key(request.tag()));
    }
    q.setStart(request.offset()).setRows(request.limit());
    q.setFields("id", "doc", "type", "index", "zh", "en", "title", "aligned", "score");
    q.set("hl", true).set("hl.method", "unified").set("hl.fl", "zh,en").set("hl.requireFieldMatch", true)
        .set("hl.fragsize", 0).set("hl.tag.pre", OPEN).set("hl.tag.post", CLOSE).set("hl.defaultSummary", false);
    QueryResponse r = call(() -> client.query(collection, q));
    Map<String, String> counterparts = counterparts(r.getResults());
    List<Hit> hits = new ArrayList<>();
    for (SolrDocument d : r.getResults()) {
      String id = (String) d.getFieldValue("id");
      String doc = (String) d.getFieldValue("doc");
      Side side = "zh".equals(d.getFieldValue("type")) ? Side.ZH : Side.EN;
      int index = ((Number) d.getFieldValue("index")).intValue();
      String text = (String) d.getFieldValue(side.label());
      List<String> marked = r.getHighlighting() == null || r.getHighlighting().get(id) == null
          ? null : r.getHighlighting().get(id).get(side.label());
      List<Hit.Counterpart> others = new ArrayList<>();
      for (int other : split((String) d.getFieldValue("aligned"))) {
        String t = counterparts.get(doc + '\u0000' + side.other().label() + '\u0000' + other);
        if (t != null) {
          others.add(new Hit.Counterpart(side.other(), other, t));
        }
      }
      String title = (String) d.getFieldValue("title");
      hits.add(new Hit(doc, title == null ? doc : title, side, index, ((Number) d.getFieldValue("score")).floatValue(),
          text, spans(text, marked == null || marked.isEmpty() ? null : marked.get(0)), others));
    }
    return new SearchResults(request, local.language(), r.getResults().getNumFound(), hits, local.explanation());
  }

  /** The marked stretches of {@code text}, from the highlighter's whole-field snippet. */
  static List<Hit.Span> spans(String text, String marked) {
    if (marked == null) {
      return List.of();
    }
    List<Hit.Span> out = new ArrayList<>();
    int plain = 0;
    int start = -1;
    for (int i = 0; i < marked.length(); ) {
      if (marked.startsWith(OPEN, i)) {
        start = plain;
        i += OPEN.length();
      } else if (marked.startsWith(CLOSE, i)) {
        if (start >= 0 && plain > start && plain <= text.length()) {
          out.add(new Hit.Span(start, plain));
        }
        start = -1;
        i += CLOSE.length();
      } else {
        plain++;
        i++;
      }
    }
    return out;
  }

  /** The texts of the hits' aligned entries, in one query routed to their documents' shards. */
  private Map<String, String> counterparts(List<SolrDocument> hits) {
    StringBuilder any = new StringBuilder();
    Set<String> routes = new LinkedHashSet<>();
    int wanted = 0;
    for (SolrDocument d : hits) {
      List<Integer> indices = split((String) d.getFieldValue("aligned"));
      if (indices.isEmpty()) {
        continue;
      }
      String doc = (String) d.getFieldValue("doc");
      String other = "zh".equals(d.getFieldValue("type")) ? "en" : "zh";
      StringBuilder in = new StringBuilder();
      for (int i : indices) {
        in.append(in.length() > 0 ? " OR " : "").append(i);
      }
      any.append(any.length() > 0 ? " OR " : "").append("(+doc:\"").append(ClientUtils.escapeQueryChars(doc))
          .append("\" +type:").append(other).append(" +index:(").append(in).append("))");
      routes.add(doc + "!");
      wanted += indices.size();
    }
    Map<String, String> out = new HashMap<>();
    if (wanted == 0) {
      return out;
    }
    SolrQuery q = new SolrQuery(any.toString()).setRows(wanted).setFields("doc", "type", "index", "zh", "en");
    q.set("defType", "lucene").set("hl", false).set("_route_", String.join(",", routes));
    for (SolrDocument d : call(() -> client.query(collection, q, org.apache.solr.client.solrj.SolrRequest.METHOD.POST)).getResults()) {
      String type = (String) d.getFieldValue("type");
      out.put(d.getFieldValue("doc") + "\u0000" + type + '\u0000' + ((Number) d.getFieldValue("index")).intValue(),
          (String) d.getFieldValue(type));
    }
    return out;
  }

  private static List<Integer> split(String values) {
    List<Integer> out = new ArrayList<>();
    if (values == null || values.isEmpty()) {
      return out;
    }
    for (String v : values.split(",")) {
      out.add(Integer.parseInt(v));
    }
    return out;
  }

  @FunctionalInterface
  private interface SolrCall<T> {
    T run() throws SolrServerException, IOException;
  }

  /** Runs {@code call}, turning an unreachable Solr or a missing collection into an {@link InputException}. */
  private <T> T call(SolrCall<T> call) {
    try {
      return call.run();
    } catch (SolrServerException | IOException e) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      if (root instanceof ConnectException || root instanceof java.nio.channels.UnresolvedAddressException
          || root instanceof java.net.UnknownHostException) {
        throw new InputException(url, "cannot reach Solr (" + root.getClass().getSimpleName()
            + (root.getMessage() == null ? "" : ": " + root.getMessage()) + "); is it running?", e);
      }
      throw new InputException(url, "Solr request failed (" + e.getMessage() + ")", e);
    } catch (SolrException e) {
      if (e.code() == 404) {
        throw new InputException(url, "no collection '" + collection + "' here; create it with the yuanwen configset"
            + " (bin/solr create -c " + collection + " -d engines/solr/configset)", e);
      }
      throw new InputException(url, "Solr refused the request (" + e.code() + ": " + e.getMessage() + ")", e);
    }
  }

  @Override
  public void close() {
    if (owned) {
      try {
        client.close();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
