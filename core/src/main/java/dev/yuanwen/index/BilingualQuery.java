package dev.yuanwen.index;

import dev.yuanwen.index.ParsedQuery.AnyOf;
import dev.yuanwen.index.ParsedQuery.Clause;
import dev.yuanwen.index.ParsedQuery.Field;
import dev.yuanwen.index.ParsedQuery.Filter;
import dev.yuanwen.index.ParsedQuery.Not;
import dev.yuanwen.index.ParsedQuery.Phrase;
import dev.yuanwen.index.ParsedQuery.Word;
import dev.yuanwen.lexicon.Lexicon;
import dev.yuanwen.lexicon.TranslationTable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The Lucene query for what a user typed, over an index with {@link CorpusIndex}'s fields, and
 * what it was read and translated as. The one way text becomes a query: {@link CorpusIndex#search}
 * uses it, and so can an engine's query parser (Solr's, over a collection whose fields carry the
 * same names and analysis).
 *
 * <pre>{@code
 * BilingualQuery q = BilingualQuery.of("\"long-term care\" 台湾 -台风 side:zh", null, reader);
 * if (!q.isEmpty()) {
 *   TopDocs top = new IndexSearcher(reader).search(q.query(), 10);
 * }
 * String line = q.explanation().summary(); // care → 照顾, 护理; "long-term care"; not 台风 (typhoon); side:zh
 * }</pre>
 *
 * <p>The syntax (anything else is text; nothing a user types is Lucene syntax or can break it):
 *
 * <ul>
 *   <li>Words are searched on their own side as written and, translated, on the other; a hit need
 *       not have them all, but each one it has counts (a soft AND).
 *   <li>{@code "long-term care"}, {@code “长期照护”}, {@code 「长照」}: a phrase, required: its words
 *       adjacent and in order on the side written, its translation (the dictionary's for the whole
 *       phrase, or each word's near the others) on the other side. A quote left open closes at the
 *       end. In pasted text (a query of more than {@value #PASTED_WORDS} words or {@value
 *       #PASTED_CHARS} characters) quotes are a quotation's, and their words count as words.
 *   <li>{@code -word}, {@code -"phrase"}: a hit with it, or with what it is translated into, is
 *       left out. A query of exclusions alone searches nothing and says so.
 *   <li>{@code a OR b}, {@code a | b}: either (it counts once); {@code a AND b}: both, as without it.
 *       An operator at the start or the end, or doubled, is a word; {@code or} and {@code and} are
 *       words.
 *   <li>{@code side:zh}, {@code side:en}, {@code doc:ID}, {@code tag:X}, {@code outlet:X}: filters,
 *       as {@link SearchRequest}'s (values of one field are alternatives; {@code -doc:ID} leaves a
 *       document out). Any other {@code name:value} is text.
 * </ul>
 *
 * <p>The fields it queries, as {@link CorpusIndex} writes them: {@code zh} (a paragraph, HanLP
 * tokens in simplified characters, lower-cased, with the dictionary's words inside long words at the
 * same position), {@code en} (a point, Lucene's English analyzer as {@code EnglishTerms} has it),
 * {@code type} ({@code zh} or {@code en}: the side, untokenized), and for filters {@code doc} (the
 * document id), {@code tag_key} and {@code outlet_key} (lower-cased, untokenized). An engine's
 * collection with these fields and analysis gets the same hits.
 *
 * <p>Numbers match however they are written (三千八百亿, 3,800亿, 380 billion; 50万, 500,000, half
 * a million; 百分之四十七, 47%), and traditional and simplified characters find each other. The
 * query stays within Lucene's clause limit ({@link IndexSearcher#getMaxClauseCount}). Immutable and
 * thread-safe.
 */
public final class BilingualQuery {
  /** At most this many of each kind of clause count; the rest of a pasted page is ignored. */
  private static final int MAX_PHRASES = 8;
  private static final int MAX_GROUPS = 8;
  private static final int MAX_ALTERNATIVES = 8;
  private static final int MAX_EXCLUSIONS = 16;
  private static final int MAX_FILTERS = 16;
  /**
   * A query longer than this (words, or characters) is pasted text, a paragraph or a digest point:
   * its quotes are a quotation's, not a phrase the user requires, and its quoted words count as
   * words.
   */
  static final int PASTED_WORDS = 16;
  static final int PASTED_CHARS = 80;
  /** Weight of a quoted phrase's words on the other side when its translation is a guess. */
  private static final float GUESSED = 0.3f;

  private final Query query;
  private final Language language;
  private final QueryExplanation explanation;
  private final QueryTranslator.Highlights zh;
  private final QueryTranslator.Highlights en;

  private BilingualQuery(Query query, Language language, QueryExplanation explanation,
      QueryTranslator.Highlights zh, QueryTranslator.Highlights en) {
    this.query = query;
    this.language = language;
    this.explanation = explanation;
    this.zh = zh;
    this.en = en;
  }

  /** The shared translator: the dictionaries load once. */
  private static final class Shared {
    static final QueryTranslator TRANSLATOR = new QueryTranslator(IndexSchema.newChineseAnalyzer(), Lexicon.shared());
  }

  /**
   * The query for {@code text} (any string; see the class comment for its syntax).
   *
   * @param text what the user typed
   * @param language the query's language, or null to detect it from the script ({@link
   *     Language#detect}): it decides which way words are translated
   * @param reader the index searched, for which translations occur in it (the others are left out,
   *     so that a rare right sense is not crowded out by common wrong ones); null for any
   * @return the query; {@link #isEmpty()} when there is nothing to search, with the reason in
   *     {@link QueryExplanation#problem()}
   */
  public static BilingualQuery of(String text, Language language, IndexReader reader) {
    return of(text, language, reader, TranslationTable.empty());
  }

  /** The translator of the last table asked for (a corpus index asks for its own, again and again). */
  private static volatile QueryTranslator withTable;

  /**
   * As {@link #of(String, Language, IndexReader)}, translating with a table learned from the
   * corpus besides CC-CEDICT: a word the table has enough evidence for also takes its learned
   * translations ({@link QueryExplanation.Source#LEARNED} in the explanation), and the
   * alignment-aware fields ({@code via_en} on paragraphs, {@code via_zh} on points) are searched for
   * the words as written.
   */
  public static BilingualQuery of(String text, Language language, IndexReader reader, TranslationTable table) {
    QueryTranslator translator = Shared.TRANSLATOR;
    if (table != null && !table.isEmpty()) {
      QueryTranslator last = withTable;
      if (last == null || last.table() != table) {
        last = translator.withTable(table);
        withTable = last;
      }
      translator = last;
    }
    QueryTranslator.Presence presence = reader == null ? QueryTranslator.Presence.ANY : new ReaderPresence(reader);
    return build(translator, text == null ? "" : text, language, presence);
  }

  /**
   * As {@link #of(String, Language, IndexReader)}, for a collection that is not one reader (an
   * engine's shards): {@code present} says whether any entry of the whole collection has the term
   * {@code term} in {@code field}, so that a translation is kept or left out as a local index of
   * the same entries would. It is asked about each term a translation needs, each word of a
   * phrase candidate too (not stopping at the first one missing), so that an engine can record
   * the questions and answer them from every shard.
   */
  public static BilingualQuery withTerms(String text, Language language, BiPredicate<String, String> present) {
    QueryTranslator.Presence presence = present == null ? QueryTranslator.Presence.ANY : present::test;
    return build(Shared.TRANSLATOR, text == null ? "" : text, language, presence);
  }

  /** The Lucene query; matches nothing when {@link #isEmpty()}. */
  public Query query() {
    return query == null ? new MatchNoDocsQuery("nothing to search") : query;
  }

  /** Whether there is nothing to search: no word, or only exclusions or filters. */
  public boolean isEmpty() {
    return query == null;
  }

  /** The query's language, detected or forced. */
  public Language language() {
    return language;
  }

  /** What the query was read and translated as. */
  public QueryExplanation explanation() {
    return explanation;
  }

  /** The words to highlight in Chinese hits. */
  QueryTranslator.Highlights zh() {
    return zh;
  }

  /** The words to highlight in English hits. */
  QueryTranslator.Highlights en() {
    return en;
  }

  @Override
  public String toString() {
    return "BilingualQuery[" + language.label() + ", " + query() + "]";
  }

  static BilingualQuery build(QueryTranslator translator, String text, Language forced, QueryTranslator.Presence index) {
    ParsedQuery parsed = QueryParser.parse(text);
    String positive = parsed.positiveText();
    Language language = forced != null ? forced : Language.detect(positive.isEmpty() ? QueryParser.clean(text) : positive);
    // Budgets are estimates; if the query still has too many clauses, translate with fewer candidates.
    for (int budget = QueryTranslator.TRANSLATION_BUDGET; ; budget /= 2) {
      BilingualQuery q = compose(translator, parsed, language, forced, budget, index);
      if (q.isEmpty() || budget < 8 || QueryTranslator.clauses(q.query) <= IndexSearcher.getMaxClauseCount()) {
        return q;
      }
    }
  }

  private static BilingualQuery compose(QueryTranslator translator, ParsedQuery parsed, Language language,
      Language forced, int budget, QueryTranslator.Presence index) {
    ClauseTranslator clauses = new ClauseTranslator(translator);
    Explain explain = new Explain();
    QueryTranslator.Highlights zh = new QueryTranslator.Highlights();
    QueryTranslator.Highlights en = new QueryTranslator.Highlights();
    // What is searched for (words, phrases, alternatives); exclusions and filters go around it.
    BooleanQuery.Builder top = new BooleanQuery.Builder();
    BooleanQuery.Builder around = new BooleanQuery.Builder();
    boolean searched = false;
    // Candidates per word inside phrases, alternatives and exclusions: 5, fewer when budgets shrink.
    int perWord = Math.max(1, Math.min(QueryTranslator.CANDIDATES, budget / 120));

    String positive = parsed.positiveText();
    boolean pasted = positive.split(" ").length > PASTED_WORDS || positive.codePointCount(0, positive.length()) > PASTED_CHARS;
    List<Phrase> phrases = pasted ? List.of() : limit(parsed.all(Phrase.class), MAX_PHRASES);
    List<AnyOf> groups = limit(parsed.all(AnyOf.class), MAX_GROUPS);
    String words = parsed.words(pasted);
    int units = (words.isBlank() ? 0 : words.split(" ").length) + groups.size();

    Query bag = null;
    if (!words.isBlank()) {
      QueryTranslator.Translation t = translator.translate(words, forced, budget, index, zh, en, explain);
      if (!t.isEmpty()) {
        bag = t.query();
        top.add(bag, Occur.SHOULD);
        searched = true;
      }
    }
    List<String> phrasesShown = new ArrayList<>();
    for (Phrase p : phrases) {
      Language l = languageOf(p.text(), forced);
      ClauseTranslator.Translated t = clauses.translate(p.text(), l, perWord, index, zh, en, explain, false, true);
      if (t == null) {
        continue;
      }
      Query q = t.query();
      if (t.weak() && l != Language.MIXED) {
        // Its translation is a guess (a word the dictionary lacks, or has only character by
        // character): on the other side its words count as words, as if unquoted.
        QueryTranslator.Translation loose = translator.translate(p.text(), forced,
            Math.max(8, budget / 2 / phrases.size()), index, zh, en, new Explain());
        Side other = l == Language.ZH ? Side.EN : Side.ZH;
        // Only what the other side's entries have: the rest cannot match them, and would be read.
        Query looseThere = loose.isEmpty() ? null : SideFields.restrict(loose.query(), other);
        if (looseThere != null) {
          // Its words, or the query's other words (which score already): either will do.
          BooleanQuery.Builder either = new BooleanQuery.Builder().add(new BoostQuery(looseThere, GUESSED), Occur.SHOULD);
          Query bagThere = bag == null ? null : SideFields.restrict(bag, other);
          if (bagThere != null) {
            either.add(new BoostQuery(new ConstantScoreQuery(bagThere), 0f), Occur.SHOULD);
          }
          Query there = either.build();
          if (!SideFields.confined(there, other)) { // a field entries of both sides have: keep to the other's
            there = new BooleanQuery.Builder().add(new TermQuery(new Term(IndexSchema.TYPE, other.label())), Occur.FILTER)
                .add(there, Occur.MUST).build();
          }
          q = new BooleanQuery.Builder().add(q, Occur.SHOULD).add(there, Occur.SHOULD).build();
        }
      }
      top.add(q, Occur.MUST); // a quoted phrase is required
      phrasesShown.add(p.text());
      searched = true;
    }
    List<List<String>> groupsShown = new ArrayList<>();
    for (AnyOf group : groups) {
      List<Query> alternatives = new ArrayList<>();
      List<String> shown = new ArrayList<>();
      for (Clause alt : limit(group.alternatives(), MAX_ALTERNATIVES)) {
        Query q;
        if (alt instanceof Word w) {
          QueryTranslator.Translation t = translator.translate(w.text(), forced,
              Math.max(8, budget / Math.max(1, group.alternatives().size()) / 2), index, zh, en, explain);
          q = t.query();
        } else {
          String p = ((Phrase) alt).text();
          q = clauses.phrase(p, languageOf(p, forced), perWord, index, zh, en, explain, false);
        }
        shown.add(alt.toString());
        if (q != null) {
          alternatives.add(q);
        }
      }
      if (alternatives.isEmpty()) {
        continue;
      }
      Query any = alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, 0.1f);
      if (group.hasPhrase()) {
        top.add(any, Occur.MUST);
      } else {
        // it counts once among the query's words, as any word does
        top.add(QueryTranslator.counted(any, units > 1), Occur.SHOULD);
      }
      groupsShown.add(shown);
      searched = true;
    }
    List<QueryExplanation.Term> excludedShown = new ArrayList<>();
    List<Not> exclusions = limit(parsed.all(Not.class), MAX_EXCLUSIONS);
    for (Not not : exclusions) {
      Explain ex = new Explain();
      Query q = clauses.phrase(not.text(), languageOf(not.text(), forced), perWord, index,
          new QueryTranslator.Highlights(), new QueryTranslator.Highlights(), ex, true);
      if (q != null) {
        around.add(q, Occur.MUST_NOT);
        excludedShown.add(ex.flattened(not.excluded().toString()));
      }
    }
    List<Filter> filters = limit(parsed.all(Filter.class), MAX_FILTERS);
    filters(filters, around);
    List<QueryExplanation.Filter> filtersShown = filters.stream()
        .map(f -> new QueryExplanation.Filter(f.field().label(), f.value(), f.negated())).toList();

    String problem = null;
    if (!searched) {
      problem = problem(parsed, exclusions, filters);
    }
    QueryExplanation explanation = new QueryExplanation(language, explain.terms(), phrasesShown, groupsShown,
        excludedShown, filtersShown, problem);
    // Words stay optional under the filters: a filter must not make every entry it allows a hit.
    Query query = searched ? WindowedMaxQuery.windowed(around.add(top.build(), Occur.MUST).build()) : null;
    return new BilingualQuery(query, language, explanation, zh, en);
  }

  /** Why nothing is searched. */
  private static String problem(ParsedQuery parsed, List<Not> exclusions, List<Filter> filters) {
    if (parsed.clauses().isEmpty()) {
      return "the query is empty";
    }
    if (!exclusions.isEmpty()) {
      return "nothing to search: the query only leaves out ("
          + String.join(" ", exclusions.stream().map(Not::toString).toList())
          + "); add a word to search for";
    }
    if (!filters.isEmpty() && parsed.positiveText().isEmpty()) {
      return "nothing to search: the query only filters ("
          + String.join(" ", filters.stream().map(Filter::toString).toList())
          + "); add a word to search for";
    }
    return "nothing to search: the query has no word to look for";
  }

  /** Filters of one field are alternatives; negated ones leave out what they name. */
  private static void filters(List<Filter> filters, BooleanQuery.Builder top) {
    Map<Field, BooleanQuery.Builder> any = new EnumMap<>(Field.class);
    for (Filter f : filters) {
      if (f.field() == Field.SIDE && f.value().equals("both")) {
        continue;
      }
      Query q = new TermQuery(switch (f.field()) {
        case SIDE -> new Term(IndexSchema.TYPE, f.value());
        case DOC -> new Term(IndexSchema.DOC, f.value());
        case TAG -> new Term(IndexSchema.TAG_KEY, IndexSchema.key(f.value()));
        case OUTLET -> new Term(IndexSchema.OUTLET_KEY, IndexSchema.key(f.value()));
      });
      if (f.negated()) {
        top.add(q, Occur.MUST_NOT);
      } else {
        any.computeIfAbsent(f.field(), k -> new BooleanQuery.Builder()).add(q, Occur.SHOULD);
      }
    }
    any.values().forEach(b -> top.add(b.build(), Occur.FILTER));
  }

  private static Language languageOf(String text, Language forced) {
    return forced != null ? forced : Language.detect(text);
  }

  private static <T> List<T> limit(List<T> list, int max) {
    return list.size() <= max ? list : list.subList(0, max);
  }
}
