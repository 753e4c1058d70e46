package dev.yuanwen.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yuanwen.document.CorpusFolder;
import dev.yuanwen.document.GoldDocument;
import dev.yuanwen.document.GoldFiles;
import dev.yuanwen.eval.JudgedQuery.Item;
import dev.yuanwen.index.Side;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The held-out corpus ({@code corpus/heldout/}, see its README): every file reads, every judgment
 * points into it, and it stays apart from the corpus that is tuned on. No figure floors here: the
 * held-out figures are measured at the end, never asserted (a floor would be a target to tune to).
 */
class HeldOutCorpusTest {
  private static final Path CORPUS = Path.of("..", "corpus");
  private static final Path HELD_OUT = CORPUS.resolve("heldout");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<Path> folders;
  private static List<GoldDocument> gold;
  private static Map<String, GoldDocument> byId;

  @BeforeAll
  static void read() throws IOException {
    try (Stream<Path> s = Files.list(HELD_OUT)) {
      folders = s.filter(Files::isDirectory).sorted().toList();
    }
    gold = GoldFiles.read(HELD_OUT);
    byId = new HashMap<>();
    gold.forEach(g -> byId.put(g.id(), g));
  }

  @Test
  void everyFolderHasAGoldRecordNamedAfterIt() {
    assertFalse(folders.isEmpty(), "no held-out documents in " + HELD_OUT.toAbsolutePath());
    assertEquals(folders.stream().map(f -> f.getFileName().toString()).toList(), gold.stream().map(GoldDocument::id).toList());
    for (GoldDocument g : gold) {
      assertEquals(GoldDocument.Kind.DIGEST, g.kind(), g.id());
      assertTrue(g.hasAlteredNumbers(), g.id() + ": every record states its altered figures, even none");
      assertFalse(g.links().isEmpty(), g.id());
    }
  }

  @Test
  void everyManifestAndDocumentFolderReads() throws IOException {
    for (Path dir : folders) {
      JsonNode m = JSON.readTree(dir.resolve("manifest.json").toFile());
      for (String field : List.of("id", "outlet", "outlet_en", "title_en", "title_zh", "variant", "date", "topics", "licence")) {
        assertTrue(m.hasNonNull(field), dir + ": manifest lacks " + field);
      }
      CorpusFolder doc = CorpusFolder.read(dir);
      GoldDocument g = byId.get(doc.id());
      assertEquals(g.zh().size(), doc.article().paragraphs().size(), dir + ": paragraphs");
      assertEquals(g.en().size(), doc.digest().points().size(), dir + ": points");
      assertEquals(m.get("variant").asText(), doc.article().variant().name().toLowerCase(java.util.Locale.ROOT), dir + ": variant");
    }
  }

  @Test
  void everyJudgmentPointsIntoTheHeldOutDocuments() {
    List<JudgedQuery> queries = JudgedQueries.read(HELD_OUT.resolve("queries.jsonl"));
    assertFalse(queries.isEmpty());
    for (JudgedQuery q : queries) {
      assertEquals(JudgedQuery.Split.HELDOUT, q.split(), q.id() + ": every held-out query is in the heldout split");
      for (Side side : Side.values()) {
        for (Item item : q.relevant(side)) {
          GoldDocument g = byId.get(item.doc());
          assertTrue(g != null, q.id() + ": " + item.doc() + " is not a held-out document");
          int size = side == Side.ZH ? g.zh().size() : g.en().size();
          assertTrue(item.index() < size, q.id() + ": " + item + " out of range (" + size + ")");
        }
      }
    }
  }

  @Test
  void theTunedCorpusNeitherReadsNorJudgesTheHeldOutDocuments() {
    Set<String> heldOut = byId.keySet();
    for (GoldDocument g : GoldFiles.read(CORPUS)) {
      assertFalse(heldOut.contains(g.id()), g.id() + " is read by `eval corpus`");
    }
    for (Path dir : CorpusFolder.documentsIn(CORPUS)) {
      assertFalse(dir.startsWith(HELD_OUT), dir + " is indexed by `index corpus`");
    }
    Set<String> judged = new HashSet<>();
    for (JudgedQuery q : JudgedQueries.read(CORPUS.resolve("queries.jsonl"))) {
      q.zh().forEach(i -> judged.add(i.doc()));
      q.en().forEach(i -> judged.add(i.doc()));
    }
    judged.retainAll(heldOut);
    assertEquals(Set.of(), judged, "corpus/queries.jsonl judges held-out documents");
  }
}
