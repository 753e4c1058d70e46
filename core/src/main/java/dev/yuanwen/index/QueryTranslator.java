package dev.yuanwen.index;

import dev.yuanwen.analysis.ChineseAnalyzer;
import dev.yuanwen.analysis.ChineseSegmenter;
import dev.yuanwen.analysis.EnglishTerms;
import dev.yuanwen.analysis.Terms;
import dev.yuanwen.index.QueryExplanation.Source;
import dev.yuanwen.lexicon.Lexicon;
import dev.yuanwen.lexicon.TranslationTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a query's words into one Lucene query over both sides (the query's syntax is {@link
 * QueryParser}'s, its structure {@link BilingualQuery}'s). Words match their own side as written;
 * English words reach Chinese paragraphs through the lexicon's Chinese candidates and Chinese words
 * reach English points through their glosses, each candidate weighted by how specific it is (its
 * rank, its length, how many senses it has). Latin tokens and numbers match as written on both
 * sides. Builds no query syntax, so nothing a user types can break it.
 */
final class QueryTranslator {
  /**
   * More distinct words than this (per kind) are ignored: a pasted page is not a query. A digest
   * point used as a query (30 to 60 words) still counts whole.
   */
  static final int MAX_WORDS = 64;
  /** Tokens of a query read at most (a pasted page; its first {@link #MAX_WORDS} distinct words count). */
  static final int MAX_INPUT_TOKENS = 20_000;
  /**
   * Clauses the translations may use in all; fewer candidates per word when there are many words,
   * so the query stays under Lucene's limit of 1024 clauses (the words as written take at most
   * 3 x 64 more).
   */
  static final int TRANSLATION_BUDGET = 600;
  /** Chinese candidates tried per English word, best first. */
  static final int CANDIDATES = 5;
  /** Chinese candidates tried for two English words together ("long-term care"). */
  static final int PAIR_CANDIDATES = 3;
  /** Pairs are looked up only in queries of up to this many words (in longer ones they add little). */
  private static final int PAIRED_WORDS = 16;
  /** English stems tried per Chinese word. */
  private static final int GLOSS_STEMS = 12;
  /** Glosses longer than this are explanations, not translations. */
  private static final int MAX_GLOSS_WORDS = 4;
  /** Translated words count for less than words matched as written. */
  static final float TRANSLATED = 0.7f;
  /**
   * Words as written in the alignment-aware fields (a paragraph's linked points, a point's linked
   * paragraphs) count for less than words the entry has itself, and less than translations.
   */
  static final float VIA = 0.35f;
  /** A learned translation of weight 1 counts as much as the dictionary's best candidate. */
  static final float LEARNED = 1f;
  /** The learned table is asked only about terms it saw in this much training (summed link confidences). */
  static final double LEARNED_EVIDENCE = 2;
  /** Learned translations whose two probabilities' geometric mean is below this are noise. */
  static final double LEARNED_PROBABILITY = 0.15;
  /** ... and those the learner aligned fewer times than this (weighted). */
  static final double LEARNED_COUNT = 1;
  /** Learned translations tried per word. */
  static final int LEARNED_CANDIDATES = 3;
  /** Numbers written another way count a little less than as written. */
  private static final float NUMBER_FORM = 0.9f;

