package dev.yuanwen.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yuanwen.index.ParsedQuery.AnyOf;
import dev.yuanwen.index.ParsedQuery.Clause;
import dev.yuanwen.index.ParsedQuery.Field;
import dev.yuanwen.index.ParsedQuery.Filter;
import dev.yuanwen.index.ParsedQuery.Not;
import dev.yuanwen.index.ParsedQuery.Phrase;
import dev.yuanwen.index.ParsedQuery.Word;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The query syntax, construct by construct, and what is not syntax. */
class QueryParserTest {
  private static List<Clause> parse(String q) {
    return QueryParser.parse(q).clauses();
  }

  private static Word w(String s) {
    return new Word(s);
  }

  @Test
  void wordsAreWords() {
    assertEquals(List.of(w("Anthropic"), w("估值")), parse("Anthropic 估值"));
    assertEquals(List.of(w("长江十年禁渔")), parse("  长江十年禁渔 "));
    assertEquals(List.of(), parse(""));
    assertEquals(List.of(), parse(" \t\n "));
  }

  @Test
  void quotedPhrasesInEveryQuoteStyle() {
    assertEquals(List.of(new Phrase("long-term care")), parse("\"long-term care\""));
    assertEquals(List.of(new Phrase("长期照护")), parse("“长期照护”"));
    assertEquals(List.of(new Phrase("長照")), parse("「長照」"));
    assertEquals(List.of(new Phrase("以旧换新"), w("手机")), parse("『以旧换新』 手机"));
    assertEquals(List.of(new Phrase("以旧换新"), w("手机")), parse("＂以旧换新＂手机"));
    // Spaces inside collapse; a quote left open closes at the end; an empty pair is nothing.
    assertEquals(List.of(w("a"), new Phrase("fishing ban")), parse("a \"  fishing   ban"));
    assertEquals(List.of(w("a")), parse("a \"\""));
    // A phrase ends a word: 台风"登陆" is a word and a phrase.
    assertEquals(List.of(w("台风"), new Phrase("登陆")), parse("台风\"登陆\""));
  }

  @Test
  void exclusionsOfWordsAndPhrases() {
    assertEquals(List.of(w("台风"), new Not(w("广东"))), parse("台风 -广东"));
    assertEquals(List.of(w("typhoon"), new Not(new Phrase("Hong Kong"))), parse("typhoon -\"Hong Kong\""));
    assertEquals(List.of(w("x"), new Not(w("y"))), parse("x －y"), "full-width minus");
    // A lone minus, a minus inside a word, a double minus and a minus before a bar are text.
    assertEquals(List.of(w("long-term"), w("-"), w("care")), parse("long-term - care"));
    assertEquals(List.of(w("--flag")), parse("--flag"));
    assertEquals(List.of(w("3-5")), parse("3-5"));
  }

  @Test
  void orAndBarAreOperatorsBetweenTwoOperands() {
    assertEquals(List.of(new AnyOf(List.of(w("Kumamoto"), w("Dresden")))), parse("Kumamoto OR Dresden"));
    assertEquals(List.of(new AnyOf(List.of(w("CATL"), w("比亚迪")))), parse("CATL | 比亚迪"));
    assertEquals(List.of(new AnyOf(List.of(w("CATL"), w("比亚迪")))), parse("CATL|比亚迪"));
    assertEquals(List.of(new AnyOf(List.of(w("a"), w("b"), w("c")))), parse("a OR b | c"));
    // OR binds its neighbours only.
    assertEquals(List.of(w("台风"), new AnyOf(List.of(w("广东"), w("香港")))), parse("台风 广东 OR 香港"));
    assertEquals(List.of(new AnyOf(List.of(new Phrase("long-term care"), w("长照")))),
        parse("\"long-term care\" OR 长照"));
    assertTrue(((AnyOf) parse("\"a b\" OR c").get(0)).hasPhrase());
  }

  @Test
  void andIsAcceptedAndMeansTheDefault() {
    assertEquals(List.of(w("长江"), w("禁渔")), parse("长江 AND 禁渔"));
    assertEquals(parse("长江 禁渔"), parse("长江 AND 禁渔"));
  }

  @Test
  void anOperatorAtTheEdgesOrDoubledIsAWord() {
    assertEquals(List.of(w("OR"), w("typhoon")), parse("OR typhoon"));
    assertEquals(List.of(w("typhoon"), w("OR")), parse("typhoon OR"));
    assertEquals(List.of(w("AND"), w("x")), parse("AND x"));
    assertEquals(List.of(w("x"), w("AND")), parse("x AND"));
    assertEquals(List.of(w("a"), w("OR"), w("OR"), w("b")), parse("a OR OR b"));
    assertEquals(List.of(w("a"), w("AND"), w("OR"), w("b")), parse("a AND OR b"));
    assertEquals(List.of(w("OR")), parse("OR"));
    assertEquals(List.of(w("|")), parse("|"));
    // Lower case is a word; next to an exclusion or a filter an operator is a word too.
    assertEquals(List.of(w("war"), w("or"), w("peace")), parse("war or peace"));
    assertEquals(List.of(w("a"), w("OR"), new Not(w("b"))), parse("a OR -b"));
    assertEquals(List.of(w("a"), w("OR"), new Filter(Field.SIDE, "zh", false)), parse("a OR side:zh"));
  }

