package dev.yuanwen.solr.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yuanwen.index.CorpusDocument;
import dev.yuanwen.index.CorpusIndex;
import dev.yuanwen.index.Hit;
import dev.yuanwen.index.IndexProgress;
import dev.yuanwen.index.Language;
import dev.yuanwen.index.SearchRequest;
import dev.yuanwen.index.SearchResults;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.solr.SolrTestCaseJ4.SuppressSSL;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.SolrCloudTestCase;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * A 2-node, 2-shard SolrCloud collection with the yuanwen configset, filled by {@link SolrCorpus}
 * with the 13 corpus documents (aligned in this JVM), against the local {@link CorpusIndex} of the
 * same documents: a document's entries on one shard, {@code _route_} lookups, and the judged
 * queries' top hits, which are the local ones up to ties: the {@code {!yuanwen}} parser decides
 * which translations the collection has for the whole collection, and {@code ExactStatsCache}
 * scores with the collection's statistics, so each shard scores its entries as the local index does.
 */
@SuppressSSL
public class SolrCloudCorpusTest extends SolrCloudTestCase {
  private static final String COLLECTION = "corpus";
  private static final int TOP = 10;
  private static List<CorpusDocument> docs;
  private static CorpusIndex local;
  private static SolrCorpus solr;

  @BeforeClass
  public static void setUpCluster() throws Exception {
    configureCluster(2).addConfig("yuanwen", Path.of(System.getProperty("yuanwen.configset"), "conf")).configure();
    CollectionAdminRequest.createCollection(COLLECTION, "yuanwen", 2, 1).process(cluster.getSolrClient());
    cluster.waitForActiveCollection(COLLECTION, 2, 2);
    docs = CorpusDocument.readAll(List.of(corpus()));
    local = CorpusIndex.inMemory();
    for (CorpusDocument d : docs) {
      local.add(d);
    }
    local.commit();
    solr = SolrCorpus.of(cluster.getSolrClient(), COLLECTION);
    solr.index(docs, IndexProgress.NONE);
  }

  @AfterClass
  public static void closeLocal() {
    if (local != null) {
      local.close();
    }
    local = null;
    solr = null;
    docs = null;
  }

  private static Path corpus() {
    return Path.of(System.getProperty("yuanwen.corpus"));
  }

  private static int entries(CorpusDocument d) {
    return 1 + d.article().paragraphs().size() + d.digest().points().size();
  }

  @Test
  public void theEntriesOfADocumentLiveOnOneShard() throws Exception {
    DocCollection collection = cluster.getSolrClient().getClusterState().getCollection(COLLECTION);
    Map<String, Integer> shardOf = new HashMap<>();
    Map<String, Long> counts = new HashMap<>();
    int shard = 0;
    for (Slice slice : collection.getSlices()) {
      Replica leader = slice.getLeader();
      try (SolrClient core = new Http2SolrClient.Builder(leader.getBaseUrl()).build()) {
        SolrQuery q = new SolrQuery("*:*");
        q.set("distrib", false).set("defType", "lucene");
        q.setRows(10_000).setFields("doc");
        for (SolrDocument d : core.query(leader.getCoreName(), q).getResults()) {
          String doc = (String) d.getFieldValue("doc");
          Integer before = shardOf.putIfAbsent(doc, shard);
          assertTrue(doc + " is on two shards", before == null || before == shard);
          counts.merge(doc, 1L, Long::sum);
        }
      }
      shard++;
    }
    assertEquals(docs.size(), shardOf.size());
    assertEquals("both shards hold documents", 2, new HashSet<>(shardOf.values()).size());
    for (CorpusDocument d : docs) {
      assertEquals(d.id(), entries(d), counts.get(d.id()).longValue());
    }
  }

  @Test
  public void aRouteLooksUpOneDocumentOnItsShard() throws Exception {
    for (CorpusDocument d : docs) {
      SolrQuery q = new SolrQuery("doc:\"" + d.id() + "\"");
      q.set("defType", "lucene").set("_route_", d.id() + "!").set("shards.info", true);
      q.setRows(0);
      var r = cluster.getSolrClient().query(COLLECTION, q);
      assertEquals(d.id(), entries(d), r.getResults().getNumFound());
      assertEquals("one shard asked for " + d.id(), 1, ((org.apache.solr.common.util.NamedList<?>) r.getResponse().get("shards.info")).size());
    }
  }

