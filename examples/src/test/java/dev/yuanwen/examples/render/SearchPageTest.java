package dev.yuanwen.examples.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yuanwen.index.Hit;
import dev.yuanwen.index.Language;
import dev.yuanwen.index.QueryExplanation;
import dev.yuanwen.index.SearchRequest;
import dev.yuanwen.index.SearchResults;
import dev.yuanwen.index.Side;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The search page on hand-made results: escaping of hostile input, highlights, paging links. */
class SearchPageTest {
  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String IMG = "\"><img src=x onerror=alert(1)>";
  private static final String LUCENE = "title:(a AND b~2)*?";

  private static Hit hit(String doc, String title, Side side, int index, String text, List<Hit.Span> spans,
      List<Hit.Counterpart> aligned) {
    return new Hit(doc, title, side, index, 2.5f, text, spans, aligned);
  }

  private static SearchResults results(SearchPage.Query q, long total, List<Hit> hits) {
    SearchRequest r = SearchRequest.of(q.q()).offset(q.offset()).limit(SearchPage.PAGE_SIZE);
    return new SearchResults(r, Language.EN, total, hits);
  }

  private static String page(String q) {
    SearchPage.Query query = SearchPage.Query.of(q);
    return SearchPage.render(query, results(query, 0, List.of()), null, 3);
  }

  /** The value of the query box, as written in the HTML. */
  private static String boxValue(String html) {
    Matcher m = Pattern.compile("<input type=\"search\" name=\"q\" id=\"q\" value=\"([^\"]*)\"").matcher(html);
    assertTrue(m.find(), "no query box");
    return m.group(1);
  }

  private static void noMarkupFrom(String html) {
    assertFalse(html.contains("<script"), "a script element");
    assertFalse(html.contains("<img"), "an img element");
    // every tag's attributes, quoted values removed: no event handler among them
    Matcher tags = Pattern.compile("<[a-zA-Z][^>]*>").matcher(html);
    while (tags.find()) {
      String attributes = tags.group().replaceAll("\"[^\"]*\"", "\"\"");
      assertFalse(attributes.toLowerCase(java.util.Locale.ROOT).contains("onerror"), "an event handler: " + tags.group());
    }
  }

