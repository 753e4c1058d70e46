package dev.yuanwen.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yuanwen.InputException;
import dev.yuanwen.document.Article;
import dev.yuanwen.document.Digest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index on disk: both input kinds, replace, delete, reopen, bad folders, and a kill mid-run. */
class CorpusIndexTest {
  private static final Path CORPUS = Path.of("..", "corpus");

  @TempDir Path tmp;

  private static CorpusDocument doc(String id, List<String> zh, List<String> en) {
    return new CorpusDocument(id, "测试社", "Test Press", "标题", "Title", "2026-11", List.of("test"),
        Article.of(id, zh), Digest.of(id, en));
  }

  private static final List<String> ZH = List.of(
      "长江十年禁渔已经过半，江豚数量明显回升。", "渔民上岸后转产就业，政府提供培训和补贴。", "编者注：本文数据来自公开报道。");
  private static final List<String> EN = List.of(
      "Halfway through the Yangtze fishing ban, finless porpoises are recovering.",
      "Fishermen who left the river were retrained and subsidised.");

  @Test
  void indexesGoldFilesAndCorpusFoldersAndKeepsThemOnDisk() throws IOException {
    Path gold = tmp.resolve("gold.jsonl");
    Files.writeString(gold, String.join("\n",
        "{\"id\":\"g1\",\"kind\":\"parallel\",\"source\":\"测试社\",\"title_zh\":\"甲\",\"title_en\":\"A\","
            + "\"zh\":[\"长江禁渔五年。\",\"长江江豚数量回升到1249头。\"],\"en\":[\"Five years of the Yangtze fishing ban.\","
            + "\"The Yangtze finless porpoise count rose to 1,249.\"],\"links\":[[0,0],[1,1]]}",
        "{\"id\":\"g2\",\"kind\":\"digest\",\"source\":\"测试社\",\"title_zh\":\"乙\",\"title_en\":\"B\","
            + "\"zh\":[\"固态电池量产提速。\"],\"en\":[\"Solid-state batteries near mass production.\"],\"links\":[[0,0]]}"));
    Path dir = tmp.resolve("index");
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      index.addAll(CorpusDocument.readAll(List.of(gold, CORPUS.resolve("yangtze-fishing-ban"))), IndexProgress.NONE);
    }
    assertTrue(CorpusIndex.exists(dir));
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      assertEquals(List.of("g1", "g2", "yangtze-fishing-ban"), index.ids());
      StoredDocument g1 = index.document("g1").orElseThrow();
      assertEquals(List.of("parallel"), g1.tags());
      assertEquals(List.of(List.of(0), List.of(1)), g1.links());
      Hit hit = index.search(SearchRequest.of("江豚").doc("g1").side(Side.ZH)).hits().get(0);
      assertEquals(1, hit.index());
      assertEquals(List.of(new Hit.Counterpart(Side.EN, 1, "The Yangtze finless porpoise count rose to 1,249.")), hit.aligned());
      assertEquals("A", hit.title());
      assertFalse(index.search(SearchRequest.of("江豚").doc("yangtze-fishing-ban")).hits().isEmpty());
    }
  }

  /**
   * An index open only for reading (a server) sees what another writer commits within the commit
   * check's interval, while other searches run: the look for a newer commit happens outside the
   * index's lock, by one search at a time.
   */
  @Test
  void aReaderSeesAnotherWritersCommitsWhileSearchesRun() throws Exception {
    Path dir = tmp.resolve("index");
    try (CorpusIndex w = CorpusIndex.open(dir)) {
      w.add(doc("a", ZH, EN));
    }
    try (CorpusIndex reader = CorpusIndex.open(dir)) {
      assertEquals(1, reader.documentCount());
      List<Thread> searching = new ArrayList<>();
      java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
      java.util.concurrent.atomic.AtomicInteger errors = new java.util.concurrent.atomic.AtomicInteger();
      for (int t = 0; t < 4; t++) {
        Thread th = new Thread(() -> {
          while (!stop.get()) {
            try {
              reader.search(SearchRequest.of("江豚 porpoises"));
            } catch (RuntimeException e) {
              errors.incrementAndGet();
            }
          }
        });
        th.start();
        searching.add(th);
      }
      try {
        for (int round = 2; round <= 4; round++) {
          try (CorpusIndex w = CorpusIndex.open(dir)) {
            w.add(doc("doc" + round, ZH, EN));
          }
          long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
          while (reader.documentCount() < round && System.nanoTime() < deadline) {
            Thread.sleep(20);
          }
          assertEquals(round, reader.documentCount(), "the reader sees the commit of round " + round);
          assertEquals(round, reader.search(SearchRequest.of("江豚").side(Side.ZH)).hits().stream()
              .map(Hit::doc).distinct().count());
        }
      } finally {
        stop.set(true);
        for (Thread th : searching) {
          th.join();
        }
      }
      assertEquals(0, errors.get());
    }
  }

  @Test
  void addingAnIdAgainReplacesTheDocumentAndDeleteRemovesIt() {
    Path dir = tmp.resolve("index");
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      index.add(doc("d1", ZH, EN));
      index.add(doc("d2", List.of("固态电池量产提速。"), List.of("Solid-state batteries near mass production.")));
      index.commit();
      assertEquals(4, index.paragraphCount());
      assertEquals(3, index.pointCount());
      index.add(doc("d1", List.of("台风季提前到来。"), List.of("The typhoon season came early.")));
      assertEquals(2, index.documentCount());
      assertEquals(2, index.paragraphCount());
      assertEquals(2, index.pointCount());
      assertTrue(index.search(SearchRequest.of("江豚")).hits().isEmpty(), "the old text is gone");
      assertEquals("d1", index.search(SearchRequest.of("台风")).hits().get(0).doc());
      assertTrue(index.delete("d2"));
      assertFalse(index.delete("d2"));
      assertFalse(index.delete("never-there"));
    }
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      assertEquals(List.of("d1"), index.ids(), "close commits the replace and the delete");
      assertEquals(List.of("台风季提前到来。"), index.document("d1").orElseThrow().paragraphs());
      assertTrue(index.document("d2").isEmpty());
    }
  }

  @Test
  void compactMergesIntoOneSegmentAndChangesNoSearch() throws IOException {
    Path dir = tmp.resolve("index");
    List<CorpusDocument> docs = CorpusDocument.readAll(List.of(CORPUS.resolve("yangtze-fishing-ban"),
        CORPUS.resolve("anthropic-pause"), CORPUS.resolve("child-myopia-campaign")));
    List<String> queries = List.of("长江 禁渔", "Anthropic", "近视率 51.9%", "fishing ban", "八成高中生近视");
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      for (CorpusDocument d : docs) { // a commit per document: a segment each
        index.add(d);
        index.commit();
      }
      index.delete(docs.get(0).id());
      index.add(docs.get(0)); // a replaced document leaves deleted entries behind
      index.commit();
      List<String> before = queries.stream().map(q -> index.search(SearchRequest.of(q)).hits().toString()).toList();
      int segments = index.compact();
      assertTrue(segments >= 3, "a commit per document gave " + segments + " segments");
      assertEquals(1, index.compact(), "one segment after the merge");
      assertEquals(before, queries.stream().map(q -> index.search(SearchRequest.of(q)).hits().toString()).toList());
      assertEquals(3, index.documentCount());
    }
    try (CorpusIndex reopened = CorpusIndex.open(dir)) { // the merge was committed
      assertEquals(3, reopened.documentCount());
      assertEquals(1, reopened.compact());
    }
  }

  @Test
  void refusesFoldersThatAreNotItsIndex() throws IOException {
    Path file = Files.writeString(tmp.resolve("file.txt"), "x");
    assertTrue(assertThrows(InputException.class, () -> CorpusIndex.open(file)).getMessage().contains("a file, not an index folder"));
    Path full = Files.createDirectories(tmp.resolve("notes"));
    Files.writeString(full.resolve("keep.txt"), "my notes");
    InputException e = assertThrows(InputException.class, () -> CorpusIndex.open(full));
    assertTrue(e.getMessage().startsWith(full.toString()) && e.getMessage().contains("not an index, and not empty"),
        e.getMessage());
    assertEquals("my notes", Files.readString(full.resolve("keep.txt")));
    Path foreign = tmp.resolve("foreign");
    try (IndexWriter w = new IndexWriter(FSDirectory.open(foreign), new IndexWriterConfig())) {
      Document d = new Document();
      d.add(new StringField("id", "1", Field.Store.YES));
      w.addDocument(d);
    }
    assertTrue(assertThrows(InputException.class, () -> CorpusIndex.open(foreign)).getMessage()
        .contains("not one yuanwen wrote"));
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    try (CorpusIndex index = CorpusIndex.open(empty)) {
      assertEquals(0, index.documentCount());
      assertTrue(index.search(SearchRequest.of("长江")).hits().isEmpty());
    }
  }

  @Test
  void oneWriterAtATime() {
    Path dir = tmp.resolve("index");
    try (CorpusIndex first = CorpusIndex.open(dir); CorpusIndex second = CorpusIndex.open(dir)) {
      first.add(doc("d1", ZH, EN));
      first.commit();
      InputException e = assertThrows(InputException.class, () -> second.add(doc("d2", ZH, EN)));
      assertTrue(e.getMessage().contains("another process is writing"), e.getMessage());
      assertEquals(1, second.documentCount(), "a second reader still searches");
    }
  }

  /**
   * Kills a process that is indexing (SIGKILL, no shutdown hook) after it reported some commits,
   * then reopens: everything it committed is there, whole, and the index takes new writes.
   */
  @Test
  void killDuringIndexingLosesNothingCommitted() throws Exception {
    Path dir = tmp.resolve("index");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        KillTarget.class.getName(), dir.toString(), CORPUS.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    int committed = 0;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("committed ")) {
          committed = Integer.parseInt(line.substring("committed ".length()));
          if (committed >= 6) {
            break; // it is in the middle of adding the next one now
          }
        }
      }
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    }
    assertTrue(committed >= 6, "the child reported only " + committed + " commits");
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      int docs = index.documentCount();
      assertTrue(docs >= committed, docs + " documents after the kill, " + committed + " committed");
      int paragraphs = 0;
      int points = 0;
      for (String id : index.ids()) {
        StoredDocument d = index.document(id).orElseThrow();
        assertFalse(d.paragraphs().isEmpty(), id);
        assertEquals(d.points().size(), d.links().size(), id);
        paragraphs += d.paragraphs().size();
        points += d.points().size();
      }
      assertEquals(paragraphs, index.paragraphCount(), "no document is half there");
      assertEquals(points, index.pointCount());
      index.add(doc("after-the-kill", ZH, EN));
      index.commit();
      assertEquals(docs + 1, index.documentCount());
    }
  }

  /** The process the kill test kills: adds corpus documents under new ids, one commit each, forever. */
  public static final class KillTarget {
    public static void main(String[] args) {
      List<CorpusDocument> corpus = CorpusDocument.readAll(List.of(Path.of(args[1])));
      try (CorpusIndex index = CorpusIndex.open(Path.of(args[0]))) {
        for (int i = 0; ; i++) {
          CorpusDocument d = corpus.get(i % corpus.size());
          index.add(new CorpusDocument("copy-" + i, d.outlet(), d.outletEn(), d.titleZh(), d.titleEn(), d.date(),
              d.tags(), d.article(), d.digest()));
          index.commit();
          System.out.println("committed " + (i + 1));
          System.out.flush();
        }
      }
    }
  }

  @Test
  void readAllNamesTheBadInput() throws IOException {
    Path gold = Files.writeString(tmp.resolve("bad.jsonl"), "{\"id\": \"x\"}\n");
    InputException e = assertThrows(InputException.class, () -> CorpusDocument.readAll(List.of(gold)));
    assertTrue(e.getMessage().startsWith(gold.toString()), e.getMessage());
    Path nothing = tmp.resolve("missing");
    assertThrows(InputException.class, () -> CorpusDocument.readAll(List.of(nothing)));
    Path twice = CORPUS.resolve("anthropic-pause");
    e = assertThrows(InputException.class, () -> CorpusDocument.readAll(List.of(twice, twice)));
    assertTrue(e.getMessage().contains("duplicate document id \"anthropic-pause\""), e.getMessage());
    List<Path> none = new ArrayList<>();
    assertThrows(InputException.class, () -> CorpusDocument.readAll(none));
  }
}
