package dev.yuanwen.examples.licence;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * Runs after {@code package} (failsafe) on the shaded jar the launcher runs: its one
 * META-INF/NOTICE is yuanwen's, with the CC-CEDICT attribution, merged with the dependencies'
 * notices rather than replaced by one of them (it used to be Jackson's alone).
 */
class FatJarLicenceIT {

  static String read(JarFile jar, String name) throws IOException {
    var entry = jar.getEntry(name);
    assertNotNull(entry, jar.getName() + " has no " + name);
    try (InputStream in = jar.getInputStream(entry)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theFatJarMergesTheNotices() throws IOException {
    Path fat = Path.of("target", "yuanwen.jar");
    assertTrue(Files.isRegularFile(fat), "no shaded jar at " + fat.toAbsolutePath());
    try (JarFile jar = new JarFile(fat.toFile())) {
      assertNotNull(jar.getEntry("dev/yuanwen/lexicon/cedict.tsv.gz"), "the fat jar lacks the lexicon");
      String notice = read(jar, "META-INF/NOTICE");
      assertTrue(notice.contains("CC-CEDICT") && notice.contains("CC BY-SA 4.0"),
          "the fat jar's NOTICE lacks the CC-CEDICT attribution:\n" + notice);
      assertTrue(notice.indexOf("yuanwen") < notice.indexOf("Jackson"),
          "yuanwen's notice should come first, then the dependencies':\n" + notice);
      assertTrue(notice.contains("Jackson"), "Jackson's notice was dropped");
      assertTrue(notice.contains("Apache Lucene"), "Lucene's notice was dropped");
      String licence = read(jar, "META-INF/LICENSE");
      assertTrue(licence.contains("Apache License"), "LICENSE is not the Apache License");
    }
  }
}
