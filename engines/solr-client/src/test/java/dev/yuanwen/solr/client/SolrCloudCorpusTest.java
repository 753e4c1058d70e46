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
 * queries' top hits.
 */
@SuppressSSL
public class SolrCloudCorpusTest extends SolrCloudTestCase {
  private static final String COLLECTION = "corpus";
  private static final int TOP = 5;
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

  @Test
  public void judgedQueriesHaveTheLocalTopHits() throws Exception {
    ObjectMapper json = new ObjectMapper();
    int queries = 0;
    List<String> differ = new ArrayList<>();
    List<String> firstDiffer = new ArrayList<>();
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
      String first = sameUpToTies(mine.hits().subList(0, Math.min(1, mine.hits().size())),
          theirs.hits().subList(0, Math.min(1, theirs.hits().size())));
      if (first != null) {
        firstDiffer.add(q.get("id").asText() + " " + q.get("query").asText() + ": " + first);
      }
      String why = sameUpToTies(mine.hits(), theirs.hits());
      if (why != null) {
        differ.add(q.get("id").asText() + " " + q.get("query").asText() + ": " + why);
      }
      if (!theirs.hits().isEmpty()) {
        Hit top = theirs.hits().get(0);
        assertEquals(top.text(), top.text().length() > 0, true);
      }
    }
    // Not the same top hits everywhere (README, "On Solr and SolrCloud"): each shard's {!yuanwen}
    // parser keeps the translations that occur in its own shard (locally: in the whole index), and
    // the alignment-aware fields score a little differently on Solr. Measured on the corpus: the
    // top hit differs in 1 of 157 judged queries, the top 5 in 26. These bounds catch a regression.
    System.err.println("judged queries " + queries + ": top hit differs in " + firstDiffer.size() + ", top " + TOP
        + " in " + differ.size() + "\n  " + String.join("\n  ", differ));
    assertTrue(queries + " judged queries, top hit differs in " + firstDiffer.size() + ": " + firstDiffer,
        firstDiffer.size() * 20 <= queries);
    assertTrue(queries + " judged queries, top " + TOP + " differ in " + differ.size() + ": " + differ,
        differ.size() * 5 <= queries);
  }

  /** Null when the two lists have the same hits in the same order, hits of equal score in any order. */
  static String sameUpToTies(List<Hit> expected, List<Hit> actual) {
    if (expected.size() != actual.size()) {
      return expected.size() + " hits locally, " + actual.size() + " on Solr";
    }
    for (int i = 0; i < expected.size(); i++) {
      Hit e = expected.get(i);
      Hit a = actual.get(i);
      if (key(e).equals(key(a))) {
        continue;
      }
      if (Math.abs(e.score() - a.score()) <= 1e-3f * Math.max(1f, e.score())) {
        continue; // a tie: the order among equal scores is the engine's
      }
      return "hit " + (i + 1) + " " + key(e) + String.format(Locale.ROOT, " %.3f", e.score()) + " locally, "
          + key(a) + String.format(Locale.ROOT, " %.3f", a.score()) + " on Solr";
    }
    return null;
  }

  private static String key(Hit h) {
    return h.doc() + " " + h.side().label() + " " + h.index();
  }
}
