package dev.yuanwen.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yuanwen.document.Article;
import dev.yuanwen.document.CorpusFolder;
import dev.yuanwen.document.Point;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every corpus document is readable by the library and its gold record agrees with what the
 * parsers make of its files: the gold links are only meaningful if paragraph i and point j are the
 * same for the gold file and for the aligner. The held-out documents in {@code corpus/heldout/} are
 * checked the same way.
 */
class CorpusFolderTest {
  private static final Path CORPUS = Path.of("..", "corpus");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The held-out documents (corpus/heldout/README.md): checked here the same way, never tuned on. */
  private static final Path HELD_OUT = CORPUS.resolve("heldout");

  static List<Path> documents() throws IOException {
    // corpus/translations holds sentence-aligned translations in the gold format (tested with the parallel decoder)
    List<Path> docs = new ArrayList<>(folders(CORPUS).stream()
        .filter(d -> !d.equals(HELD_OUT) && !d.equals(CORPUS.resolve("translations"))).toList());
    assertFalse(docs.isEmpty(), "no corpus documents in " + CORPUS.toAbsolutePath());
    List<Path> heldOut = folders(HELD_OUT);
    assertFalse(heldOut.isEmpty(), "no held-out documents in " + HELD_OUT.toAbsolutePath());
    docs.addAll(heldOut);
    return docs;
  }

  private static List<Path> folders(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("documents")
  void goldAgreesWithTheParsedFiles(Path dir) throws IOException {
    CorpusFolder doc = CorpusFolder.read(dir);
    JsonNode m = JSON.readTree(dir.resolve("manifest.json").toFile());
    for (String field : List.of("id", "outlet", "title_en", "title_zh", "variant", "licence")) {
      assertTrue(m.hasNonNull(field), dir + ": manifest lacks " + field);
    }
    assertEquals(dir.getFileName().toString(), doc.id());
    assertEquals(m.get("variant").asText(), doc.article().variant().name().toLowerCase(java.util.Locale.ROOT));

    List<String> goldLines = Files.readAllLines(dir.resolve(m.path("gold").asText("gold.jsonl")));
    assertEquals(1, goldLines.stream().filter(l -> !l.isBlank()).count(), "one gold record per folder");
    JsonNode gold = JSON.readTree(goldLines.get(0));
    assertEquals(doc.id(), gold.get("id").asText());

    List<String> zh = doc.article().paragraphs().stream().map(p -> p.text()).toList();
    assertEquals(zh, strings(gold.get("zh")), dir + ": gold zh differs from the parsed article");
    List<String> en = doc.digest().points().stream().map(Point::raw).toList();
    assertEquals(en, strings(gold.get("en")), dir + ": gold en differs from the parsed digest");
    assertEquals(doc.digest().titleZh(), gold.get("title_zh").asText());
    assertEquals(m.get("title_zh").asText(), doc.titleZh());
    assertEquals(m.get("outlet").asText(), doc.outlet());
    assertEquals(Article.parser().withTitleLine(false).parse(String.join("\n\n", zh), "gold").paragraphs().size(), zh.size());

    Set<Integer> covered = new HashSet<>();
    Set<Integer> linkedPoints = new HashSet<>();
    for (JsonNode link : gold.get("links")) {
      int e = link.get(0).asInt();
      int z = link.get(1).asInt();
      assertTrue(e >= 0 && e < en.size() && z >= 0 && z < zh.size(), dir + ": link out of range " + link);
      covered.add(z);
      linkedPoints.add(e);
    }
    Set<Integer> unsupported = new HashSet<>();
    gold.path("unsupported").forEach(n -> unsupported.add(n.asInt()));
    for (int i = 0; i < en.size(); i++) {
      assertTrue(linkedPoints.contains(i) != unsupported.contains(i),
          dir + ": point " + i + " must have links unless it is marked unsupported");
    }
    assertTrue(covered.size() < zh.size(), dir + ": the article should have paragraphs the digest leaves out");
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
