package dev.yuanwen.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yuanwen.InputException;
import dev.yuanwen.document.Article;
import dev.yuanwen.document.Digest;
import dev.yuanwen.document.GoldDocument;
import dev.yuanwen.document.GoldFiles;
import dev.yuanwen.document.Paragraph;
import dev.yuanwen.document.Point;
import dev.yuanwen.document.Sentence;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The readers of user files on hostile text (see {@link Texts}): the article parser, the digest
 * parser and the gold-file reader. Each may only return a well-formed result or throw {@link
 * InputException}; never hang, never allocate beyond a multiple of the input. The article parser and
 * the gold reader (whose records become articles) reach the sentence splitter; the digest parser does
 * not call it.
 */
class ParserFuzzTest {
  /** About one try in a hundred carries a line of a megabyte. */
  private static final Gen<List<String>> TEXT = Texts.text(60, 0.01, 1_000_000);
  /** Web pages (read by jsoup, see document/HtmlText) as often as plain text, in the article parser's property. */
  private static final Gen<List<String>> PAGE = Texts.page(80, 0.01, 1_000_000);
  private static final Gen<List<String>> ARTICLE = r -> r.nextBoolean() ? TEXT.sample(r) : PAGE.sample(r);

  @TempDir Path tmp;

  private static Fuzz<List<String>> fuzz(String name) {
    return Fuzz.of(name, TEXT, Texts::describe, p -> Texts.join(p).length());
  }


  @Test
  void articleParser() {
    Gen<List<String>> mixed = new Gen<>() {
      @Override
      public List<String> sample(Random r) {
        return ARTICLE.sample(r);
      }

      @Override
      public java.util.stream.Stream<List<String>> shrink(List<String> value) {
        return TEXT.shrink(value);
      }
    };
    Fuzz.of("article parser", mixed, Texts::describe, p -> Texts.join(p).length())
        .examples(List.of("1．弄堂是上海的特色。2．石库门建筑始于十九世纪。"), List.of("\uFEFF标题\r\n\r\n正文", "\uD800。"),
            List.of("中文。", "<!--".repeat(250_000)), List.of("中", " ".repeat(1_000_000)),
            List.of("<!DOCTYPE html><p>中文。", "<div>".repeat(200_000)), List.of("<html><body>中文", "<b>".repeat(300_000)),
            List.of("<html><script>", "中文。".repeat(300_000)), List.of("<html><p>中文&frac12;", "<table><tr><td>".repeat(60_000)))
        .memory(64L << 20, 5 * 300) // five parses a try, each within 300 bytes a char
        .check(pieces -> {
          String text = Texts.join(pieces);
          checkArticle(text, () -> Article.parse(text, "fuzz.txt"));
          checkArticle(text, () -> Article.parser().withTitleLine(true).parse(text, "fuzz.txt"));
          checkArticle(text, () -> Article.parse(Texts.bytes(text, false), "fuzz.txt"));
          checkArticle(text, () -> Article.parse(Texts.bytes(text, true), "fuzz.txt"));
          List<String> paragraphs = pieces.stream().filter(p -> !p.isBlank()).toList();
          if (!paragraphs.isEmpty()) {
            checkArticle(text, () -> Article.of("fuzz", paragraphs));
          }
        });
  }

  private static void checkArticle(String input, java.util.function.Supplier<Article> parse) {
    Article a;
    try {
      a = parse.get();
    } catch (InputException e) {
      assertTrue(e.getMessage().startsWith(e.source() + ": "), e.getMessage());
      Fuzz.count("rejected");
      return;
    }
    Fuzz.count("articles");
    assertFalse(a.paragraphs().isEmpty());
    for (Paragraph p : a.paragraphs()) {
      assertFalse(p.text().isEmpty(), "an empty paragraph");
      int end = 0;
      for (Sentence s : p.sentences()) {
        assertTrue(s.start() >= end && s.end() > s.start() && s.end() <= p.text().length(),
            "sentence " + s + " out of order in a paragraph of " + p.text().length());
        assertEquals(p.text().substring(s.start(), s.end()), s.text());
        end = s.end();
      }
    }
  }

