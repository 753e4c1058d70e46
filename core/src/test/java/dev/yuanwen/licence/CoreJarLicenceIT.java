package dev.yuanwen.licence;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs after {@code package} (failsafe): every jar of yuanwen-core that carries the CC-CEDICT data
 * also carries the NOTICE with its CC BY-SA attribution, and the Apache LICENSE.
 */
class CoreJarLicenceIT {

  static List<Path> builtJars() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files
          .filter(p -> p.getFileName().toString().startsWith("yuanwen-core-"))
          .filter(p -> p.getFileName().toString().endsWith(".jar"))
          .filter(p -> !p.getFileName().toString().endsWith("-javadoc.jar"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  static String read(JarFile jar, String name) throws IOException {
    var entry = jar.getEntry(name);
    assertNotNull(entry, jar.getName() + " has no " + name);
    try (InputStream in = jar.getInputStream(entry)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyJarWithTheLexiconCarriesNoticeAndLicence() throws IOException {
    List<Path> jars = builtJars();
    assertTrue(jars.stream().anyMatch(p -> !p.toString().endsWith("-sources.jar")),
        "the core jar was not built: " + jars);
    int withLexicon = 0;
    for (Path path : jars) {
      try (JarFile jar = new JarFile(path.toFile())) {
        if (jar.getEntry("dev/yuanwen/lexicon/cedict.tsv.gz") == null) {
          continue;
        }
        withLexicon++;
        String notice = read(jar, "META-INF/NOTICE");
        assertTrue(notice.contains("CC-CEDICT"), path + ": NOTICE does not name CC-CEDICT");
        assertTrue(notice.contains("CC BY-SA 4.0"), path + ": NOTICE does not give the CC BY-SA licence");
        assertTrue(notice.contains("https://creativecommons.org/licenses/by-sa/4.0/"), path.toString());
        String licence = read(jar, "META-INF/LICENSE");
        assertTrue(licence.contains("Apache License") && licence.contains("Version 2.0, January 2004"),
            path + ": LICENSE is not the Apache License 2.0");
      }
    }
    assertTrue(withLexicon >= 1, "no built jar holds the lexicon: " + jars);
  }
}
