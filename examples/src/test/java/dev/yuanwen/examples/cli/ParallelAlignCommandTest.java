package dev.yuanwen.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yuanwen.examples.render.SchemaCheck;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code align --mode parallel --units lines ZH EN} on the project's own line-aligned translation
 * (corpus/translations/river-wharf): the beads in the text view, the JSON and the TMX agree, and
 * cover both files in order.
 */
class ParallelAlignCommandTest {
  private static final Path DIR = Path.of("..", "corpus", "translations");
  private static final String ZH = DIR.resolve("river-wharf.zh.txt").toString();
  private static final String EN = DIR.resolve("river-wharf.en.txt").toString();
  private static final ObjectMapper JSON = new ObjectMapper();

  private static CliResult align(String format) {
    CliResult r = CliResult.run("align", "--mode", "parallel", "--units", "lines", "--format", format, ZH, EN);
    assertEquals(0, r.code(), r.err());
    return r;
  }

  /** The beads of the JSON output as "zh indices|en indices", e.g. "2,3|2". */
  private static List<String> jsonBeads() throws Exception {
    JsonNode doc = JSON.readTree(align("json").out());
    List<String> beads = new ArrayList<>();
    for (JsonNode b : doc.get("beads")) {
      beads.add(join(b.get("paragraphs")) + "|" + join(b.get("points")));
    }
    return beads;
  }

  private static String join(JsonNode array) {
    List<String> parts = new ArrayList<>();
    array.forEach(n -> parts.add(n.asText()));
    return String.join(",", parts);
  }

  @Test
  void jsonBeadsFollowTheSchemaAndCoverBothFilesInOrder() throws Exception {
    JsonNode doc = JSON.readTree(align("json").out());
    JsonNode schema = JSON.readTree(Path.of("..", "docs", "alignment.schema.json").toFile());
    assertEquals(List.of(), SchemaCheck.check(schema, doc));
    int zh = 0;
    int en = 0;
    for (JsonNode b : doc.get("beads")) {
      for (JsonNode k : b.get("paragraphs")) {
        assertEquals(zh++, k.asInt());
      }
      for (JsonNode k : b.get("points")) {
        assertEquals(en++, k.asInt());
      }
    }
    assertEquals(Files.readAllLines(Path.of(ZH)).size(), zh);
    assertEquals(Files.readAllLines(Path.of(EN)).size(), en);
    assertTrue(jsonBeads().contains("2,3|2"), "老周是码头上年纪最大的搬运工。 + 他今年六十八岁。 = one English line: " + jsonBeads());
  }

  @Test
  void textViewListsTheSameBeadsWithBothSides() throws Exception {
    String text = align("text").out();
    assertTrue(text.contains("  beads      "), text);
    List<String> fromText = new ArrayList<>();
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (String line : (text + "\n").split("\n", -1)) {
      if (line.startsWith("BEAD ") || line.isEmpty()) {
        if (!zh.isEmpty() || !en.isEmpty()) {
          fromText.add(String.join(",", zh) + "|" + String.join(",", en));
          zh.clear();
          en.clear();
        }
      } else if (line.matches("  zh \\d+ .*")) {
        zh.add(line.trim().split("\\s+")[1]);
      } else if (line.matches("  en \\d+ .*")) {
        en.add(line.trim().split("\\s+")[1]);
      }
    }
    assertEquals(jsonBeads(), fromText);
    assertTrue(text.contains("BEAD 2  2-1  score "), text);
    assertTrue(text.contains("  zh 2   老周是码头上年纪最大的搬运工。"), text);
    assertTrue(text.contains("  en 2   Old Zhou, at sixty-eight, was the oldest porter on the wharf."), text);
    assertTrue(text.contains("evidence  ") && text.contains("码头=wharf"), text);
  }

  @Test
  void tmxHasOneUnitPerBeadInTheSameOrder() throws Exception {
    String tmx = align("tmx").out();
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    var xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(tmx.getBytes(StandardCharsets.UTF_8)));
    NodeList tus = xml.getElementsByTagName("tu");
    List<String> beads = jsonBeads();
    assertEquals(beads.size(), tus.getLength());
    for (int k = 0; k < tus.getLength(); k++) {
      Element tu = (Element) tus.item(k);
      String zh = "";
      String en = "";
      NodeList props = tu.getElementsByTagName("prop");
      for (int p = 0; p < props.getLength(); p++) {
        Element prop = (Element) props.item(p);
        if (prop.getAttribute("type").equals("x-paragraphs")) {
          zh = prop.getTextContent();
        } else if (prop.getAttribute("type").equals("x-points")) {
          en = prop.getTextContent();
        }
      }
      assertEquals(beads.get(k), zh.replace(" ", ",") + "|" + en.replace(" ", ","), "unit " + k);
    }
  }
}
