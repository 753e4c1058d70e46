package dev.yuanwen.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yuanwen.InputException;
import dev.yuanwen.lexicon.Lexicon;
import dev.yuanwen.lexicon.UserDictionary;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The reader of {@code --dict} files on hostile text: lines in either format with fuzz text in
 * their fields, comments, blank lines, stray tabs and {@code @}s, a BOM, CRLF, corrupt bytes, now
 * and then a line of a megabyte. It may only return a dictionary whose every entry is well formed
 * (and that the merged lexicon answers for) or throw {@link InputException} naming the file and a
 * line that exists; never hang, never allocate beyond a multiple of the input.
 */
class DictionaryFuzzTest {
  private static final String SOURCE = "fuzz.tsv";
  private static final Pattern LINE = Pattern.compile("^" + Pattern.quote(SOURCE) + ": line (\\d+): ");
  private static final String[] ENGLISH = {
    "perovskite", "dark matter", "the", "tandem cell", "bixing", "Mai Po", "long-term care", "a/b", "C#", "e-mail",
    "GPT-4o", "3.5%", "", " ", "@", "/", "évocation", "naïve art"
  };

  /** A dictionary file: its lines, how they end, whether a BOM opens it. */
  record DictCase(List<List<String>> lines, boolean crlf, boolean bom) {
    String text() {
      StringBuilder s = new StringBuilder(bom ? "\uFEFF" : "");
      for (List<String> l : lines) {
        s.append(Texts.join(l)).append(crlf ? "\r\n" : "\n");
      }
      return s.toString();
    }
  }

  private static final Gen<List<String>> FIELD = Texts.text(4, 0, 0);

  /** One line as pieces: mostly well-formed with fuzz in a field; sometimes pure fuzz. */
  private static final Gen<List<String>> LINES = new Gen<>() {
    @Override
    public List<String> sample(Random r) {
      List<String> out = new ArrayList<>();
      String english = ENGLISH[r.nextInt(ENGLISH.length)];
      String chinese = Texts.han(r, 1 + r.nextInt(5));
      switch (r.nextInt(10)) {
        case 0, 1, 2 -> {
          out.add(chinese);
          out.add("\t");
          out.add(english);
          if (r.nextBoolean()) {
            out.add("/");
            out.addAll(FIELD.sample(r));
          }
        }
        case 3, 4 -> {
          out.add(english);
          out.add(" @ ");
          out.add(chinese);
          if (r.nextInt(4) == 0) {
            out.addAll(FIELD.sample(r));
          }
        }
        case 5 -> {
          out.add(r.nextBoolean() ? "# " : "  #");
          out.addAll(FIELD.sample(r));
        }
        case 6 -> out.add(r.nextBoolean() ? "" : " \t ".substring(r.nextInt(3)));
        case 7 -> {
          out.addAll(FIELD.sample(r));
          out.add(r.nextBoolean() ? "\t" : " @ ");
          out.addAll(FIELD.sample(r));
        }
        case 8 -> out.addAll(FIELD.sample(r));
        default -> {
          out.add(chinese);
          out.add("\t");
          out.addAll(FIELD.sample(r));
        }
      }
      if (r.nextInt(200) == 0) {
        out.add(Texts.big(r, 1_000_000));
      }
      return out;
    }

    @Override
    public Stream<List<String>> shrink(List<String> value) {
      return Gen.shrinkList(value, 0, Gen::shrinkString);
    }
  };

  private static final Gen<DictCase> FILES = new Gen<>() {
    final Gen<List<List<String>>> lines = Gen.listOf(LINES, 0, 40);
    /** Short files, most of which parse: every entry then reaches the merged lexicon. */
    final Gen<List<List<String>>> few = Gen.listOf(LINES, 1, 3);

    @Override
    public DictCase sample(Random r) {
      return new DictCase((r.nextBoolean() ? few : lines).sample(r), r.nextInt(4) == 0, r.nextInt(4) == 0);
    }

    @Override
    public Stream<DictCase> shrink(DictCase v) {
      return Stream.concat(
          lines.shrink(v.lines()).map(l -> new DictCase(l, v.crlf(), v.bom())),
          Stream.of(new DictCase(v.lines(), false, false)).filter(c -> v.crlf() || v.bom()));
    }
  };


  @org.junit.jupiter.api.BeforeAll
  static void load() {
    // The lexicon and the script tables load once per JVM: not a try's allocation.
    Lexicon.shared().with(UserDictionary.parse("钙钛矿\tperovskite", SOURCE)).chineseFor("perovskite");
  }

  @Test
  void dictionaryReader() {
    Fuzz.of("dictionary reader", FILES, c -> Texts.literal(c.text()), c -> c.text().length())
        .examples(new DictCase(List.of(List.of("钙钛矿\tperovskite/perovskites"), List.of("passivation @ 钝化")), true, true),
            new DictCase(List.of(List.of("# only a comment")), false, false),
            new DictCase(List.of(List.of("钙钛矿\t", "x".repeat(1_000_000))), false, false),
            new DictCase(List.of(List.of("\uD800\t\uDC00"), List.of("a @ 中 @ b")), false, false))
        .memory(64L << 20, 3 * 400) // three parses a try, each within 400 bytes a char
        .check(c -> {
          String text = c.text();
          int lines = (int) text.chars().filter(ch -> ch == '\n').count() + 1;
          check(text, lines, () -> UserDictionary.parse(text, SOURCE));
          check(text, lines, () -> UserDictionary.parse(Texts.bytes(text, false), SOURCE));
          check(text, lines, () -> UserDictionary.parse(Texts.bytes(text, true), SOURCE));
        });
  }

  private static void check(String text, int lines, java.util.function.Supplier<UserDictionary> parse) {
    UserDictionary d;
    try {
      d = parse.get();
    } catch (InputException e) {
      assertEquals(SOURCE, e.source());
      Matcher m = LINE.matcher(e.getMessage());
      if (m.find()) {
        int line = Integer.parseInt(m.group(1));
        assertTrue(line >= 1 && line <= lines, "line " + line + " of " + lines + ": " + e.getMessage());
        Fuzz.count("bad line");
      } else {
        assertTrue(e.getMessage().startsWith(SOURCE + ": "), e.getMessage());
        Fuzz.count("rejected");
      }
      return;
    }
    Fuzz.count("dictionaries");
    assertFalse(d.isEmpty());
    Lexicon merged = Lexicon.shared().with(d);
    for (UserDictionary.Entry e : d.entries()) {
      assertFalse(e.chinese().isBlank());
      assertTrue(e.chinese().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
          e.chinese());
      assertFalse(e.english().isEmpty());
      assertEquals(e.english(), d.glosses(e.chinese()));
      for (String en : e.english()) {
        assertFalse(en.isBlank());
        assertTrue(d.chineseFor(en).contains(e.chinese()), en + " -> " + e.chinese());
        assertTrue(merged.chineseFor(en).contains(e.chinese()), en + " -> " + e.chinese() + " in the merged lexicon");
      }
      assertTrue(merged.glosses(e.chinese()).containsAll(e.english()));
    }
  }
}