  @Test
  void filtersAsTheCommandLineOptions() {
    assertEquals(List.of(w("长江"), new Filter(Field.SIDE, "zh", false)), parse("长江 side:zh"));
    assertEquals(List.of(new Filter(Field.SIDE, "en", false), w("typhoon")), parse("SIDE:EN typhoon"));
    assertEquals(List.of(w("AI"), new Filter(Field.DOC, "anthropic-pause", false)), parse("AI doc:anthropic-pause"));
    assertEquals(List.of(w("AI"), new Filter(Field.DOC, "anthropic-pause", true)), parse("AI -doc:anthropic-pause"));
    assertEquals(List.of(w("x"), new Filter(Field.TAG, "semiconductors", false)), parse("x tag:semiconductors"));
    assertEquals(List.of(w("x"), new Filter(Field.OUTLET, "第一财经", false)), parse("x outlet:第一财经"));
    assertEquals(List.of(w("x"), new Filter(Field.OUTLET, "South China Morning Post", false)),
        parse("x outlet:\"South China Morning Post\""));
    // Not a filter: an unknown field, a side that is not one, an empty value, a colon first.
    assertEquals(List.of(w("http://example.com")), parse("http://example.com"));
    assertEquals(List.of(w("title:(a")), parse("title:(a"));
    assertEquals(List.of(w("side:fr")), parse("side:fr"));
    assertEquals(List.of(w("doc:")), parse("doc:"));
    assertEquals(List.of(w(":x")), parse(":x"));
    assertEquals(List.of(w("zh:长江")), parse("zh:长江"));
  }

  @Test
  void luceneSyntaxIsText() {
    assertEquals(List.of(w("*:*")), parse("*:*"));
    assertEquals(List.of(w("title:(a"), w("b~2)*?")), parse("title:(a AND b~2)*?"));
    assertEquals(List.of(w("+a"), w("!b"), w("c^2"), w("[1"), w("TO"), w("5]"), w("&&"), w("(x)")),
        parse("+a !b c^2 [1 TO 5] && (x)"));
    assertEquals(List.of(w("<script>alert(1)</script>")), parse("<script>alert(1)</script>"));
  }

  @Test
  void controlCharactersAndBrokenSurrogatesAreSpaces() {
    assertEquals(List.of(w("a"), w("b")), parse("a\u0000b"));
    assertEquals(List.of(w("a"), w("b")), parse("a\u200bb"), "a zero-width space is a format character");
    assertEquals(List.of(w("a"), w("b")), parse("a\ud800b"), "an unpaired high surrogate");
    assertEquals(List.of(w("a"), w("b")), parse("a\udc00b"), "an unpaired low surrogate");
    assertEquals(List.of(w("𠮷野家")), parse("𠮷野家"), "a paired surrogate is a character");
  }

  @Test
  void positiveTextAndWords() {
    ParsedQuery q = QueryParser.parse("\"long-term care\" 台湾 a OR b -台风 side:zh");
    assertEquals("long-term care 台湾 a b", q.positiveText());
    assertEquals("台湾", q.words());
    assertEquals("long-term care 台湾", q.words(true));
    assertEquals("\"long-term care\" 台湾 a | b -台风 side:zh", q.toString());
    assertThrows(IllegalArgumentException.class, () -> new Not(new Filter(Field.DOC, "x", false)));
  }

  /** Any string parses, in time linear in its length, into clauses of its own text. */
  @Test
  void anyInputParses() {
    Random random = new Random(11);
    String alphabet = "ab 长江\"“”「」-－|｜:ORAND\u0000\u001f\t\n\ud800\udc00\u200b\\*()^~";
    for (int round = 0; round < 2000; round++) {
      StringBuilder s = new StringBuilder();
      int n = random.nextInt(40);
      for (int i = 0; i < n; i++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      ParsedQuery q = QueryParser.parse(s.toString());
      for (Clause c : q.clauses()) {
        String text = c instanceof Word x ? x.text() : c instanceof Phrase p ? p.text() : null;
        if (text != null) {
          assertFalse(text.isBlank(), s.toString());
          assertTrue(text.codePoints().noneMatch(Character::isISOControl), s.toString());
        }
      }
    }
    StringBuilder huge = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      huge.append("-\"|OR ".charAt(i % 6));
    }
    QueryParser.parse(huge.toString());
    QueryParser.parse("\"".repeat(100_000));
  }
}
