package dev.yuanwen.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yuanwen.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserDictionaryTest {
  /** A materials lab's glossary and a reader's notes on classical poetry, in both formats. */
  private static final String FILE = "\uFEFF# 实验室术语表 / lab glossary\r\n"
      + "钙钛矿\tperovskite/perovskites\r\n"
      + "\r\n"
      + "passivation @ 钝化\r\n"
      + "  # indented comment\r\n"
      + "叠層電池\ttandem cell\r\n"
      + "比兴\tevocative imagery/bixing\r\n"
      + "钙钛矿\tperovskite oxide\r\n";

  @TempDir Path tmp;

  private static UserDictionary parse(String text) {
    return UserDictionary.parse(text, "terms.tsv");
  }

  private static String problem(String text) {
    return assertThrows(InputException.class, () -> parse(text)).getMessage();
  }

  @Test
  void readsBothFormatsWithCommentsBomAndCrlf() {
    UserDictionary d = parse(FILE);
    assertEquals(4, d.size());
    assertEquals(List.of("perovskite", "perovskites", "perovskite oxide"), d.glosses("钙钛矿"),
        "alternatives split on /, a term given twice keeps both lines' translations");
    assertEquals(List.of("passivation"), d.glosses("钝化"));
    assertEquals(List.of("evocative imagery", "bixing"), d.glosses("比兴"));
    assertTrue(d.contains("叠层电池"), "traditional characters are read as simplified");
    assertEquals(List.of("tandem cell"), d.glosses("叠層電池"), "and found in either script");
    assertEquals("叠层电池", d.entries().get(2).chinese());
  }

  @Test
  void findsTermsByEnglishWordAsTheAlignerAsks() {
    UserDictionary d = parse(FILE);
    assertEquals(List.of("钙钛矿"), d.chineseFor("Perovskites"), "by stem, any case");
    assertEquals(List.of("钝化"), d.chineseFor("passivated"));
    assertEquals(List.of("叠层电池"), d.chineseFor("tandem"), "one word of several");
    assertEquals(List.of("叠层电池"), d.chineseFor("tandem cells"));
    assertEquals(List.of(), d.chineseFor("solar cells"), "every word must be in one translation");
    assertEquals(List.of(), d.chineseFor("the"));
    assertTrue(d.stems("比兴").containsAll(List.of("evoc", "imageri", "bix")), d.stems("比兴").toString());
  }

  @Test
  void extendsCedictAsAMergedView() {
    Lexicon cedict = Lexicon.shared();
    assertTrue(cedict.glosses("钙钛矿").isEmpty(), "CC-CEDICT lacks the term");
    assertTrue(cedict.chineseFor("perovskite").isEmpty());
    Lexicon merged = cedict.with(parse(FILE));
    assertEquals(List.of("perovskite", "perovskites", "perovskite oxide"), merged.glosses("钙钛矿"));
    assertEquals("钙钛矿", merged.chineseFor("perovskite").get(0));
    assertTrue(merged.contains("钝化"));
    assertEquals("叠层电池", merged.entry("叠層電池").orElseThrow().simplified());
    // CC-CEDICT's own entries stay, after the user's.
    assertEquals(cedict.glosses("估值"), merged.glosses("估值"));
    List<String> cells = merged.chineseFor("tandem");
    assertEquals("叠层电池", cells.get(0));
    assertTrue(cells.containsAll(cedict.chineseFor("tandem")), cells.toString());
    assertTrue(merged.glosses("叠层").containsAll(cedict.glosses("叠层")));
    assertEquals(cedict.size(), merged.size(), "a view, not a copy: CC-CEDICT's entries");
    assertSame(cedict, merged.with(UserDictionary.empty()), "an empty dictionary is no view");
    assertSame(cedict, cedict.with(UserDictionary.empty()));
    assertTrue(cedict.userDictionary().isEmpty());
    assertTrue(cedict.glosses("钙钛矿").isEmpty(), "the shared lexicon is unchanged");
  }

  @Test
  void badLinesNameTheFileTheLineAndTheProblem() {
    assertEquals("terms.tsv: line 2: neither 中文<TAB>english nor english @ 中文: \"钙钛矿 perovskite\"",
        problem("# terms\n钙钛矿 perovskite\n"));
    assertEquals("terms.tsv: line 1: the Chinese is after the tab; the format is 中文<TAB>english",
        problem("perovskite\t钙钛矿"));
    assertEquals("terms.tsv: line 3: the Chinese is before the @; hunalign's format is english @ 中文",
        problem("钙钛矿\tperovskite\r\n\r\n钝化 @ passivation\r\n"));
    assertEquals("terms.tsv: line 1: 3 tab-separated fields; expected 2 (中文<TAB>english)",
        problem("钙钛矿\tgai4 tai4 kuang4\tperovskite"));
    assertEquals("terms.tsv: line 1: an empty English alternative in \"perovskite//oxide\"",
        problem("钙钛矿\tperovskite//oxide"));
    assertEquals("terms.tsv: line 1: no English after the tab", problem("钙钛矿\t  "));
    assertEquals("terms.tsv: line 1: no Chinese term", problem("\tperovskite"));
    assertEquals("terms.tsv: line 1: no English before the @", problem(" @ 钝化"));
    assertEquals("terms.tsv: line 1: the Chinese term \"gaitaikuang\" has no Chinese characters",
        problem("gaitaikuang\tperovskite"));
    assertEquals("terms.tsv: line 1: the English \"the\" has no word to match (only function words or symbols)",
        problem("钙钛矿\tthe"));
    assertEquals("terms.tsv: line 1: more than one \" @ \"; expected english @ 中文", problem("a @ b @ 钝化"));
    assertEquals("terms.tsv: no entries (one a line: 中文<TAB>english or english @ 中文)", problem("# only\n\n"));
    assertTrue(problem("钙钛矿\t" + "perovskite ".repeat(200)).startsWith("terms.tsv: line 1: longer than 1000"));
  }

  @Test
  void badBytesAndMissingFilesNameTheFile() throws Exception {
    byte[] bytes = "钙钛矿\tperovskite\n钝化\tpassivation\n".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 3] = (byte) 0xC3; // inside line 2's English
    InputException e = assertThrows(InputException.class, () -> UserDictionary.parse(bytes, "t.tsv"));
    assertTrue(e.getMessage().startsWith("t.tsv: line 2: not valid UTF-8 text (byte offset "), e.getMessage());
    byte[] utf16 = "钙钛矿\tperovskite".getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[utf16.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(utf16, 0, withBom, 2, utf16.length);
    assertTrue(assertThrows(InputException.class, () -> UserDictionary.parse(withBom, "t.tsv")).getMessage()
        .contains("UTF-16"));
    Path missing = tmp.resolve("none.tsv");
    assertEquals(missing + ": no such file", assertThrows(InputException.class, () -> UserDictionary.read(missing)).getMessage());
    assertTrue(assertThrows(InputException.class, () -> UserDictionary.read(tmp)).getMessage().endsWith("is a directory, not a dictionary file"));
    Path file = tmp.resolve("terms.tsv");
    Files.writeString(file, FILE);
    UserDictionary d = UserDictionary.read(file);
    assertEquals(file.toString(), d.source());
    assertFalse(d.isEmpty());
  }
}
