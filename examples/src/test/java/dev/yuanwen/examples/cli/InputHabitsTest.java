package dev.yuanwen.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/** Wrong inputs get exit 2 and a message; - is standard input for one input and -o - standard output. */
@Isolated // replaces System.in
class InputHabitsTest {
  private static final Path DOC = Path.of("..", "corpus", "anthropic-pause");
  private static final Path ZH = DOC.resolve("article.zh.txt");
  private static final Path EN = DOC.resolve("digest.en.txt");

  private static CliResult withStdin(byte[] stdin, String... args) {
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(stdin));
    try {
      return CliResult.run(args);
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void aSwappedPairExits2SayingSo() {
    CliResult r = CliResult.run("align", "--zh", EN.toString(), "--en", ZH.toString());
    assertEquals(2, r.code(), r.out());
    assertTrue(r.err().startsWith("yuanwen: digest.en.txt: the files look swapped: the article digest.en.txt holds English"),
        r.err());
    assertEquals("", r.out());
  }

  @Test
  void anArticleWithNoChineseExits2(@TempDir Path tmp) throws Exception {
    Path english = tmp.resolve("notes.txt");
    Files.writeString(english, "Retail sales rose 4.0 percent in November.\n\nOnline sales grew faster.\n");
    CliResult r = CliResult.run("align", "--zh", english.toString(), "--en", EN.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("yuanwen: notes.txt: no Chinese text found: an article must be Chinese"), r.err());
  }

  @Test
  void dashReadsStandardInputForOneSide() throws Exception {
    CliResult fromFiles = CliResult.run("align", "--format", "json", "--zh", ZH.toString(), "--en", EN.toString());
    assertEquals(0, fromFiles.code(), fromFiles.err());
    CliResult fromStdin = withStdin(Files.readAllBytes(EN), "align", "--format", "json", "--zh", ZH.toString(), "--en", "-");
    assertEquals(0, fromStdin.code(), fromStdin.err());
    // the same links; only the digest's source name differs
    assertEquals(fromFiles.out().replace("\"digest.en.txt\"", "\"standard input\""), fromStdin.out());
    CliResult both = withStdin(new byte[0], "align", "--zh", "-", "--en", "-");
    assertEquals(2, both.code());
    assertTrue(both.err().contains("only one of --zh and --en can be - (standard input)"), both.err());
  }

  @Test
  void dashOutputIsStandardOutput(@TempDir Path tmp) throws Exception {
    CliResult r = CliResult.run("align", "-o", "-", DOC.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("ALIGNMENT digest.en.txt -> article.zh.txt"), r.out());
    assertFalse(Files.exists(Path.of("-")), "wrote a file named -");
  }
}
