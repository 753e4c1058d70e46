package dev.yuanwen.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query syntax and its translation over the project's corpus: phrases on both sides,
 * exclusions that drop what their translation says too, OR, filters, figures written every way,
 * traditional and simplified, the explanation, and the public entry point an engine uses.
 */
class BilingualQueryTest {
  private static final Path CORPUS = Path.of("..", "corpus");
  @TempDir static Path dir;
  private static CorpusIndex index;

  @BeforeAll
  static void indexCorpus() {
    index = CorpusIndex.open(dir.resolve("index"));
    index.addAll(CorpusDocument.readAll(List.of(CORPUS)), IndexProgress.NONE);
    index.commit();
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static SearchResults results(String query, Side side) {
    return index.search(SearchRequest.of(query).side(side).limit(50));
  }

  private static List<Hit> hits(String query, Side side) {
    return results(query, side).hits();
  }

  private static Hit first(String query, Side side) {
    List<Hit> hits = hits(query, side);
    assertFalse(hits.isEmpty(), query + " on " + side + ": no hits");
    return hits.get(0);
  }

  private static String lower(Hit h) {
    return h.text().toLowerCase(Locale.ROOT);
  }

  private static Set<String> ids(List<Hit> hits) {
    return hits.stream().map(h -> h.doc() + "/" + h.side() + h.index()).collect(Collectors.toSet());
  }

  // Phrases

  @Test
  void aQuotedPhraseIsItsWordsInOrderOnTheSideWritten() {
    List<Hit> phrase = hits("\"long-term care\"", Side.EN);
    assertFalse(phrase.isEmpty());
    phrase.forEach(h -> assertTrue(lower(h).matches("(?s).*long[- ]term care.*"), h.text()));
    // Unquoted, the words need not be adjacent: more points match.
    assertTrue(results("long-term care", Side.EN).totalHits() > results("\"long-term care\"", Side.EN).totalHits());
    // In the wrong order nothing says it.
    assertTrue(hits("\"care long-term\"", Side.EN).stream().noneMatch(h -> lower(h).contains("care long")));
  }

  @Test
  void aQuotedPhraseIsItsTranslationOnTheOtherSide() {
    // long-term care is 長照 (the dictionary has the phrase whole) in a traditional article.
    List<Hit> zh = hits("\"long-term care\"", Side.ZH);
    assertFalse(zh.isEmpty());
    assertEquals("taiwan-long-term-care", zh.get(0).doc());
    assertTrue(zh.get(0).text().contains("長照") || zh.get(0).text().contains("長期照顧"), zh.get(0).text());
    // A Chinese phrase reaches the English points through its words' glosses near each other.
    Hit en = first("「北部都会区」", Side.EN);
    assertEquals("hk-northern-metropolis", en.doc());
    assertTrue(en.text().contains("Northern Metropolis"), en.text());
    en = first("“固态电池”", Side.EN);
    assertTrue(lower(en).contains("solid") && lower(en).contains("batter"), en.text());
  }

  @Test
  void aChinesePhraseInAnyQuoteAndEitherScript() {
    for (String q : List.of("\"长照\"", "“長照”", "「長照」", "『长照』")) {
      List<Hit> zh = hits(q, Side.ZH);
      assertFalse(zh.isEmpty(), q);
      zh.forEach(h -> assertTrue(h.text().contains("長照"), q + ": " + h.text()));
    }
    // Simplified phrase, simplified article, and the same in traditional characters.
    Set<String> simplified = ids(hits("\"十年禁渔\"", Side.ZH));
    assertFalse(simplified.isEmpty());
    assertEquals(simplified, ids(hits("\"十年禁漁\"", Side.ZH)));
  }

  @Test
  void aPhraseIsRequiredTheOtherWordsRank() {
    List<Hit> hits = hits("\"以旧换新\" 手机", Side.ZH);
    assertFalse(hits.isEmpty());
    hits.forEach(h -> assertTrue(h.text().contains("以旧换新"), h.text()));
    assertTrue(hits.get(0).text().contains("手机"), hits.get(0).text());
  }

  // Exclusions

  @Test
  void anExclusionDropsHitsWithTheWordOrItsTranslation() {
    List<Hit> with = hits("长江", Side.EN);
    assertTrue(with.stream().anyMatch(h -> h.text().contains("Poyang")), "some Yangtze points name Poyang Lake");
    List<Hit> without = hits("长江 -鄱阳湖", Side.EN);
    assertFalse(without.isEmpty());
    without.forEach(h -> assertFalse(h.text().contains("Poyang"), h.text()));
    hits("江豚 -鄱阳湖", Side.ZH).forEach(h -> assertFalse(h.text().contains("鄱阳湖"), h.text()));
    // The other way: an English exclusion leaves out the Chinese paragraphs that say it.
    assertTrue(hits("Yangtze", Side.ZH).stream().anyMatch(h -> h.text().contains("鄱阳")));
    List<Hit> zh = hits("Yangtze -Poyang", Side.ZH);
    assertFalse(zh.isEmpty());
    zh.forEach(h -> assertFalse(h.text().contains("鄱阳"), h.text()));
    // Traditional characters exclude the simplified text.
    hits("江豚 -鄱陽湖", Side.ZH).forEach(h -> assertFalse(h.text().contains("鄱阳湖"), h.text()));
  }

  @Test
  void anExcludedPhraseDropsOnlyHitsWithThePhrase() {
    List<Hit> hits = hits("长江 -\"十年禁渔\"", Side.ZH);
    assertFalse(hits.isEmpty());
    hits.forEach(h -> assertFalse(h.text().contains("十年禁渔"), h.text()));
    assertTrue(hits.stream().anyMatch(h -> h.text().contains("禁渔")), "the words apart are not the phrase");
  }

  @Test
  void exclusionsOrFiltersAloneSearchNothingAndSaySo() {
    SearchResults r = results("-台风", null);
    assertEquals(0, r.totalHits());
    assertTrue(r.explanation().problem().startsWith("nothing to search: the query only leaves out (-台风)"),
        r.explanation().problem());
    r = results("side:zh doc:anthropic-pause", null);
    assertEquals(0, r.totalHits());
    assertTrue(r.explanation().problem().contains("only filters"), r.explanation().problem());
    assertTrue(results("", null).explanation().problem() != null);
    assertNull(results("台风", null).explanation().problem());
  }

  // OR and AND

  @Test
  void orMatchesEitherAlternative() {
    List<Hit> hits = hits("Kumamoto OR Dresden", Side.EN);
    assertTrue(hits.stream().anyMatch(h -> h.text().contains("Kumamoto")));
    assertTrue(hits.stream().anyMatch(h -> h.text().contains("Dresden")));
    hits.forEach(h -> assertTrue(h.text().contains("Kumamoto") || h.text().contains("Dresden")
        || h.text().contains("Japan") || h.text().contains("Germany"), h.text()));
    // Either through its translation too: BYD for 比亚迪 on the English side.
    List<Hit> en = hits("CATL | 比亚迪", Side.EN);
    assertTrue(en.stream().anyMatch(h -> h.text().contains("CATL")));
    assertTrue(en.stream().anyMatch(h -> h.text().contains("BYD")));
    assertTrue(hits("CATL | 比亚迪", Side.ZH).stream().anyMatch(h -> h.text().contains("比亚迪")));
  }

  @Test
  void andIsTheDefault() {
    assertEquals(hits("长江 禁渔", null).stream().map(Hit::text).toList(),
        hits("长江 AND 禁渔", null).stream().map(Hit::text).toList());
  }

  // Filters

  @Test
  void filtersInTheQueryActAsTheRequestsFilters() {
    List<Hit> en = hits("台风 side:en", null);
    assertFalse(en.isEmpty());
    en.forEach(h -> assertEquals(Side.EN, h.side()));
    assertEquals(ids(hits("台风", Side.EN)), ids(en), "a filter keeps the words required");
    hits("增长 doc:marathon-boom-china", null).forEach(h -> assertEquals("marathon-boom-china", h.doc()));
    hits("AI outlet:Yicai", null).forEach(h -> assertEquals("anthropic-pause", h.doc()));
    hits("投资 tag:semiconductors", null).forEach(h -> assertEquals("tsmc-arizona-fabs", h.doc()));
    hits("AI -doc:anthropic-pause", null).forEach(h -> assertFalse(h.doc().equals("anthropic-pause")));
    List<Hit> either = hits("增长 doc:marathon-boom-china doc:china-retail-sales-2025", null);
    assertEquals(Set.of("marathon-boom-china", "china-retail-sales-2025"),
        either.stream().map(Hit::doc).collect(Collectors.toSet()), "values of one field are alternatives");
    // An unknown field is text: http: and title: are searched as written.
    assertFalse(hits("title:Anthropic", null).isEmpty());
  }

  // Figures

  @Test
  void threeHundredEightyBillionHoweverItIsWritten() {
    for (String q : List.of("三千八百亿", "3,800亿", "3800亿", "380 billion", "3.8千亿", "三千八百億")) {
      Hit h = first(q, Side.ZH);
      assertEquals("anthropic-pause", h.doc(), q);
      assertTrue(h.text().contains("3800亿"), q + ": " + h.text());
    }
  }

  @Test
  void fiftyWanAndFiveHundredThousand() {
    // The traditional article writes 50萬, its digest 500,000.
    for (String q : List.of("500,000", "half a million", "50万", "五十万")) {
      assertTrue(hits(q, Side.ZH).stream().limit(3).anyMatch(h -> h.text().contains("50萬")), q);
    }
    for (String q : List.of("50万", "50萬", "五十万", "half a million")) {
      assertTrue(hits(q, Side.EN).stream().limit(3).anyMatch(h -> h.text().contains("500,000")), q);
    }
  }

  @Test
  void percentagesAndMillionsInWords() {
    for (String q : List.of("百分之二十一点一", "21.1%")) {
      assertTrue(first(q, Side.ZH).text().contains("21.1%"), q);
      assertTrue(first(q, Side.EN).text().contains("21.1%"), q);
    }
    assertTrue(first("297 million", Side.ZH).text().contains("2.97亿"));
    assertTrue(first("2.97亿", Side.EN).text().contains("297 million"));
    assertTrue(first("三千亿", Side.EN).text().contains("300 billion"));
  }

  // Traditional and simplified

  @Test
  void traditionalAndSimplifiedFindEachOthersDocumentsOnBothSides() {
    // A traditional query on a simplified article, and the other way round.
    assertEquals(ids(hits("长江 禁渔", null)), ids(hits("長江 禁漁", null)));
    assertEquals("yangtze-fishing-ban", first("長江禁漁", Side.EN).doc());
    assertEquals("taiwan-long-term-care", first("长期照顾", Side.ZH).doc());
    assertEquals("taiwan-long-term-care", first("长期照顾", Side.EN).doc());
    assertEquals("tsmc-arizona-fabs", first("台积电", Side.ZH).doc());
  }

  // The explanation

  @Test
  void theResultsSayWhatTheQueryWasTranslatedAs() {
    QueryExplanation e = results("\"long-term care\" 长江 -广东 Kumamoto OR Dresden side:zh 3800亿", null).explanation();
    assertEquals(List.of("long-term care"), e.phrases());
    assertEquals(List.of(List.of("Kumamoto", "Dresden")), e.anyOf());
    assertEquals(List.of("广东"), e.excluded().stream().map(QueryExplanation.Term::text).toList());
    assertEquals(List.of(new QueryExplanation.Filter("side", "zh", false)), e.filters());
    QueryExplanation.Term river = e.words().stream().filter(t -> t.text().equals("长江")).findFirst().orElseThrow();
    assertTrue(river.translations().stream().anyMatch(t -> t.text().equals("Yangtze") && t.side() == Side.EN
        && t.source() == QueryExplanation.Source.DICTIONARY && t.weight() > 0));
    QueryExplanation.Term figure = e.words().stream().filter(t -> t.text().equals("3800亿")).findFirst().orElseThrow();
    assertTrue(figure.translations().stream().anyMatch(t -> t.text().equals("380 billion")
        && t.source() == QueryExplanation.Source.NUMBER));
    assertTrue(figure.translations().stream().anyMatch(t -> t.text().equals("三千八百亿") && t.side() == Side.ZH));
    String line = e.summary();
    assertTrue(line.contains("长江 → Yangtze"), line);
    assertTrue(line.contains("3800亿 → 380 billion, "), line);
    assertTrue(line.contains("\"long-term care\""), line);
    assertTrue(line.contains("Kumamoto | Dresden"), line);
    assertTrue(line.contains("not 广东"), line);
    assertTrue(line.endsWith("side:zh"), line);
    // A name the index spells in pinyin says so.
    assertTrue(results("小西天", Side.EN).explanation().summary().contains("Xiaoxitian (pinyin)"),
        results("小西天", Side.EN).explanation().summary());
  }

  @Test
  void functionWordsAreNotTranslatedBesideWordsOfContent() {
    QueryExplanation e = results("subsidies borrowed demand from future years", null).explanation();
    assertTrue(e.words().stream().noneMatch(t -> t.text().equals("from") && !t.translations().isEmpty()), e.summary());
    assertTrue(e.words().stream().anyMatch(t -> t.text().equals("subsidies")
        && t.translations().stream().anyMatch(x -> x.text().equals("补贴"))), e.summary());
    // The function word is still searched as written: a point with it ranks above one without.
    String q = BilingualQuery.of("subsidies from", null, null).query().toString();
    assertTrue(q.contains("en:from") && q.contains("en:subsidi"), q);
    assertFalse(q.contains("ConstantScore(en:from)") || q.contains("via_en:from"), q);
    // Capitals make another word: US is the country, May the month.
    assertTrue(BilingualQuery.of("US tariffs on chips", null, null).explanation().words().stream()
        .anyMatch(t -> t.text().equals("US") && t.translations().stream().anyMatch(x -> x.text().equals("美国"))));
    assertTrue(BilingualQuery.of("tariffs since May", null, null).explanation().words().stream()
        .anyMatch(t -> t.text().equals("May") && !t.translations().isEmpty()));
    // Alone, function words are all the query has: they are translated.
    QueryExplanation alone = results("from", null).explanation();
    assertTrue(alone.words().stream().anyMatch(t -> t.text().equals("from") && !t.translations().isEmpty()),
        alone.summary());
  }

  @Test
  void theExplanationOfALongQueryIsShort() {
    StoredDocument d = index.document("anthropic-pause").orElseThrow();
    String pasted = String.join(" ", d.points());
    QueryExplanation e = results(pasted, null).explanation();
    assertTrue(e.summary().length() <= 240, e.summary());
    assertTrue(e.summary().contains("more words") || e.summary().endsWith("…"), e.summary());
  }

  // Hostile input

  @Test
  void anyInputGivesAQueryOrNothingToSearch() {
    Random random = new Random(7);
    String alphabet = "ab长江禁渔\"“」-|:ORAND side:zh doc:\u0000\u0007\ud800\udc00\u200b\\*()^~[]{}!+&<>/";
    for (int round = 0; round < 300; round++) {
      StringBuilder s = new StringBuilder();
      int n = random.nextInt(60);
      for (int i = 0; i < n; i++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      BilingualQuery q = BilingualQuery.of(s.toString(), null, null);
      assertEquals(q.isEmpty(), q.explanation().problem() != null, s.toString());
      assertTrue(QueryTranslator.clauses(q.query()) <= IndexSearcher.getMaxClauseCount(), s.toString());
      index.search(SearchRequest.of(s.toString())); // runs
    }
    StringBuilder junk = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      junk.append((char) (random.nextInt(0x3000) + 1));
    }
    BilingualQuery q = BilingualQuery.of(junk.toString(), null, null);
    assertTrue(QueryTranslator.clauses(q.query()) <= IndexSearcher.getMaxClauseCount());
    index.search(SearchRequest.of(junk.toString()));
    // Many phrases, groups and exclusions stay within the clause limit too.
    String many = "\"长江 禁渔\" -\"long-term care\" a OR b OR c ".repeat(40) + "台风 ".repeat(50);
    assertTrue(QueryTranslator.clauses(BilingualQuery.of(many, null, null).query()) <= IndexSearcher.getMaxClauseCount());
    index.search(SearchRequest.of(many));
  }

  // The public entry point, as an engine uses it

  @Test
  void anEngineRunsTheQueryOnItsOwnReader() throws Exception {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir.resolve("index")))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      // with the index's learned table, as the index's own search translates
      BilingualQuery q = BilingualQuery.of("\"long-term care\" -台风", null, reader, index.translationTable());
      assertFalse(q.isEmpty());
      assertEquals(Language.EN, q.language());
      TopDocs top = searcher.search(q.query(), 10);
      assertTrue(top.totalHits.value > 0);
      assertEquals(index.search(SearchRequest.of("\"long-term care\" -台风")).totalHits(), top.totalHits.value);
      BilingualQuery forced = BilingualQuery.of("care", Language.ZH, reader);
      assertTrue(forced.explanation().words().isEmpty(), "forced Chinese: the English word is not translated");
      BilingualQuery nothing = BilingualQuery.of("-台风", null, reader);
      assertTrue(nothing.isEmpty());
      assertEquals(0, searcher.search(nothing.query(), 10).totalHits.value);
    }
  }

  @Test
  void anEngineOfShardsSaysWhichTermsTheCollectionHas() throws Exception {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir.resolve("index")))) {
      java.util.function.BiPredicate<String, String> present = (field, term) -> {
        try {
          return reader.docFreq(new org.apache.lucene.index.Term(field, term)) > 0;
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      };
      // the same terms, the same query as on one reader
      for (String text : List.of("long-term care", "\"long-term care\" -台风", "小西天 懸塑", "Northern Metropolis 發債 1950億",
          "台积电 OR TSMC side:zh")) {
        assertEquals(BilingualQuery.of(text, null, reader).query(), BilingualQuery.withTerms(text, null, present).query(), text);
      }
      // an index with none of them: nothing is translated, the words are searched as written
      BilingualQuery none = BilingualQuery.withTerms("long-term care", null, (field, term) -> false);
      assertTrue(none.explanation().words().isEmpty());
    }
    // every word of a candidate is asked about, also after one is missing (an engine records the questions)
    List<String> asked = new java.util.ArrayList<>();
    QueryTranslator.Presence recorder = (field, term) -> {
      asked.add(term);
      return !term.equals("长期");
    };
    assertFalse(recorder.hasAll(IndexSchema.ZH, List.of("长期", "照顾")));
    assertEquals(List.of("长期", "照顾"), asked);
  }
}