  /**
   * For every judged query, SolrCloud's top {@value #TOP} hits are the local index's, up to ties:
   * the same number of matching entries, at each rank scores that tie, an entry in both lists with
   * scores that tie, an entry in one list only tying the other list's last score (a tie at the
   * cut), and the same text and counterparts. Two scores tie when they differ by at most {@value
   * #EPSILON} of the larger. Hits of tied scores may come in either order.
   */
  @Test
  public void judgedQueriesHaveTheLocalTopHits() throws Exception {
    ObjectMapper json = new ObjectMapper();
    int queries = 0;
    int reordered = 0;
    List<String> differ = new ArrayList<>();
    for (String line : Files.readAllLines(corpus().resolve("queries.jsonl"), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode q = json.readTree(line);
      String lang = q.path("lang").asText("");
      SearchRequest request = SearchRequest.of(q.get("query").asText()).limit(TOP)
          .language(lang.isEmpty() ? null : Language.valueOf(lang.toUpperCase(Locale.ROOT)));
      SearchResults mine = local.search(request);
      SearchResults theirs = solr.search(request);
      queries++;
      String why = sameUpToTies(mine, theirs);
      if (why != null) {
        differ.add(q.get("id").asText() + " " + q.get("query").asText() + ": " + why);
      } else if (!keys(mine.hits()).equals(keys(theirs.hits()))) {
        reordered++;
      }
    }
    System.err.println("judged queries " + queries + ": top " + TOP + " differ in " + differ.size()
        + ", tied hits in another order in " + reordered + (differ.isEmpty() ? "" : "\n  " + String.join("\n  ", differ)));
    assertTrue(queries > 100);
    assertTrue(queries + " judged queries, top " + TOP + " differ in " + differ.size() + ":\n  " + String.join("\n  ", differ),
        differ.isEmpty());
  }

  /** Scores that differ by at most this much of the larger are a tie. */
  static final double EPSILON = 1e-4;

  static boolean tie(double a, double b) {
    return Math.abs(a - b) <= EPSILON * Math.max(Math.abs(a), Math.abs(b));
  }

  /** Null when {@code actual} has {@code expected}'s hits up to ties (see the test); else what differs. */
  static String sameUpToTies(SearchResults expected, SearchResults actual) {
    List<Hit> e = expected.hits();
    List<Hit> a = actual.hits();
    // below Lucene's default count threshold, the local count is exact
    if (expected.totalHits() < 1000 && expected.totalHits() != actual.totalHits()) {
      return expected.totalHits() + " matching entries locally, " + actual.totalHits() + " on Solr";
    }
    if (e.size() != a.size()) {
      return e.size() + " hits locally, " + a.size() + " on Solr";
    }
    for (int i = 0; i < e.size(); i++) {
      if (!tie(e.get(i).score(), a.get(i).score())) {
        return "hit " + (i + 1) + ": " + shown(e.get(i)) + " locally, " + shown(a.get(i)) + " on Solr";
      }
    }
    Map<String, Hit> theirs = new HashMap<>();
    a.forEach(h -> theirs.put(key(h), h));
    Map<String, Hit> mine = new HashMap<>();
    e.forEach(h -> mine.put(key(h), h));
    for (Hit h : e) {
      Hit o = theirs.get(key(h));
      if (o == null) {
        if (!tie(h.score(), a.get(a.size() - 1).score())) {
          return shown(h) + " locally, not in Solr's top " + a.size();
        }
      } else if (!tie(h.score(), o.score())) {
        return shown(h) + " locally, " + shown(o) + " on Solr";
      } else if (!h.text().equals(o.text()) || !counterparts(h).equals(counterparts(o))) {
        return key(h) + ": text or counterparts differ (" + counterparts(h) + " locally, " + counterparts(o) + " on Solr)";
      }
    }
    for (Hit h : a) {
      if (!mine.containsKey(key(h)) && !tie(h.score(), e.get(e.size() - 1).score())) {
        return shown(h) + " on Solr, not in the local top " + e.size();
      }
    }
    return null;
  }

  private static String shown(Hit h) {
    return key(h) + String.format(Locale.ROOT, " %.5f", h.score());
  }

  private static List<String> keys(List<Hit> hits) {
    return hits.stream().map(SolrCloudCorpusTest::key).toList();
  }

  private static List<String> counterparts(Hit h) {
    return h.aligned().stream().map(c -> c.side().label() + c.index()).toList();
  }

  private static String key(Hit h) {
    return h.doc() + " " + h.side().label() + " " + h.index();
  }
}