  @Test
  void scriptQueryIsEscapedInTheBoxTitleAndLinks() {
    String html = page(SCRIPT);
    noMarkupFrom(html);
    assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", boxValue(html));
    assertTrue(html.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; \u00b7 yuanwen search</title>"), html);
  }

  @Test
  void attributeBreakingQueryStaysInsideTheValue() {
    String html = page(IMG);
    noMarkupFrom(html);
    assertEquals("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;", boxValue(html));
    String quotes = page("it's \"quoted\" & <b>bold</b>");
    assertEquals("it&#39;s &quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;", boxValue(quotes));
  }

  @Test
  void tenThousandCharacterQueryIsKeptWholeInTheBoxAndShortInTheTitle() {
    String q = "<u>\u4f30\u503c".repeat(2000);
    assertEquals(10_000, q.length());
    String html = page(q);
    noMarkupFrom(html);
    assertFalse(html.contains("<u>"));
    assertEquals(SearchPage.esc(q), boxValue(html));
    Matcher t = Pattern.compile("<title>([^<]*)</title>").matcher(html);
    assertTrue(t.find());
    assertTrue(t.group(1).length() < 200, "title not shortened: " + t.group(1).length());
  }

  @Test
  void luceneSyntaxIsPlainText() {
    SearchPage.Query q = SearchPage.Query.of(LUCENE);
    String html = SearchPage.render(q, results(q, 25, List.of(hit("d", "T", Side.EN, 0, "a b", List.of(), List.of()))),
        null, 3);
    assertEquals(LUCENE, boxValue(html));
    assertTrue(html.contains("href=\"/?q=title%3A%28a+AND+b%7E2%29*%3F&amp;page=2\""), html);
  }

  @Test
  void emptyQueryShowsJustTheForm() {
    String html = SearchPage.render(SearchPage.Query.of(""), null, null, 3);
    assertTrue(html.contains("<form method=\"get\" action=\"/\""));
    assertEquals("", boxValue(html));
    assertTrue(html.contains("<select name=\"lang\"") && html.contains("<select name=\"side\""));
    assertTrue(html.contains("<button type=\"submit\">Search</button>"));
    assertFalse(html.contains("class=\"hits\""));
    assertFalse(html.contains("id=\"summary\""));
    assertFalse(html.contains("class=\"error\""));
    assertFalse(html.contains("class=\"pager\""));
    assertTrue(html.contains("3 documents"));
    noMarkupFrom(html);
  }

  @Test
  void errorMessageIsEscaped() {
    String html = SearchPage.render(SearchPage.Query.of("x"), null, "page must be a number, not \u201c" + SCRIPT + "\u201d.", 3);
    assertTrue(html.contains("<p class=\"error\" role=\"alert\">page must be a number, not \u201c&lt;script&gt;"));
    noMarkupFrom(html);
  }

  @Test
  void highlightsBecomeMarksAroundTheRightText() {
    String zh = "\u6295\u540e\u4f30\u503c\u7ea63800\u4ebf\u7f8e\u5143"; // 投后估值约3800亿美元
    String en = "A <b> valuation & \"more\" valuation";
    Hit zhHit = hit("anthropic-pause", "Pause", Side.ZH, 5, zh, List.of(new Hit.Span(2, 4)),
        List.of(new Hit.Counterpart(Side.EN, 4, "1. Timing <i>is</i> Coincidental")));
    Hit enHit = hit("d2", "Title", Side.EN, 3, en, List.of(new Hit.Span(6, 15), new Hit.Span(25, 34)), List.of());
    SearchPage.Query q = SearchPage.Query.of("valuation \u4f30\u503c");
    String html = SearchPage.render(q, results(q, 2, List.of(zhHit, enHit)), null, 3);

    assertTrue(html.contains("<p class=\"text\" lang=\"zh\">\u6295\u540e<mark>\u4f30\u503c</mark>\u7ea63800\u4ebf\u7f8e\u5143</p>"), html);
    assertTrue(html.contains("<p class=\"text\" lang=\"en\">A &lt;b&gt; <mark>valuation</mark> &amp; &quot;more&quot; "
        + "<mark>valuation</mark></p>"), html);
    // the aligned counterpart under the hit, escaped, with its place in the document
    assertTrue(html.contains("<li lang=\"en\"><a class=\"where en\" lang=\"en\" href=\"/doc/anthropic-pause#pt-4\">"
        + "English point #4</a>1. Timing &lt;i&gt;is&lt;/i&gt; Coincidental</li>"), html);
    assertTrue(html.contains("href=\"/doc/anthropic-pause#para-5\"><span lang=\"zh\">\u4e2d\u6587</span> paragraph \u00b6\u00a05</a>"));
    assertTrue(html.contains("<a class=\"title\" href=\"/doc/anthropic-pause\">Pause</a>"));
    assertTrue(html.contains("<b>2 hits</b>"));
    assertTrue(html.contains("The aligner tied this point to no paragraph."));
    assertEquals(3, html.split("<mark>", -1).length - 1);
  }

  @Test
  void spansOutOfOrderOrRangeAreSkipped() {
    StringBuilder h = new StringBuilder();
    SearchPage.marked(h, "abcdef", List.of(new Hit.Span(2, 4), new Hit.Span(1, 3), new Hit.Span(5, 9)));
    assertEquals("ab<mark>cd</mark>ef", h.toString());
  }

  @Test
  void hostileTextFromTheIndexIsEscaped() {
    Hit h = hit("x\"><script>", SCRIPT, Side.EN, 0, IMG, List.of(new Hit.Span(2, 6)),
        List.of(new Hit.Counterpart(Side.ZH, 1, SCRIPT)));
    SearchPage.Query q = SearchPage.Query.of("img");
    String html = SearchPage.render(q, results(q, 1, List.of(h)), null, 3);
    noMarkupFrom(html);
    assertTrue(html.contains("href=\"/doc/x%22%3E%3Cscript%3E\""), html);
    assertTrue(html.contains("<code class=\"id\">x&quot;&gt;&lt;script&gt;</code>"));
    assertTrue(html.contains("&quot;&gt;<mark>&lt;img</mark> src=x onerror=alert(1)&gt;"), html);
  }

  @Test
  void pagingLinksKeepEveryParameter() {
    SearchPage.Query q = new SearchPage.Query("\u4f30\u503c & co", Language.ZH, Side.EN, "anthropic-pause",
        "\u7b2c\u4e00\u8d22\u7ecf", "AI policy", 2);
    List<Hit> hits = java.util.stream.IntStream.range(0, 10)
        .mapToObj(i -> hit("d", "T", Side.EN, i, "t", List.of(), List.of())).toList();
    String html = SearchPage.render(q, results(q, 35, hits), null, 3);
    String common = "/?q=%E4%BC%B0%E5%80%BC+%26+co&amp;lang=zh&amp;side=en&amp;doc=anthropic-pause"
        + "&amp;outlet=%E7%AC%AC%E4%B8%80%E8%B4%A2%E7%BB%8F&amp;tag=AI+policy";
    assertTrue(html.contains("<a rel=\"prev\" id=\"prev\" href=\"" + common + "\">"), html);
    assertTrue(html.contains("<a rel=\"next\" id=\"next\" href=\"" + common + "&amp;page=3\">"), html);
    assertTrue(html.contains("page 2 of 4"));
    assertTrue(html.contains("<ol class=\"hits\" start=\"11\">"));
    assertTrue(html.contains("11\u201320"));
    // the form keeps the choices and opens the filters
    assertTrue(html.contains("<option value=\"zh\" selected>"));
    assertTrue(html.contains("<option value=\"en\" selected>English points</option>"));
    assertTrue(html.contains("<details open>"));
    assertTrue(html.contains("name=\"outlet\" value=\"\u7b2c\u4e00\u8d22\u7ecf\""));

    SearchPage.Query first = q.page(1);
    String one = SearchPage.render(first, results(first, 35, hits), null, 3);
    assertFalse(one.contains("rel=\"prev\""));
    assertTrue(one.contains("href=\"" + common + "&amp;page=2\""));

    SearchPage.Query last = q.page(4);
    String four = SearchPage.render(last, results(last, 35, hits.subList(0, 5)), null, 3);
    assertTrue(four.contains("href=\"" + common + "&amp;page=3\""));
    assertFalse(four.contains("rel=\"next\""));

    SearchPage.Query beyond = q.page(9);
    String nine = SearchPage.render(beyond, results(beyond, 35, List.of()), null, 3);
    assertTrue(nine.contains("No hits on page 9; the last page is 4."));
    assertTrue(nine.contains("href=\"" + common + "&amp;page=4\""), "previous goes to the last page");

    SearchPage.Query single = SearchPage.Query.of("x");
    assertFalse(SearchPage.render(single, results(single, 3, hits.subList(0, 3)), null, 3).contains("class=\"pager\""));
  }

  @Test
  void policyAllowsOnlyThePagesOwnStyle() {
    String csp = SearchPage.CONTENT_SECURITY_POLICY;
    assertTrue(csp.startsWith("default-src 'none'; style-src 'sha256-"), csp);
    assertFalse(csp.contains("unsafe"), csp);
    assertFalse(csp.contains("script-src"), "no script at all: default-src 'none' covers it");
    assertFalse(page("x").contains(" style=\""), "no style attributes (the hash allows the style element only)");
  }

  @Test
  void theQueryIsShownAsItWasTranslatedEscaped() {
    SearchPage.Query query = SearchPage.Query.of("care " + SCRIPT);
    QueryExplanation e = new QueryExplanation(Language.EN,
        List.of(new QueryExplanation.Term("care", List.of(
            new QueryExplanation.Translation("照顾", Side.ZH, 0.7f, QueryExplanation.Source.DICTIONARY),
            new QueryExplanation.Translation(SCRIPT, Side.ZH, 0.5f, QueryExplanation.Source.LEARNED)))),
        List.of("long-term care"), List.of(), List.of(), List.of(new QueryExplanation.Filter("side", "zh", false)), null);
    SearchRequest r = SearchRequest.of(query.q()).limit(SearchPage.PAGE_SIZE);
    String html = SearchPage.render(query, new SearchResults(r, Language.EN, 0, List.of(), e), null, 3);
    assertTrue(html.contains("<p class=\"translated\" id=\"translated\"><b>translated as</b> care → 照顾, "
        + "&lt;script&gt;alert(1)&lt;/script&gt; (learned); &quot;long-term care&quot;; side:zh</p>"), html);
    noMarkupFrom(html);
  }

  @Test
  void aQueryOfExclusionsAloneSaysWhy() {
    SearchPage.Query query = SearchPage.Query.of("-台风");
    QueryExplanation e = new QueryExplanation(Language.ZH, List.of(), List.of(), List.of(), List.of(), List.of(),
        "nothing to search: the query only leaves out (-台风); add a word to search for");
    String html = SearchPage.render(query, new SearchResults(SearchRequest.of("-台风"), Language.ZH, 0, List.of(), e), null, 3);
    assertTrue(html.contains("<p class=\"error\" role=\"alert\" id=\"problem\">Nothing to search: the query only leaves"
        + " out (-台风); add a word to search for.</p>"), html);
    assertFalse(html.contains("id=\"translated\""));
    assertFalse(page("x").contains("id=\"translated\""), "nothing translated, no line");
  }

  @Test
  void scoresAreWrittenAsTheFormatterWritesThem() {
    java.util.Random r = new java.util.Random(3);
    List<Float> scores = new java.util.ArrayList<>(List.of(0f, 0.005f, 0.015f, 0.125f, 1.005f, 2.675f, 6.84f, 6.72f,
        9.995f, 10f, 99.999f, 123.456f, -0.004f, -1.005f, 1e-7f, Float.MIN_VALUE, 12345.675f));
    for (int i = 0; i < 20_000; i++) {
      scores.add(r.nextFloat() * (i % 2 == 0 ? 20 : 2000));
    }
    for (float f : scores) {
      assertEquals(String.format(java.util.Locale.ROOT, "%.2f", f), SearchPage.twoDecimals(f), "score " + f);
    }
  }
}