  @Test
  void digestParser() {
    fuzz("digest parser")
        .examples(List.of("Lead.\n\n", "-".repeat(200_000), "\n\nText."), List.of("#".repeat(1_000_000), "\nText"),
            List.of("\uFEFF# Title\r\n\r\n1. Item: text\r\n- bullet\r\nIn conclusion, done."))
        .memory(64L << 20, 4 * 300) // four parses a try, each within 300 bytes a char
        .check(pieces -> {
          String text = Texts.join(pieces);
          checkDigest(() -> Digest.parse(text, "fuzz.txt"));
          checkDigest(() -> Digest.parse(Texts.bytes(text, false), "fuzz.txt"));
          checkDigest(() -> Digest.parse(Texts.bytes(text, true), "fuzz.txt"));
          List<String> points = pieces.stream().filter(p -> !p.isBlank()).toList();
          if (!points.isEmpty()) {
            checkDigest(() -> Digest.of("fuzz", points));
          }
        });
  }

  private static void checkDigest(java.util.function.Supplier<Digest> parse) {
    Digest d;
    try {
      d = parse.get();
    } catch (InputException e) {
      assertTrue(e.getMessage().startsWith(e.source() + ": "), e.getMessage());
      Fuzz.count("rejected");
      return;
    }
    Fuzz.count("digests");
    assertFalse(d.points().isEmpty());
    for (int i = 0; i < d.points().size(); i++) {
      Point p = d.points().get(i);
      assertEquals(i, p.index());
      assertFalse(p.raw().isBlank(), "a blank point");
    }
  }

  // ---------------------------------------------------------------- gold files

  /** One gold record: its texts are fuzz text, its numbers mostly in range. */
  record Record(List<String> id, int kind, List<List<String>> zh, List<List<String>> en, List<int[]> links,
      List<String> title) {}

  /** A gold file: records, lines that are not JSON, and how it is written. */
  record GoldCase(List<Record> records, List<List<String>> junk, boolean bom, boolean crlf, boolean escapeNonAscii) {
    long chars() {
      long n = 0;
      for (Record r : records) {
        for (List<String> t : r.zh()) {
          n += Texts.join(t).length();
        }
        for (List<String> t : r.en()) {
          n += Texts.join(t).length();
        }
      }
      for (List<String> j : junk) {
        n += Texts.join(j).length();
      }
      return n;
    }
  }

  private static final Gen<List<String>> SHORT = Texts.text(6, 0, 0);
  private static final Gen<List<String>> PARAGRAPH = Texts.text(30, 0.01, 1_000_000);

  private static final Gen<Record> RECORD = new Gen<>() {
    final Gen<List<List<String>>> texts = Gen.listOf(PARAGRAPH, 1, 4);

    @Override
    public Record sample(Random r) {
      // most paragraphs open with Chinese and most points with English, so most records get as far
      // as building their article and digest (where the sentence splitter runs)
      List<List<String>> zh = opened(texts.sample(r), r, Texts.han(r, 1 + r.nextInt(4)));
      List<List<String>> en = opened(texts.sample(r), r, "Point ");
      List<int[]> links = new ArrayList<>();
      java.util.Set<Integer> seen = new java.util.HashSet<>();
      for (int k = r.nextInt(5); k > 0; k--) {
        int slack = r.nextInt(40) == 0 ? 2 : 0; // now and then one out of range
        int[] link = {r.nextInt(en.size() + slack) - (slack > 0 ? 1 : 0), r.nextInt(zh.size() + slack)};
        if (seen.add(link[0] * 1000 + link[1]) || r.nextInt(40) == 0) { // now and then a duplicate
          links.add(link);
        }
      }
      List<String> id = r.nextInt(10) == 0 ? SHORT.sample(r) : List.of("doc-" + r.nextInt(1000));
      return new Record(id, r.nextInt(16) == 0 ? 5 + r.nextInt(3) : r.nextInt(5), zh, en, links, SHORT.sample(r));
    }

    @Override
    public Stream<Record> shrink(Record v) {
      return Stream.of(
          Gen.shrinkList(v.zh(), 1, PARAGRAPH::shrink).map(zh -> new Record(v.id(), v.kind(), zh, v.en(), fit(v.links(), v.en().size(), zh.size()), v.title())),
          Gen.shrinkList(v.en(), 1, PARAGRAPH::shrink).map(en -> new Record(v.id(), v.kind(), v.zh(), en, fit(v.links(), en.size(), v.zh().size()), v.title())),
          Gen.shrinkList(v.links(), 0, l -> Stream.empty()).map(l -> new Record(v.id(), v.kind(), v.zh(), v.en(), l, v.title())),
          Stream.of(new Record(v.id(), v.kind(), v.zh(), v.en(), v.links(), List.of())))
          .flatMap(s -> s);
    }
  };

