package dev.yuanwen.solr.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plugin as an operator installs it: {@code yuanwen-solr-*.jar} only in {@code <solr_home>/lib}
 * (Maven copies it there; surefire keeps it, yuanwen-core and HanLP off this test's classpath), the
 * configset as shipped, an {@link EmbeddedSolrServer}. The entries are the corpus texts as written,
 * one per paragraph and per digest line (the aligner is not on this classpath; the SolrCloud test
 * sends aligned documents).
 */
class SolrLibTest {
  private static final String OPEN = "[[";
  private static final String CLOSE = "]]";
  private static Path home;
  private static EmbeddedSolrServer solr;

  @BeforeAll
  static void start() throws Exception {
    Path lib = Path.of(System.getProperty("yuanwen.solr.lib"));
    Path configset = Path.of(System.getProperty("yuanwen.configset"));
    home = Files.createTempDirectory("yuanwen-solr-home");
    Files.writeString(home.resolve("solr.xml"), "<solr/>\n");
    copy(lib, home.resolve("lib"));
    Path core = home.resolve("corpus");
    copy(configset, core);
    Files.writeString(core.resolve("core.properties"), "name=corpus\n");
    // bin/solr sets it; Solr adds <solr_home>/lib to its class loader only with it
    System.setProperty("solr.install.dir", home.toString());
    solr = new EmbeddedSolrServer(home, "corpus");
    for (String doc : List.of("anthropic-pause", "taiwan-long-term-care", "yangtze-fishing-ban")) {
      solr.add(entries(doc));
    }
    solr.commit();
  }

  @AfterAll
  static void stop() throws IOException {
    if (solr != null) {
      solr.close();
    }
    if (home != null) {
      try (Stream<Path> s = Files.walk(home)) {
        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  /** A corpus document's paragraphs (blank-line separated) and digest lines, as entries. */
  private static List<SolrInputDocument> entries(String doc) throws IOException {
    Path dir = Path.of(System.getProperty("yuanwen.corpus")).resolve(doc);
    List<SolrInputDocument> out = new ArrayList<>();
    String[] paragraphs = Files.readString(dir.resolve("article.zh.txt"), StandardCharsets.UTF_8).split("\\n\\s*\\n");
    int n = 0;
    for (String p : paragraphs) {
      if (!p.isBlank()) {
        out.add(entry(doc, "zh", n++, p.strip()));
      }
    }
    n = 0;
    for (String line : Files.readAllLines(dir.resolve("digest.en.txt"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        out.add(entry(doc, "en", n++, line.strip()));
      }
    }
    return out;
  }

  private static SolrInputDocument entry(String doc, String side, int index, String text) {
    SolrInputDocument e = new SolrInputDocument();
    e.addField("id", doc + "!" + side + "-" + index);
    e.addField("type", side);
    e.addField("doc", doc);
    e.addField("index", index);
    e.addField(side, text);
    e.addField("title", doc);
    return e;
  }

  private static QueryResponse search(String query, String side) throws Exception {
    SolrQuery q = new SolrQuery();
    q.set("q", "{!yuanwen v=$qq}");
    q.set("qq", query);
    q.setRows(5);
    q.addFilterQuery("{!term f=type}" + side);
    q.setFields("id", "doc", "type", "index", "zh", "en", "score");
    q.set("hl", true);
    q.set("hl.fl", side);
    q.set("hl.tag.pre", OPEN);
    q.set("hl.tag.post", CLOSE);
    return solr.query(q);
  }

  private static List<String> marked(QueryResponse r, SolrDocument d, String side) {
    Map<String, List<String>> hl = r.getHighlighting().get((String) d.getFieldValue("id"));
    List<String> out = new ArrayList<>();
    if (hl == null || hl.get(side) == null) {
      return out;
    }
    for (String snippet : hl.get(side)) {
      for (int i = snippet.indexOf(OPEN); i >= 0; i = snippet.indexOf(OPEN, i + 1)) {
        out.add(snippet.substring(i + OPEN.length(), snippet.indexOf(CLOSE, i)));
      }
    }
    return out;
  }

  @Test
  void thePluginIsNotOnTheTestClasspath() {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("dev.yuanwen.analysis.HanLPTokenizerFactory"));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("dev.yuanwen.solr.YuanwenQParserPlugin"));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("dev.yuanwen.index.SubwordFilterFactory"));
  }

  @Test
  void aChineseQueryFindsItsParagraphAndMarksTheWords() throws Exception {
    QueryResponse r = search("Anthropic 估值", "zh");
    SolrDocument top = r.getResults().get(0);
    assertEquals("anthropic-pause", top.getFieldValue("doc"));
    assertTrue(((String) top.getFieldValue("zh")).contains("估值"), top.toString());
    List<String> marks = marked(r, top, "zh");
    assertTrue(marks.contains("估值") && marks.contains("Anthropic"), marks.toString());
  }

  @Test
  void anEnglishQueryFindsItsPoint() throws Exception {
    QueryResponse r = search("fishing ban", "en");
    SolrDocument top = r.getResults().get(0);
    assertEquals("yangtze-fishing-ban", top.getFieldValue("doc"));
    List<String> marks = marked(r, top, "en");
    assertTrue(marks.stream().anyMatch(m -> m.equalsIgnoreCase("fishing")), marks.toString());
  }

  @Test
  void anEnglishQueryFindsTraditionalChineseThroughTheLexicon() throws Exception {
    QueryResponse r = search("long-term care workers", "zh");
    SolrDocument top = r.getResults().get(0);
    assertEquals("taiwan-long-term-care", top.getFieldValue("doc"));
    List<String> marks = marked(r, top, "zh");
    assertTrue(marks.contains("長照"), marks.toString()); // the traditional text, found by its simplified form
  }

  @Test
  void aChineseQueryFindsEnglishPoints() throws Exception {
    QueryResponse r = search("长江 禁渔", "en");
    SolrDocument top = r.getResults().get(0);
    assertEquals("yangtze-fishing-ban", top.getFieldValue("doc"));
    assertTrue(!marked(r, top, "en").isEmpty());
  }

  @Test
  void aNumberFindsTheFigureWithItsUnit() throws Exception {
    QueryResponse r = search("3800", "zh");
    assertTrue(r.getResults().getNumFound() >= 1);
    SolrDocument top = r.getResults().get(0);
    assertTrue(((String) top.getFieldValue("zh")).contains("3800亿美元"), top.toString());
    assertTrue(marked(r, top, "zh").contains("3800亿美元"), marked(r, top, "zh").toString());
  }

  @Test
  void aFortyKilobyteParagraphIndexesAndIsFound() throws Exception {
    StringBuilder text = new StringBuilder();
    for (SolrInputDocument e : entries("yangtze-fishing-ban")) {
      if (e.getFieldValue("zh") != null) {
        text.append(e.getFieldValue("zh"));
      }
    }
    String paragraph = text.toString();
    while (paragraph.getBytes(StandardCharsets.UTF_8).length < 40 * 1024) {
      paragraph = paragraph + paragraph;
    }
    solr.add(entry("long-paragraph", "zh", 0, paragraph + "江豚保护区"));
    solr.commit();
    SolrQuery q = new SolrQuery("{!yuanwen v=$qq}").setRows(1);
    q.set("qq", "禁渔");
    q.addFilterQuery("{!term f=doc}long-paragraph");
    q.setFields("id", "zh");
    QueryResponse r = solr.query(q);
    assertEquals(1, r.getResults().getNumFound());
    assertTrue(((String) r.getResults().get(0).getFieldValue("zh")).endsWith("江豚保护区"));
  }
}