  static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
  static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]");
  private static final Pattern GLOSS_WORD = Pattern.compile("[A-Za-z][A-Za-z'-]*");
  /** A gloss ends its translation here; what follows explains it. */
  private static final Pattern GLOSS_END = Pattern.compile("[,;(\\[]");
  /** Words of glosses that are dictionary notation, not English. */
  private static final Set<String> GLOSS_NOISE = Set.of("sb", "sth", "CL", "lit", "fig", "abbr", "esp", "etc", "i.e", "e.g");
  private static final Pattern CAPITALIZED_RUN =
      Pattern.compile("\\b[A-Z][a-z]+(?:\\s+(?:(?:of|the|and|for)\\s+)?[A-Z][a-z]+)+");
  /** Score per query word present, beside BM25's (typically 1 to 4 per word). */
  static final float COORDINATION = 0.5f;
  /** Weight of a name found whole in the dictionary, against its words' translations. */
  private static final float NAME_BOOST = 2f;
  /** An acronym in a gloss: 人工智能 "artificial intelligence (AI)". */
  private static final Pattern ACRONYM = Pattern.compile("\\(([A-Z][A-Z0-9]{1,5})\\)");
  /** Longer runs of characters are sentences, not names. */
  private static final int MAX_PINYIN_RUN = 6;
  private static final Pattern TONE_MARKS = Pattern.compile("[0-9:\\s]");
  /** Capitalized words: how many candidates are checked for a proper-name gloss. */
  private static final int MAX_PROPER_CHECK = 20;
  /**
   * Chinese question words and particles: they say what kind of answer is wanted, which no
   * paragraph shares ("固态电池为什么更安全" should not rank paragraphs with 更 first).
   */
  static final Set<String> QUESTION_WORDS = Set.of(
      "的", "了", "吗", "呢", "吧", "啊", "是", "在", "和", "与", "及", "或", "也", "都", "就", "还", "更", "很", "最",
      "为", "为什么", "什么", "怎么", "怎样", "怎么样", "如何", "多少", "多久", "几", "哪", "哪些", "哪里", "会不会",
      "是否", "能否", "有没有", "该", "要", "才", "能", "吗？");

  /**
   * English function words: pronouns, articles, conjunctions, auxiliaries, plain prepositions. In
   * a query with a word of content, they are searched as written but neither translated nor
   * counted as a word present: "from" would bring 来自, 距离 and 从 (in a fifth of the paragraphs),
   * "than" 于, and each point with "from" a bonus as large as one with "subsidies". Words with a
   * meaning of their own in a search (not, without, before, less, more) are not among them.
   */
  static final Set<String> FUNCTION_WORDS = Set.of(
      "a", "an", "the", "this", "that", "these", "those", "some", "any", "such",
      "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "as", "because", "while", "whether",
      "of", "in", "on", "at", "by", "for", "from", "to", "into", "onto", "with", "within", "about", "through",
      "via", "per", "upon",
      "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "doing", "have", "has",
      "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
      "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "it", "its",
      "they", "them", "their", "there", "here", "what", "which", "who", "whom", "whose", "when", "where",
      "how", "why", "also", "too", "very", "just", "now");

  private final Analyzer chinese;
  /** The HanLP analyzer without the index's sub-words. */
  private final Analyzer wholeWords;
  private final Lexicon lexicon;
  private final TranslationTable table;
  private final ChineseSegmenter dict = ChineseSegmenter.shared();
  /** Dictionary words as the index's analyzer cuts them; the dictionary is finite, the cache bounded. */
  private final java.util.concurrent.ConcurrentHashMap<String, List<String>> candidateTerms;
  private static final int MAX_CACHED = 200_000;

  QueryTranslator(Analyzer chinese, Lexicon lexicon) {
    this(chinese, new ChineseAnalyzer(), lexicon, TranslationTable.empty(), new java.util.concurrent.ConcurrentHashMap<>());
  }

  private QueryTranslator(Analyzer chinese, Analyzer wholeWords, Lexicon lexicon, TranslationTable table,
      java.util.concurrent.ConcurrentHashMap<String, List<String>> candidateTerms) {
    this.chinese = chinese;
    this.wholeWords = wholeWords;
    this.lexicon = lexicon;
    this.table = table;
    this.candidateTerms = candidateTerms;
  }

  /** This translator with {@code table}'s learned translations too (the analyzers and caches shared). */
  QueryTranslator withTable(TranslationTable table) {
    return new QueryTranslator(chinese, wholeWords, lexicon, table, candidateTerms);
  }

  TranslationTable table() {
    return table;
  }

  /** The HanLP analyzer of the index's Chinese field (with the dictionary's sub-words). */
  Analyzer chinese() {
    return chinese;
  }

  /** The HanLP analyzer without sub-words: a phrase's words as the segmenter cuts them. */
  Analyzer wholeWords() {
    return wholeWords;
  }

  Lexicon lexicon() {
    return lexicon;
  }

  /** {@code text} in simplified characters. */
  String simplified(String text) {
    return dict.simplified(text);
  }

  /** A query ready to run, and the words to highlight on each side. */
  record Translation(Query query, Language language, Highlights zh, Highlights en) {
    boolean isEmpty() {
      return query == null;
    }
  }

  /** Which terms the index has; translations to terms it lacks are left out. */
  @FunctionalInterface
  interface Presence {
    /** Anything goes: for an empty index, and for tests. */
    Presence ANY = (field, term) -> true;

    boolean has(String field, String term);

    /** Whether it has each of {@code terms}; asks about every one (an engine may record the questions). */
    default boolean hasAll(String field, List<String> terms) {
      boolean all = true;
      for (String t : terms) {
        all &= has(field, t);
      }
      return all;
    }
  }

  /** The query of {@code text}'s words, taken as plain words (no syntax), under Lucene's clause limit. */
  Translation translate(String text, Language forced, Presence index) {
    // Budgets are estimates; a query of many unknown compound words can still exceed the limit.
    for (int budget = TRANSLATION_BUDGET; ; budget /= 2) {
      Translation t = translate(text, forced, budget, index, new Highlights(), new Highlights(), new Explain());
      if (t.isEmpty() || budget < 8 || clauses(t.query()) <= IndexSearcher.getMaxClauseCount()) {
        return t;
      }
    }
  }

  /** Leaf clauses of {@code q}, counted as Lucene counts them against its limit. */
  static int clauses(Query q) {
    int[] n = {0};
    q.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... terms) {
        n[0] += terms.length;
      }

      @Override
      public void visitLeaf(Query query) {
        n[0]++;
      }

      @Override
      public QueryVisitor getSubVisitor(Occur occur, Query parent) {
        return this;
      }
    });
    return n[0];
  }

  /**
   * The words of {@code text} as one query: each word on its own side as written and translated
   * on the other, all optional, with a bonus per word present (a soft AND). Highlights go to
   * {@code zhWords} and {@code enWords}, translations to {@code explain}; {@code budget} bounds the
   * clauses translations take.
   */
  Translation translate(String text, Language forced, int budget, Presence index, Highlights zhWords,
      Highlights enWords, Explain explain) {
    Language language = forced != null ? forced : Language.detect(text);
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    int clauses = 0;

    List<NumberForms.Number> numbers = NumberForms.find(text);
    // Chinese side, as written: Chinese words, Latin tokens, numbers (a number in Chinese numerals
    // counts as its forms below, not as the segmenter's pieces of it: 三千, 八百亿).
    List<String> zhTerms = distinct(ClauseTranslator.tokens(chinese, IndexSchema.ZH, text, MAX_INPUT_TOKENS).stream()
        .filter(t -> !QUESTION_WORDS.contains(t.term()) && !numeralPiece(t, numbers))
        .map(ClauseTranslator.Token::term).toList());
    for (String term : zhTerms) {
      all.add(counted(new TermQuery(new Term(IndexSchema.ZH, term)), zhTerms.size() > 1), Occur.SHOULD);
      if (language != Language.EN && index.has(IndexSchema.VIA_ZH, term)) { // points whose paragraphs have the word
        all.add(new BoostQuery(new TermQuery(new Term(IndexSchema.VIA_ZH, term)), VIA), Occur.SHOULD);
        clauses++;
      }
      if (zhTerms.size() > 1) {
        clauses++; // counted as two, as when the bonus was a clause of its own
      }
      zhWords.add(List.of(term));
      clauses++;
    }
    String latinText = withoutHan(text);
    // English side, as written (the words of a number count as its forms: 380 billion, not billion).
    List<ClauseTranslator.Token> enTokens = ClauseTranslator.tokens(EnglishTerms.analyzer(), IndexSchema.EN, latinText,
        MAX_INPUT_TOKENS).stream().filter(t -> !overlaps(numbers, t.start(), t.end())).toList();
    List<String> enStems = distinct(enTokens.stream().map(ClauseTranslator.Token::term).toList());
    // A stem is a function word's when every word it comes from is one (and some other word is not).
    Set<String> contentStems = new HashSet<>();
    for (ClauseTranslator.Token t : enTokens) {
      if (!isFunctionWord(latinText.substring(t.start(), t.end()))) {
        contentStems.add(t.term());
      }
    }
    boolean chineseWords = zhTerms.stream().anyMatch(t -> HAN.matcher(t).find());
    boolean content = chineseWords || !numbers.isEmpty()
        || ENGLISH_WORD.matcher(latinText).results().anyMatch(m -> !isFunctionWord(m.group()));
    for (String stem : enStems) {
      boolean counts = !content || contentStems.contains(stem);
      all.add(counted(new TermQuery(new Term(IndexSchema.EN, stem)), counts && enStems.size() > 1), Occur.SHOULD);
      clauses++;
      enWords.add(List.of(stem));
      if (!counts) {
        continue;
      }
      if (language != Language.ZH && index.has(IndexSchema.VIA_EN, stem)) { // paragraphs whose points have the word
        all.add(new BoostQuery(new TermQuery(new Term(IndexSchema.VIA_EN, stem)), VIA), Occur.SHOULD);
        clauses++;
      }
      if (enStems.size() > 1) {
        clauses++;
      }
    }
    clauses += numbers(numbers, zhTerms.size() + enStems.size() + numbers.size() > 1, all, zhWords, enWords, explain);
    // English words to Chinese paragraphs.
    if (language != Language.ZH) {
      // Words of a number (380 billion, half a million) count as the number's forms.
      List<String> written = distinct(ENGLISH_WORD.matcher(latinText).results()
          .filter(m -> numbers.stream().noneMatch(n -> n.start() < m.end() && m.start() < n.end()))
          .map(MatchResult::group).map(w -> w.replace('’', '\'')).toList());
      List<String> words = written.stream().map(w -> w.toLowerCase(Locale.ROOT)).distinct().toList();
      // A phrase candidate may count two clauses.
      int perWord = Math.max(1, Math.min(CANDIDATES, budget / 2 / 2 / Math.max(1, words.size())));
      boolean translateAll = !content;
      for (int i = 0; i < written.size(); i++) {
        String word = written.get(i);
        if (!translateAll && isFunctionWord(word)) {
          continue; // its translations are particles and common words: noise, and the slowest clauses
        }
        boolean inName = isCapitalized(word)
            && (i > 0 && isCapitalized(written.get(i - 1)) || i + 1 < written.size() && isCapitalized(written.get(i + 1)));
        Query q = chineseFor(word, perWord, inName, zhWords, index, explain, TRANSLATED);
        if (q != null) {
          all.add(new BoostQuery(q, TRANSLATED), Occur.SHOULD);
          clauses++;
        }
      }
      // A run of capitalized words is a name: the dictionary may have it whole (Chinese Academy
      // of Sciences: 中国科学院; Central Economic Work Conference: 中央经济工作会议).
      for (String name : capitalizedRuns(latinText)) {
        Query q = chineseFor(name, PAIR_CANDIDATES, false, zhWords, index, explain, NAME_BOOST);
        if (q != null) {
          all.add(new BoostQuery(q, NAME_BOOST), Occur.SHOULD); // the whole name says more than its words
          clauses++;
        }
      }
      for (int i = 0; i + 1 < words.size() && words.size() <= PAIRED_WORDS; i++) {
        Query q = chineseFor(words.get(i) + " " + words.get(i + 1), PAIR_CANDIDATES, false, zhWords, index, explain,
            TRANSLATED);
        if (q != null) {
          all.add(new BoostQuery(q, TRANSLATED), Occur.SHOULD);
          clauses++;
        }
      }
    }
    // Chinese words to English points: the segmenter's words and the dictionary's longest words
    // in each run of characters (the segmenter cuts some names and terms into single characters).
    if (language != Language.EN) {
      Set<String> units = new LinkedHashSet<>();
      for (String term : zhTerms) {
        if (HAN.matcher(term).find() && term.codePointCount(0, term.length()) > 1) {
          units.add(term);
        }
      }
      HAN.matcher(text).results().forEach(run -> {
        String written = run.group();
        String simplified = dict.simplified(written);
        boolean aligned = simplified.length() == written.length(); // offsets carry over
        int at = run.start();
        for (String w : lexicon.longestMatches(simplified)) {
          boolean inNumber = aligned && !numbers.isEmpty() && overlaps(numbers, at, at + w.length());
          if (w.codePointCount(0, w.length()) > 1 && !QUESTION_WORDS.contains(w) && !inNumber) {
            units.add(w);
          }
          at += w.length();
        }
      });
      if (units.isEmpty()) { // a single-character query: gloss it after all
        zhTerms.stream().filter(t -> HAN.matcher(t).find()).forEach(units::add);
      }
      List<String> hanTerms = distinct(new ArrayList<>(units));
      int stemsPerWord = Math.max(1, Math.min(GLOSS_STEMS, budget / 2 / Math.max(1, hanTerms.size())));
      Map<String, String> acronyms = new LinkedHashMap<>(); // acronym -> the word whose gloss has it
      for (String term : hanTerms) {
        Query q = englishFor(term, stemsPerWord, enWords, index, acronyms, explain);
        if (q != null) {
          all.add(new BoostQuery(q, TRANSLATED), Occur.SHOULD);
          clauses++;
        }
      }
      for (Map.Entry<String, String> a : acronyms.entrySet()) {
        String acronym = a.getKey();
        for (String field : List.of(IndexSchema.ZH, IndexSchema.EN)) {
          if (index.has(field, acronym) && clauses < MAX_WORDS * 4) {
            all.add(new BoostQuery(new TermQuery(new Term(field, acronym)), TRANSLATED), Occur.SHOULD);
            (field.equals(IndexSchema.ZH) ? zhWords : enWords).add(List.of(acronym));
            explain.add(a.getValue(), acronym.toUpperCase(Locale.ROOT), field.equals(IndexSchema.ZH) ? Side.ZH : Side.EN,
                TRANSLATED, Source.DICTIONARY);
            clauses++;
          }
        }
      }
      // Names and places the dictionary lacks are written in pinyin: 小西天 Xiaoxitian, 李强 Li Qiang.
      for (String run : distinct(HAN.matcher(dict.simplified(text)).results().map(MatchResult::group).toList())) {
        Query q = pinyinFor(run, enWords, index, explain);
        if (q != null) {
          all.add(new BoostQuery(q, TRANSLATED), Occur.SHOULD);
          clauses++;
        }
      }
    }
    return new Translation(clauses == 0 ? null : all.build(), language, zhWords, enWords);
  }

  /**
   * Numbers match as written with any unit after them (47 finds 47%, 2035 finds 2035年), and in
   * the other ways texts write them ({@link NumberForms}): 三千八百亿, 3,800亿 and 380 billion find
   * each other, 50万 and 500,000, 百分之四十七 and 47%.
   */
  private int numbers(List<NumberForms.Number> numbers, boolean coordinated, BooleanQuery.Builder all,
      Highlights zhWords, Highlights enWords, Explain explain) {
    int clauses = 0;
    for (NumberForms.Number n : numbers) {
      for (Query q : new Query[] {numberQuery(n, IndexSchema.ZH, zhWords, explain), numberQuery(n, IndexSchema.EN, enWords, explain)}) {
        if (q == null) {
          continue;
        }
        all.add(counted(q, coordinated), Occur.SHOULD); // a number present counts as a word present
        clauses += ((DisjunctionMaxQuery) q).getDisjuncts().size() * (coordinated ? 2 : 1);
      }
    }
    return clauses;
  }

  /** Whether {@code [start, end)} overlaps one of {@code numbers}. */
  static boolean overlaps(List<NumberForms.Number> numbers, int start, int end) {
    for (NumberForms.Number n : numbers) {
      if (n.start() < end && start < n.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A token of a number written in Chinese numerals only (the segmenter's pieces 三千, 八百亿 of
   * 三千八百亿, 百分 of 百分之四十七), or one that is all numerals: the number's forms stand for it.
   */
  private static boolean numeralPiece(ClauseTranslator.Token t, List<NumberForms.Number> numbers) {
    if (!overlaps(numbers, t.start(), t.end())) {
      return false;
    }
    if (t.term().chars().allMatch(c -> NumberForms.NUMERALS.indexOf(c) >= 0)) {
      return true;
    }
    for (NumberForms.Number n : numbers) {
      if (n.start() <= t.start() && t.end() <= n.end() && n.written().chars().noneMatch(c -> c >= '0' && c <= '9')) {
        return true;
      }
    }
    return false;
  }

  /** {@code text} with each Han character a space: Latin words keep their offsets. */
  static String withoutHan(String text) {
    StringBuilder out = new StringBuilder(text);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int n = Character.charCount(cp);
      if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
        for (int k = 0; k < n; k++) {
          out.setCharAt(i + k, ' ');
        }
      }
      i += n;
    }
    return out.toString();
  }

  /** The forms of a number on one side, as alternatives (the best one counts); null when none. */
  static Query numberQuery(NumberForms.Number n, String field, Highlights words, Explain explain) {
    List<Query> alternatives = new ArrayList<>();
    String written = n.written().replace(",", "");
    if (field.equals(IndexSchema.ZH)) {
      for (String form : n.zh()) {
        alternatives.add(new BoostQuery(new NumberFormQuery(IndexSchema.ZH, form), NUMBER_FORM));
        words.addPrefix(form);
        if (!form.equals(written) && !form.equals(n.written())) {
          explain.add(n.written(), form, Side.ZH, NUMBER_FORM, Source.NUMBER);
        }
      }
    } else {
      for (List<String> form : n.en()) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        List<String> stems = new ArrayList<>();
        for (int k = 0; k < form.size(); k++) {
          String stem = form.get(k).isEmpty() ? null : EnglishTerms.stem(form.get(k));
          if (stem != null) {
            phrase.add(new Term(IndexSchema.EN, stem), k);
            stems.add(stem);
          }
        }
        if (stems.isEmpty()) {
          continue;
        }
        alternatives.add(stems.size() == 1 ? new TermQuery(new Term(IndexSchema.EN, stems.get(0))) : phrase.build());
        words.add(stems);
        String shown = String.join(" ", form).replace("  ", " a ");
        if (!shown.equals(written) && !shown.equals(n.written())) {
          explain.add(n.written(), shown, Side.EN, 1f, Source.NUMBER);
        }
      }
    }
    return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, 0.1f);
  }

  /**
   * The same for every query word a text has, whatever its rarity: BM25 alone lets one rare word
   * outrank a text that has all the others (北部都会区 against 北部都会区 收地 补偿).
   */
  /**
   * Whether {@code word}, as written, is one of {@link #FUNCTION_WORDS}: in lower case only, for
   * capitals make it something else (US is 美国, May 五月, Will a name).
   */
  static boolean isFunctionWord(String word) {
    String w = word.replace('’', '\'');
    return FUNCTION_WORDS.contains(w);
  }

  /** {@code q}, counting {@link #COORDINATION} more where present when {@code counts}. */
  static Query counted(Query q, boolean counts) {
    return counts ? new CoordinatedQuery(q, COORDINATION) : q;
  }

  /** Runs of three to five capitalized words, small words (of, the, and) allowed inside. */
  private static List<String> capitalizedRuns(String text) {
    List<String> runs = new ArrayList<>();
    Matcher m = CAPITALIZED_RUN.matcher(text);
    while (m.find() && runs.size() < 4) {
      String run = m.group().strip();
      long words = run.chars().filter(c -> c == ' ').count() + 1;
      if (words >= 3 && words <= 6) {
        runs.add(run);
      }
    }
    return runs;
  }

  static boolean isCapitalized(String word) {
    return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(word.charAt(1));
  }

  /**
   * The Chinese candidates of an English word (or two) that occur in the index, as alternatives;
   * null when it has none. A capitalized word takes only the dictionary's proper names for it
   * (Tesla: 特斯拉) when it has some, and inside a run of capitalized words ("Rob Endler") its
   * ordinary senses (抢劫) count for little.
   */
  Query chineseFor(String english, int max, boolean inName, Highlights zhWords, Presence index, Explain explain,
      float outer) {
    List<String> candidates = lexicon.chineseFor(english.toLowerCase(Locale.ROOT));
    boolean properOnly = false;
    if (isCapitalized(english)) {
      Pattern proper = Pattern.compile("\\b" + Pattern.quote(english) + "\\b");
      properOnly = candidates.stream().limit(MAX_PROPER_CHECK)
          .anyMatch(c -> lexicon.glosses(c).stream().anyMatch(g -> proper.matcher(g).find()));
      if (properOnly) {
        candidates = candidates.stream().limit(MAX_PROPER_CHECK)
            .filter(c -> lexicon.glosses(c).stream().anyMatch(g -> proper.matcher(g).find())).toList();
      }
    }
    Source source = Source.DICTIONARY;
    if (isCapitalized(english) && !properOnly) {
      // A name in pinyin: Wukong is 悟空.
      List<String> spelled = lexicon.wordsForPinyin(english);
      if (!spelled.isEmpty()) {
        candidates = spelled;
        properOnly = true;
        source = Source.PINYIN;
      }
    }
    float nameDiscount = inName && !properOnly ? 0.3f : 1f;
    List<Query> alternatives = new ArrayList<>();
    Set<List<String>> seen = new LinkedHashSet<>();
    int singleCharacters = 0;
    for (int rank = 0; rank < candidates.size() && alternatives.size() < max; rank++) {
      String candidate = candidates.get(rank);
      List<String> tokens = candidateTerms(candidate);
      if (tokens.isEmpty() || !seen.add(tokens) || !index.hasAll(IndexSchema.ZH, tokens)) {
        continue; // a candidate no paragraph has cannot help, and would take a better one's place
      }
      if (QUESTION_WORDS.contains(candidate)) {
        continue; // a particle (的 for "target", 了 for "clearly"): in most paragraphs, it says nothing
      }
      int chars = candidate.codePointCount(0, candidate.length());
      if (chars == 1 && singleCharacters++ >= 1) {
        continue; // one ambiguous character is enough; more only add noise
      }
      float weight = nameDiscount * specificity(candidate) / (1f + 0.08f * rank) * (chars == 1 ? 0.4f : 1f);
      Query q;
      if (tokens.size() == 1) {
        q = new TermQuery(new Term(IndexSchema.ZH, tokens.get(0)));
      } else {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        tokens.forEach(t -> phrase.add(new Term(IndexSchema.ZH, t)));
        q = phrase.build();
      }
      alternatives.add(new BoostQuery(q, weight));
      if (chars > 1) {
        zhWords.add(tokens);
      }
      explain.add(english, candidate, Side.ZH, weight * outer, source);
    }
    if (english.indexOf(' ') < 0) {
      for (TranslationTable.Translation t : learnedChinese(english)) {
        List<String> tokens = List.of(t.term());
        if (!seen.add(tokens) || QUESTION_WORDS.contains(t.term()) || !index.has(IndexSchema.ZH, t.term())) {
          continue;
        }
        float weight = learnedWeight(t);
        alternatives.add(new BoostQuery(new TermQuery(new Term(IndexSchema.ZH, t.term())), weight));
        zhWords.add(tokens);
        explain.add(english, t.term(), Side.ZH, weight * outer, Source.LEARNED);
      }
    }
    return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, 0.1f);
  }

  /**
   * The learned table's Chinese for an English word, when the table saw the word often enough:
   * its translations of probability and count above the thresholds, Han words only (Latin tokens
   * match as written), best first.
   */
  List<TranslationTable.Translation> learnedChinese(String english) {
    if (table.isEmpty()) {
      return List.of();
    }
    String stem = EnglishTerms.stem(english.toLowerCase(Locale.ROOT));
    if (stem == null || table.englishEvidence(stem) < LEARNED_EVIDENCE) {
      return List.of();
    }
    return table.chineseFor(stem, LEARNED_PROBABILITY).stream()
        .filter(t -> t.count() >= LEARNED_COUNT && agreement(t) >= LEARNED_PROBABILITY && HAN.matcher(t.term()).find())
        .limit(LEARNED_CANDIDATES).toList();
  }

  /** The learned table's English stems for a Chinese word, as {@link #learnedChinese} (Latin stems only). */
  List<TranslationTable.Translation> learnedEnglish(String chineseWord) {
    if (table.isEmpty()) {
      return List.of();
    }
    String term = dict.simplified(chineseWord).toLowerCase(Locale.ROOT);
    if (table.chineseEvidence(term) < LEARNED_EVIDENCE) {
      return List.of();
    }
    return table.englishFor(term, LEARNED_PROBABILITY).stream()
        .filter(t -> t.count() >= LEARNED_COUNT && agreement(t) >= LEARNED_PROBABILITY && !HAN.matcher(t.term()).find())
        .limit(LEARNED_CANDIDATES).toList();
  }

  /**
   * How much the two directions agree on a learned pair: the geometric mean of P(translation |
   * word) and P(word | translation). A frequent word that co-occurs with everything has a fair
   * probability one way and a tiny one the other.
   */
  private static double agreement(TranslationTable.Translation t) {
    return Math.sqrt(t.probability() * t.inverse());
  }

  /** A learned translation's weight: the square root of its {@link #agreement}, at {@link #LEARNED}. */
  private static float learnedWeight(TranslationTable.Translation t) {
    return LEARNED * (float) Math.sqrt(agreement(t));
  }

  /**
   * The stems of a Chinese word's glosses that occur in the index, as alternatives; null when it
   * has none. A gloss counts up to its first comma, semicolon or bracket ("Tencent, Chinese tech
   * conglomerate, founded in 1998" is "Tencent"), and only when that is short: longer glosses are
   * explanations, not translations.
   */
  Query englishFor(String chineseWord, int maxStems, Highlights enWords, Presence index, Map<String, String> acronyms,
      Explain explain) {
    Map<String, Integer> stems = new LinkedHashMap<>(); // stem -> rank of the first gloss with it
    Map<String, String> shown = new LinkedHashMap<>(); // stem -> the gloss word it came from
    List<String> glosses = lexicon.glosses(chineseWord);
    for (int g = 0; g < glosses.size(); g++) {
      Matcher acronym = ACRONYM.matcher(glosses.get(g));
      if (acronym.find()) {
        acronyms.putIfAbsent(acronym.group(1).toLowerCase(Locale.ROOT), chineseWord); // Chinese texts write AI, too
      }
      String head = GLOSS_END.split(glosses.get(g), 2)[0];
      List<String> words = GLOSS_WORD.matcher(head).results().map(MatchResult::group)
          .filter(w -> !GLOSS_NOISE.contains(w)).toList();
      if (words.isEmpty() || words.size() > MAX_GLOSS_WORDS) {
        continue;
      }
      for (String w : words) {
        String stem = EnglishTerms.stem(w);
        if (stem != null && stem.length() > 1) {
          stems.putIfAbsent(stem, g);
          shown.putIfAbsent(stem, w);
        }
      }
    }
    // A word with many senses says less about which English word is meant.
    float specific = (float) (1 / Math.sqrt(Math.max(1, stems.size() / 2.0)));
    List<Query> alternatives = new ArrayList<>();
    for (Map.Entry<String, Integer> e : stems.entrySet()) {
      if (alternatives.size() == maxStems) {
        break;
      }
      if (!index.hasAll(IndexSchema.EN, List.of(e.getKey()))) {
        continue;
      }
      float weight = specific / (1f + 0.1f * e.getValue());
      alternatives.add(new BoostQuery(new TermQuery(new Term(IndexSchema.EN, e.getKey())), weight));
      enWords.add(List.of(e.getKey()));
      explain.add(chineseWord, shown.get(e.getKey()), Side.EN, weight * TRANSLATED, Source.DICTIONARY);
    }
    for (TranslationTable.Translation t : learnedEnglish(chineseWord)) {
      if (stems.containsKey(t.term()) || !index.has(IndexSchema.EN, t.term())) {
        continue;
      }
      float weight = learnedWeight(t);
      alternatives.add(new BoostQuery(new TermQuery(new Term(IndexSchema.EN, t.term())), weight));
      enWords.add(List.of(t.term()));
      explain.add(chineseWord, t.term(), Side.EN, weight * TRANSLATED, Source.LEARNED);
    }
    return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, 0.1f);
  }

  List<String> candidateTerms(String word) {
    List<String> cached = candidateTerms.get(word);
    if (cached == null) {
      // Whole words only: a phrase of the word's pieces must not hold the sub-words too.
      cached = List.copyOf(terms(wholeWords, IndexSchema.ZH, word));
      if (candidateTerms.size() < MAX_CACHED) {
        candidateTerms.put(word, cached);
      }
    }
    return cached;
  }

  /**
   * A run of Chinese characters as the English side would spell it in pinyin, as alternatives of
   * the spellings the index has: any two or more neighbouring characters written as one word
   * (鄱阳 poyang, 小西天 xiaoxitian), or the whole run as two (李强 "li qiang", 魏哲家 "wei zhejia").
   * Each character takes its main reading. Null when the index has none of them.
   */
  Query pinyinFor(String run, Highlights enWords, Presence index, Explain explain) {
    int n = run.codePointCount(0, run.length());
    if (n < 2 || n > MAX_PINYIN_RUN) {
      return null;
    }
    String[] syllables = new String[n];
    int k = 0;
    for (int i = 0; i < run.length(); ) {
      int cp = run.codePointAt(i);
      String reading = lexicon.pinyin(new String(Character.toChars(cp)));
      if (reading == null) {
        return null;
      }
      syllables[k++] = TONE_MARKS.matcher(reading.toLowerCase(Locale.ROOT)).replaceAll("").replace('v', 'u');
      i += Character.charCount(cp);
    }
    List<Query> alternatives = new ArrayList<>();
    for (int from = 0; from < n; from++) {
      for (int to = from + 2; to <= n; to++) {
        String word = String.join("", java.util.Arrays.copyOfRange(syllables, from, to));
        if (index.has(IndexSchema.EN, word)) {
          alternatives.add(new TermQuery(new Term(IndexSchema.EN, word)));
          enWords.add(List.of(word));
          explain.add(run, capitalized(word), Side.EN, TRANSLATED, Source.PINYIN);
        }
      }
    }
    for (int cut = 1; cut < n; cut++) {
      String family = String.join("", java.util.Arrays.copyOfRange(syllables, 0, cut));
      String given = String.join("", java.util.Arrays.copyOfRange(syllables, cut, n));
      if (index.has(IndexSchema.EN, family) && index.has(IndexSchema.EN, given)) {
        alternatives.add(new PhraseQuery(IndexSchema.EN, family, given));
        enWords.add(List.of(family, given));
        explain.add(run, capitalized(family) + " " + capitalized(given), Side.EN, TRANSLATED, Source.PINYIN);
      }
    }
    return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, 0.1f);
  }

  private static String capitalized(String pinyin) {
    return pinyin.isEmpty() ? pinyin : Character.toUpperCase(pinyin.charAt(0)) + pinyin.substring(1);
  }

  /** 1 for a word with one or two glosses, less for a word with many senses. */
  private float specificity(String chineseWord) {
    int senses = lexicon.glosses(chineseWord).size();
    return (float) Math.min(1, 1.5 / Math.sqrt(Math.max(1, senses)));
  }

  static List<String> terms(Analyzer analyzer, String field, String text) {
    return Terms.of(analyzer, field, text);
  }

  /** The first {@link #MAX_WORDS} distinct values, in order. */
  private static List<String> distinct(List<String> values) {
    return new ArrayList<>(values.stream().distinct().limit(MAX_WORDS).toList());
  }

  /** The words (and word sequences) a side's hit text is highlighted for. */
  static final class Highlights {
    private final Map<String, List<List<String>>> byFirst = new LinkedHashMap<>();
    private final Set<String> prefixes = new LinkedHashSet<>();

    void add(List<String> sequence) {
      List<List<String>> list = byFirst.computeIfAbsent(sequence.get(0), k -> new ArrayList<>());
      if (!list.contains(sequence)) {
        list.add(List.copyOf(sequence));
      }
    }

    /** Tokens that begin with {@code digits} and go on with no digit (47 lights 47%). */
    void addPrefix(String digits) {
      prefixes.add(digits);
    }

    /** How many tokens from {@code at} a highlighted word or sequence covers; 0 for none. */
    int match(List<String> tokens, int at) {
      int best = 0;
      for (List<String> seq : byFirst.getOrDefault(tokens.get(at), List.of())) {
        if (seq.size() > best && at + seq.size() <= tokens.size()
            && tokens.subList(at, at + seq.size()).equals(seq)) {
          best = seq.size();
        }
      }
      if (best == 0) {
        String t = tokens.get(at);
        for (String p : prefixes) {
          if (t.startsWith(p) && (t.length() == p.length() || !Character.isDigit(t.charAt(p.length())) && t.charAt(p.length()) != '.')) {
            return 1;
          }
        }
      }
      return best;
    }
  }
}
