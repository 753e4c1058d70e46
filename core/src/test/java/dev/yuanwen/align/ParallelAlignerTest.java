package dev.yuanwen.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yuanwen.document.GoldDocument;
import dev.yuanwen.document.GoldFiles;
import dev.yuanwen.eval.BeadMetrics;
import dev.yuanwen.eval.Evaluation;
import dev.yuanwen.eval.Report;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The parallel decoder on the project's own sentence-aligned translation (corpus/translations: every
 * bead type), its beads, and their export as TMX (read back with the JDK's XML parser) and CSV.
 */
class ParallelAlignerTest {
  private static GoldDocument doc;
  private static Alignment alignment;

  @BeforeAll
  static void align() {
    doc = GoldFiles.read(Path.of("..", "corpus", "translations", "sentences.jsonl")).get(0);
    alignment = Aligner.builder().mode(Aligner.Mode.PARALLEL).build().align(doc.article(), doc.digest());
  }

  @Test
  void goldHasEveryBeadType() {
    List<String> types = doc.beads().stream().map(b -> b.zh().size() + "-" + b.en().size()).toList();
    for (String t : List.of("1-1", "1-0", "0-1", "1-2", "2-1", "2-2", "1-3", "3-1")) {
      assertTrue(types.contains(t), t + " in " + types);
    }
  }

  @Test
  void beadsCoverBothSidesInOrder() {
    int z = 0;
    int e = 0;
    for (Bead b : alignment.beads()) {
      for (int k : b.paragraphs()) {
        assertEquals(z++, k);
      }
      for (int k : b.points()) {
        assertEquals(e++, k);
      }
    }
    assertEquals(doc.zh().size(), z);
    assertEquals(doc.en().size(), e);
    assertTrue(alignment.isParallel());
    assertFalse(Aligner.shared().align(doc.article(), doc.digest()).isParallel(), "digest mode stays the default");
  }

  @Test
  void findsTheMergesAndSplits() {
    List<List<List<Integer>>> beads = alignment.beads().stream().map(b -> List.of(b.paragraphs(), b.points())).toList();
    assertTrue(beads.contains(List.of(List.of(2, 3), List.of(2))), "2-1: " + beads); // 老周是… 他今年六十八岁。
    assertTrue(beads.contains(List.of(List.of(4), List.of(3, 4))), "1-2: " + beads);
    assertTrue(beads.contains(List.of(List.of(15), List.of(15))), "last 1-1: " + beads);
    // every point of a bead links to every paragraph of it, nothing else
    for (PointAlignment p : alignment.points()) {
      Bead b = alignment.beads().stream().filter(x -> x.points().contains(p.index())).findFirst().orElseThrow();
      assertEquals(b.paragraphs(), p.paragraphs());
    }
  }

  @Test
  void scoresAboveTheLengthOnlyBaseline() {
    Report r = Evaluation.of(Aligner.shared()).run(List.of(doc));
    BeadMetrics b = r.beadsByKind().get(GoldDocument.Kind.PARALLEL);
    // measured 0.842 link F1, strict 0.640, lax 0.923 (see README, "Aligning translations")
    assertTrue(r.overall().f1() >= 0.8, "link F1 " + r.overall().f1());
    assertTrue(b.strictF1() >= 0.6, "strict " + b.strictF1());
    assertTrue(b.laxF1() >= 0.9, "lax " + b.laxF1());
  }

  @Test
  void tmxIsWellFormedWithOneUnitPerBead() throws Exception {
    String tmx = AlignmentExport.tmx(alignment);
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    var xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(tmx.getBytes(StandardCharsets.UTF_8)));
    Element root = xml.getDocumentElement();
    assertEquals("tmx", root.getTagName());
    assertEquals("1.4", root.getAttribute("version"));
    Element header = (Element) root.getElementsByTagName("header").item(0);
    assertEquals("zh", header.getAttribute("srclang"));
    NodeList tus = root.getElementsByTagName("tu");
    assertEquals(alignment.beads().size(), tus.getLength(), "one unit per bead, null beads included");
    for (int k = 0; k < tus.getLength(); k++) {
      Bead b = alignment.beads().get(k);
      Element tu = (Element) tus.item(k);
      assertEquals(b.type(), tu.getElementsByTagName("prop").item(0).getTextContent());
      NodeList variants = tu.getElementsByTagName("tuv");
      assertEquals((b.paragraphs().isEmpty() ? 0 : 1) + (b.points().isEmpty() ? 0 : 1), variants.getLength(), b.type());
      if (b.points().isEmpty()) {
        assertEquals("zh", ((Element) variants.item(0)).getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
      }
    }
    // The decoder pairs the story's untranslated note with the added line (a 1-1 of score 0); split that
    // bead by hand to see how null beads are written.
    List<Bead> split = new java.util.ArrayList<>();
    for (Bead b : alignment.beads()) {
      if (b.type().equals("1-1") && b.score() == 0) {
        split.add(new Bead(b.paragraphs(), List.of(), 0));
        split.add(new Bead(List.of(), b.points(), 0));
      } else {
        split.add(b);
      }
    }
    assertTrue(split.size() > alignment.beads().size(), "a 1-1 bead of score 0: " + alignment.beads());
    Alignment withNull = new Alignment(alignment.article(), alignment.digest(), alignment.points(), split);
    var parsed = factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(AlignmentExport.tmx(withNull).getBytes(StandardCharsets.UTF_8)));
    NodeList units = parsed.getElementsByTagName("tu");
    assertEquals(split.size(), units.getLength());
    for (int k = 0; k < split.size(); k++) {
      Bead b = split.get(k);
      NodeList variants = ((Element) units.item(k)).getElementsByTagName("tuv");
      assertEquals((b.paragraphs().isEmpty() ? 0 : 1) + (b.points().isEmpty() ? 0 : 1), variants.getLength(), b.type());
      String lang = ((Element) variants.item(0)).getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang");
      assertEquals(b.paragraphs().isEmpty() ? "en" : "zh", lang, b.type());
    }
    Element first = (Element) tus.item(0);
    NodeList tuvs = first.getElementsByTagName("tuv");
    assertEquals(2, tuvs.getLength());
    assertEquals("zh", ((Element) tuvs.item(0)).getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
    assertEquals(doc.zh().get(0), tuvs.item(0).getTextContent());
    assertEquals(doc.en().get(0), tuvs.item(1).getTextContent());
    NodeList props = first.getElementsByTagName("prop");
    assertEquals("x-bead", ((Element) props.item(0)).getAttribute("type"));
    assertEquals("1-1", props.item(0).getTextContent());
  }

  @Test
  void digestTmxHasOneUnitPerLinkAndEscapes() throws Exception {
    Alignment digest = Aligner.shared().align(Samples.article(), Samples.digest());
    String tmx = AlignmentExport.tmx(digest);
    var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(tmx.getBytes(StandardCharsets.UTF_8)));
    assertEquals(digest.links().size(), xml.getElementsByTagName("tu").getLength());
    assertEquals("a &lt;b&gt; &amp; &quot;c&quot;", AlignmentExport.xml("a <b> & \"c\"\u0001"));
    String csv = AlignmentExport.csv(digest);
    assertEquals(digest.links().size() + 1, csv.split("\r\n").length);
    assertTrue(csv.startsWith("point,paragraph,bead,score,confidence,en,zh\r\n"));
  }
}