  private static List<List<String>> opened(List<List<String>> texts, Random r, String opening) {
    List<List<String>> out = new ArrayList<>();
    for (List<String> t : texts) {
      List<String> pieces = new ArrayList<>(t);
      if (r.nextInt(10) > 0) {
        pieces.add(0, opening);
      }
      out.add(pieces);
    }
    return out;
  }

  private static List<int[]> fit(List<int[]> links, int en, int zh) {
    return links.stream().filter(l -> l[0] < en && l[1] < zh).toList();
  }

  private static final Gen<GoldCase> GOLD = new Gen<>() {
    final Gen<List<Record>> records = Gen.listOf(RECORD, 0, 2);
    final Gen<List<List<String>>> junk = Gen.listOf(Texts.text(8, 0, 0), 0, 2);

    @Override
    public GoldCase sample(Random r) {
      List<List<String>> j = r.nextInt(8) == 0 ? junk.sample(r) : List.of();
      return new GoldCase(records.sample(r), j, r.nextInt(4) == 0, r.nextInt(3) == 0, r.nextBoolean());
    }

    @Override
    public Stream<GoldCase> shrink(GoldCase v) {
      return Stream.concat(
          records.shrink(v.records()).map(rs -> new GoldCase(rs, v.junk(), v.bom(), v.crlf(), v.escapeNonAscii())),
          junk.shrink(v.junk()).map(j -> new GoldCase(v.records(), j, v.bom(), v.crlf(), v.escapeNonAscii())));
    }
  };

  private static final String[] KINDS = {"digest", "parallel", "digest", "parallel", "digest", "", "Digest", "translation"};

  static String render(GoldCase c) {
    ObjectMapper json = JsonMapper.builder()
        .configure(JsonWriteFeature.ESCAPE_NON_ASCII, c.escapeNonAscii()).build();
    List<String> lines = new ArrayList<>();
    for (Record r : c.records()) {
      ObjectNode o = json.createObjectNode();
      o.put("id", Texts.join(r.id()));
      o.put("kind", KINDS[r.kind()]);
      o.put("source", "测试社");
      o.put("title_zh", Texts.join(r.title()));
      o.put("title_en", "Title");
      ArrayNode zh = o.putArray("zh");
      r.zh().forEach(t -> zh.add(Texts.join(t)));
      ArrayNode en = o.putArray("en");
      r.en().forEach(t -> en.add(Texts.join(t)));
      ArrayNode links = o.putArray("links");
      r.links().forEach(l -> links.addArray().add(l[0]).add(l[1]));
      lines.add(o.toString());
    }
    for (int k = 0; k < c.junk().size(); k++) {
      lines.add(Math.min(k + 1, lines.size()), Texts.join(c.junk().get(k)).replace('\n', ' ').replace('\r', ' '));
    }
    return (c.bom() ? "\uFEFF" : "") + String.join(c.crlf() ? "\r\n" : "\n", lines);
  }

  static String describe(GoldCase c) {
    String text = render(c);
    return c.records().size() + " records, " + c.junk().size() + " junk lines, " + text.length() + " chars: "
        + Texts.literal(text);
  }

  @Test
  void goldFileReader() {
    Path file = tmp.resolve("gold.jsonl");
    Fuzz.of("gold-file reader", GOLD, ParserFuzzTest::describe, GoldCase::chars)
        .memory(64L << 20, 600)
        .check(c -> {
          Files.write(file, render(c).getBytes(StandardCharsets.UTF_8)); // a lone surrogate becomes '?'; escaped, it stays
          List<GoldDocument> docs;
          try {
            docs = GoldFiles.read(file);
          } catch (InputException e) {
            assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
            Fuzz.count("rejected");
            return;
          }
          Fuzz.count("files read");
          for (GoldDocument d : docs) {
            Fuzz.count("records");
            assertEquals(d.zh().size(), d.article().paragraphs().size(), d.id());
            assertEquals(d.en().size(), d.digest().points().size(), d.id());
          }
        });
  }
}
