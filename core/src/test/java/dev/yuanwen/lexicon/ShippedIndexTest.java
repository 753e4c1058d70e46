package dev.yuanwen.lexicon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The English index ships prebuilt beside the lexicon text; this test rebuilds it from that text
 * and fails when the shipped copy differs. After changing the text (tools/cedict), regenerate it:
 *
 * <pre>mvn -pl core test -Dtest=ShippedIndexTest -Dyuanwen.lexicon.regenerate=true</pre>
 */
class ShippedIndexTest {
  private static final Path SHIPPED =
      Path.of("src/main/resources/dev/yuanwen/lexicon", ReverseIndex.RESOURCE);

  @Test
  void shippedIndexIsTheOneBuiltFromTheShippedText() throws IOException {
    byte[] gz = resource(Lexicon.RESOURCE);
    byte[] text = Lexicon.gunzip(gz);
    Layout layout = Layout.of(text);
    int crc = Lexicon.contentCrc(gz);
    byte[] built =
        ReverseIndex.build(text, layout.lineStart, layout.glossStart, layout.entries)
            .toBytes(crc, layout.entries);
    if (Boolean.getBoolean("yuanwen.lexicon.regenerate")) {
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(SHIPPED))) {
        out.write(built);
      }
      return;
    }
    byte[] shipped = Lexicon.gunzip(resource(ReverseIndex.RESOURCE));
    assertArrayEquals(built, shipped, ReverseIndex.RESOURCE + " is stale: regenerate it (see the class comment)");
    ReverseIndex loaded = ReverseIndex.fromBytes(shipped, crc, layout.entries);
    assertNotNull(loaded);
    ReverseIndex fresh = ReverseIndex.build(text, layout.lineStart, layout.glossStart, layout.entries);
    assertEquals(fresh.stemCount(), loaded.stemCount());
    for (String word : List.of("safety", "vulnerabilities", "valuation", "software", "universe")) {
      ReverseIndex.Term term = ReverseIndex.terms(word).get(0);
      assertArrayEquals(fresh.entries(term), loaded.entries(term), word);
    }
  }

  @Test
  void anIndexBuiltFromAnotherTextIsNotUsed() throws IOException {
    byte[] shipped = Lexicon.gunzip(resource(ReverseIndex.RESOURCE));
    int crc = Lexicon.contentCrc(resource(Lexicon.RESOURCE));
    int entries = Lexicon.shared().size();
    assertNotNull(ReverseIndex.fromBytes(shipped, crc, entries));
    assertNull(ReverseIndex.fromBytes(shipped, crc + 1, entries));
    assertNull(ReverseIndex.fromBytes(shipped, crc, entries - 1));
    assertNull(ReverseIndex.fromBytes(Arrays.copyOf(shipped, 16), crc, entries));
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
      assertNotNull(in, name);
      return in.readAllBytes();
    }
  }
}
