package dev.yuanwen.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yuanwen.InputException;
import dev.yuanwen.align.Aligner;
import dev.yuanwen.align.AlignmentJson;
import dev.yuanwen.document.CorpusFolder;
import dev.yuanwen.document.GoldDocument;
import dev.yuanwen.document.GoldFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in {@code local[2]} on the project corpus: every record equals what one JVM gives for the
 * same document ({@code yuanwen align DIR --format json} for a folder, the evaluation's alignment for
 * a gold record), with the id added.
 */
class AlignJobTest {
  private static final Path CORPUS = Path.of(System.getProperty("yuanwen.corpus", "../../corpus"));
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  private static SparkSession spark;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder()
        .master("local[2]")
        .appName("AlignJobTest")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void corpusFoldersGiveWhatTheAlignCommandGives() throws IOException {
    Path out = dir.resolve("folders");
    List<Path> folders = CorpusFolder.documentsIn(CORPUS);
    assertEquals(folders.size(), AlignJob.run(spark, List.of(CORPUS.toString()), out.toString(), AlignJob.Format.JSONL));

    Map<String, JsonNode> records = readJsonl(out);
    assertEquals(13, folders.size());
    assertEquals(folders.size(), records.size(), "one record per document: " + records.keySet());
    for (Path folder : folders) {
      CorpusFolder doc = CorpusFolder.read(folder);
      // What `yuanwen align DIR --format json` writes for this folder.
      JsonNode expected = JSON.readTree(AlignmentJson.render(Aligner.shared().align(doc.article(), doc.digest())));
      JsonNode record = records.get(doc.id());
      assertTrue(record != null, "no record for " + doc.id());
      assertEquals("id", record.fieldNames().next(), "the id comes first");
      ((ObjectNode) record).remove("id");
      assertEquals(expected, record, doc.id());
      assertTrue(record.path("alignments").size() > 5, doc.id());
    }
  }

  @Test
  void goldRecordsAsParquetGiveWhatTheEvaluationAligns() throws IOException {
    List<Path> gold = new ArrayList<>();
    for (Path folder : CorpusFolder.documentsIn(CORPUS)) {
      gold.add(folder.resolve(GoldFiles.CORPUS_GOLD));
    }
    Path translations = CORPUS.resolve("translations").resolve("sentences.jsonl");
    gold.add(translations);
    // a glob for the folders' gold files, and one file: as Hadoop paths take them
    List<String> inputs = List.of(CORPUS.toAbsolutePath() + "/*/gold.jsonl", translations.toString());
    Path out = dir.resolve("gold");
    List<GoldDocument> docs = GoldFiles.read(gold);
    assertEquals(docs.size(), AlignJob.run(spark, inputs, out.toString(), AlignJob.Format.PARQUET));

    Map<String, Row> rows = new LinkedHashMap<>();
    for (Row r : spark.read().parquet(out.toString()).collectAsList()) {
      assertTrue(rows.put(r.getAs("id"), r) == null, "twice: " + r.getAs("id"));
    }
    assertEquals(docs.size(), rows.size());
    int parallel = 0;
    for (GoldDocument doc : docs) {
      Aligner.Mode mode = doc.kind() == GoldDocument.Kind.PARALLEL ? Aligner.Mode.PARALLEL : Aligner.Mode.DIGEST;
      JsonNode expected = JSON.readTree(AlignmentJson.render(Aligner.shared().align(doc.article(), doc.digest(), mode)));
      Row row = rows.get(doc.id());
      ObjectNode record = (ObjectNode) JSON.readTree((String) row.getAs("alignment"));
      assertEquals(doc.id(), record.remove("id").asText());
      assertEquals(expected, record, doc.id());
      assertEquals(expected.path("verdict").isMissingNode() ? null : expected.path("verdict").asText(), row.getAs("verdict"));
      assertEquals(expected.path("support").asDouble(), (double) row.getAs("support"), 1e-4);
      if (mode == Aligner.Mode.PARALLEL) {
        parallel++;
        assertTrue(record.path("beads").size() > 0, "a translation's record has its beads: " + doc.id());
      }
    }
    assertTrue(parallel > 0, "corpus/translations has a translation");
  }

  @Test
  void badInputStopsTheJobNamingTheFileAndLine() throws IOException {
    Path good = CORPUS.resolve("anthropic-pause").resolve(GoldFiles.CORPUS_GOLD);
    String line = Files.readString(good, StandardCharsets.UTF_8).strip();
    ObjectNode broken = (ObjectNode) JSON.readTree(line);
    broken.put("id", "broken").putArray("links").addArray().add(0).add(999);
    Path file = dir.resolve("bad.jsonl");
    Files.writeString(file, line + "\n\n" + JSON.writeValueAsString(broken) + "\n", StandardCharsets.UTF_8);

    InputException e = assertThrows(InputException.class,
        () -> AlignJob.run(spark, List.of(file.toString()), dir.resolve("out").toString(), AlignJob.Format.JSONL));
    assertEquals(file + ": line 3: link [0,999] out of range (22 zh paragraphs)", e.getMessage());

    Path missing = dir.resolve("missing.jsonl");
    e = assertThrows(InputException.class,
        () -> AlignJob.run(spark, List.of(missing.toString()), dir.resolve("out2").toString(), AlignJob.Format.JSONL));
    assertEquals(missing + ": no such file or folder", e.getMessage());

    Path exists = Files.createDirectories(dir.resolve("exists"));
    e = assertThrows(InputException.class,
        () -> AlignJob.run(spark, List.of(good.toString()), exists.toString(), AlignJob.Format.JSONL));
    assertEquals(exists + ": already exists (give a folder that does not exist yet)", e.getMessage());
  }

  /** The records of a JSON-lines output folder, by id. */
  private static Map<String, JsonNode> readJsonl(Path out) throws IOException {
    Map<String, JsonNode> records = new LinkedHashMap<>();
    try (Stream<Path> parts = Files.list(out)) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        for (String l : Files.readAllLines(part, StandardCharsets.UTF_8)) {
          JsonNode r = JSON.readTree(l);
          assertTrue(records.put(r.path("id").asText(), r) == null, "twice: " + r.path("id"));
        }
      }
    }
    return records;
  }
}
