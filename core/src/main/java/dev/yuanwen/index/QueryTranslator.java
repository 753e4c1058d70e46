package dev.yuanwen.index;

import dev.yuanwen.analysis.ChineseAnalyzer;
import dev.yuanwen.analysis.ChineseSegmenter;
import dev.yuanwen.analysis.EnglishTerms;
import dev.yuanwen.analysis.Terms;
import dev.yuanwen.lexicon.Lexicon;
import java.math.BigDecimal;
import java.util.ArrayList;
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
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a query into one Lucene query over both sides. Words match their own side as written;
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
  /**
   * Clauses the translations may use in all; fewer candidates per word when there are many words,
   * so the query stays under Lucene's limit of 1024 clauses (the words as written take at most
   * 3 x 64 more).
   */
  private static final int TRANSLATION_BUDGET = 600;
  /** Chinese candidates tried per English word, best first. */
  private static final int CANDIDATES = 5;
  /** Chinese candidates tried for two English words together ("long-term care"). */
  private static final int PAIR_CANDIDATES = 3;
  /** Pairs are looked up only in queries of up to this many words (in longer ones they add little). */
  private static final int PAIRED_WORDS = 16;
  /** English stems tried per Chinese word. */
  private static final int GLOSS_STEMS = 12;
  /** Glosses longer than this are explanations, not translations. */
  private static final int MAX_GLOSS_WORDS = 4;
  /** Translated words count for less than words matched as written. */
  private static final float TRANSLATED = 0.7f;

  private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
  private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]");
  private static final Pattern GLOSS_WORD = Pattern.compile("[A-Za-z][A-Za-z'-]*");
  /** A number, maybe with thousands separators, and maybe a scale word or character after it. */
  private static final Pattern NUMBER_WITH_SCALE = Pattern.compile(
      "(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(thousand|million|billion|trillion|万|亿)?",
      Pattern.CASE_INSENSITIVE);
  private static final BigDecimal THOUSAND = new BigDecimal(1_000);
  private static final BigDecimal TEN_THOUSAND = new BigDecimal(10_000);
  private static final BigDecimal MILLION = new BigDecimal(1_000_000);
  private static final BigDecimal HUNDRED_MILLION = new BigDecimal(100_000_000);
  private static final BigDecimal BILLION = new BigDecimal(1_000_000_000);
  private static final Map<String, BigDecimal> SCALES = Map.of(
      "thousand", THOUSAND, "million", MILLION, "billion", BILLION, "trillion", BILLION.multiply(THOUSAND),
      "万", TEN_THOUSAND, "亿", HUNDRED_MILLION);
  /** A gloss ends its translation here; what follows explains it. */
  private static final Pattern GLOSS_END = Pattern.compile("[,;(\\[]");
  /** Words of glosses that are dictionary notation, not English. */
  private static final Set<String> GLOSS_NOISE = Set.of("sb", "sth", "CL", "lit", "fig", "abbr", "esp", "etc", "i.e", "e.g");
  private static final Pattern CAPITALIZED_RUN =
      Pattern.compile("\\b[A-Z][a-z]+(?:\\s+(?:(?:of|the|and|for)\\s+)?[A-Z][a-z]+)+");
  /** Score per query word present, beside BM25's (typically 1 to 4 per word). */
  private static final float COORDINATION = 0.5f;
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
  private static final Set<String> QUESTION_WORDS = Set.of(
      "的", "了", "吗", "呢", "吧", "啊", "是", "在", "和", "与", "及", "或", "也", "都", "就", "还", "更", "很", "最",
      "为", "为什么", "什么", "怎么", "怎样", "怎么样", "如何", "多少", "多久", "几", "哪", "哪些", "哪里", "会不会",
      "是否", "能否", "有没有", "该", "要", "才", "能", "吗？");

  private final Analyzer chinese;
  /** The HanLP analyzer without the index's sub-words. */
  private final Analyzer wholeWords = new ChineseAnalyzer();
  private final Lexicon lexicon;
  private final ChineseSegmenter dict = ChineseSegmenter.shared();
  /** Dictionary words as the index's analyzer cuts them; the dictionary is finite, the cache bounded. */
  private final java.util.concurrent.ConcurrentHashMap<String, List<String>> candidateTerms =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MAX_CACHED = 200_000;

  QueryTranslator(Analyzer chinese, Lexicon lexicon) {
    this.chinese = chinese;
    this.lexicon = lexicon;
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

    default boolean hasAll(String field, List<String> terms) {
      for (String t : terms) {
        if (!has(field, t)) {
          return false;
        }
      }
      return true;
    }
  }

  Translation translate(String text, Language forced, Presence index) {
    // Budgets are estimates; a query of many unknown compound words can still exceed the limit.
    for (int budget = TRANSLATION_BUDGET; ; budget /= 2) {
      Translation t = translate(text, forced, budget, index);
      if (t.isEmpty() || budget < 8 || clauses(t.query()) <= IndexSearcher.getMaxClauseCount()) {
        return t;
      }
    }
  }

  /** Leaf clauses of {@code q}, counted as Lucene counts them against its limit. */
  private static int clauses(Query q) {
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

  private Translation translate(String text, Language forced, int budget, Presence index) {
    Language language = forced != null ? forced : Language.detect(text);
    Highlights zhWords = new Highlights();
    Highlights enWords = new Highlights();
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    int clauses = 0;

    // Chinese side, as written: Chinese words, Latin tokens, numbers.
    List<String> zhTerms = distinct(terms(chinese, IndexSchema.ZH, text).stream()
        .filter(t -> !QUESTION_WORDS.contains(t)).toList());
    for (String term : zhTerms) {
      all.add(new TermQuery(new Term(IndexSchema.ZH, term)), Occur.SHOULD);
      if (zhTerms.size() > 1) {
        all.add(coordination(IndexSchema.ZH, term), Occur.SHOULD);
        clauses++;
      }
      zhWords.add(List.of(term));
      clauses++;
    }
    String latinText = HAN.matcher(text).replaceAll(" ");
    // English side, as written.
    List<String> enStems = distinct(terms(EnglishTerms.analyzer(), IndexSchema.EN, latinText));
    for (String stem : enStems) {
      all.add(new TermQuery(new Term(IndexSchema.EN, stem)), Occur.SHOULD);
      if (enStems.size() > 1) {
        all.add(coordination(IndexSchema.EN, stem), Occur.SHOULD);
        clauses++;
      }
      enWords.add(List.of(stem));
      clauses++;
    }
    clauses += numbers(text, all, zhWords, enWords);
    // English words to Chinese paragraphs.
    if (language != Language.ZH) {
      List<String> written = distinct(ENGLISH_WORD.matcher(latinText).results().map(MatchResult::group)
          .map(w -> w.replace('’', '\'')).toList());
      List<String> words = written.stream().map(w -> w.toLowerCase(Locale.ROOT)).distinct().toList();
      // A phrase candidate may count two clauses.
      int perWord = Math.max(1, Math.min(CANDIDATES, budget / 2 / 2 / Math.max(1, words.size())));
      for (int i = 0; i < written.size(); i++) {
        String word = written.get(i);
        boolean inName = isCapitalized(word)
            && (i > 0 && isCapitalized(written.get(i - 1)) || i + 1 < written.size() && isCapitalized(written.get(i + 1)));
        Query q = chineseFor(word, perWord, inName, zhWords, index);
        if (q != null) {
          all.add(new BoostQuery(q, TRANSLATED), Occur.SHOULD);
          clauses++;
        }
      }
      // A run of capitalized words is a name: the dictionary may have it whole (Chinese Academy
      // of Sciences: 中国科学院; Central Economic Work Conference: 中央经济工作会议).
      for (String name : capitalizedRuns(latinText)) {
        Query q = chineseFor(name, PAIR_CANDIDATES, false, zhWords, index);
        if (q != null) {
          all.add(new BoostQuery(q, NAME_BOOST), Occur.SHOULD); // the whole name says more than its words
          clauses++;
        }
      }
      for (int i = 0; i + 1 < words.size() && words.size() <= PAIRED_WORDS; i++) {
        Query q = chineseFor(words.get(i) + " " + words.get(i + 1), PAIR_CANDIDATES, false, zhWords, index);
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
      HAN.matcher(text).results().map(MatchResult::group).forEach(run -> lexicon.longestMatches(dict.simplified(run))
          .stream().filter(w -> w.codePointCount(0, w.length()) > 1 && !QUESTION_WORDS.contains(w)).forEach(units::add));
      if (units.isEmpty()) { // a single-character query: gloss it after all
        zhTerms.stream().filter(t -> HAN.matcher(t).find()).forEach(units::add);
      }
      List<String> hanTerms = distinct(new ArrayList<>(units));
      int stemsPerWord = Math.max(1, Math.min(GLOSS_STEMS, budget / 2 / Math.max(1, hanTerms.size())));
      Set<String> acronyms = new LinkedHashSet<>();
      for (String term : hanTerms) {
        Query q = englishFor(term, stemsPerWord, enWords, index, acronyms);
        if (q != null) {
          all.add(new BoostQuery(q, TRANSLATED), Occur.SHOULD);
          clauses++;
        }
      }
      for (String acronym : acronyms) {
        for (String field : List.of(IndexSchema.ZH, IndexSchema.EN)) {
          if (index.has(field, acronym) && clauses < MAX_WORDS * 4) {
            all.add(new BoostQuery(new TermQuery(new Term(field, acronym)), TRANSLATED), Occur.SHOULD);
            (field.equals(IndexSchema.ZH) ? zhWords : enWords).add(List.of(acronym));
            clauses++;
          }
        }
      }
      // Names and places the dictionary lacks are written in pinyin: 小西天 Xiaoxitian, 李强 Li Qiang.
      for (String run : distinct(HAN.matcher(dict.simplified(text)).results().map(MatchResult::group).toList())) {
        Query q = pinyinFor(run, enWords, index);
        if (q != null) {
          all.add(new BoostQuery(q, TRANSLATED), Occur.SHOULD);
          clauses++;
        }
      }
    }
    return new Translation(clauses == 0 ? null : all.build(), language, zhWords, enWords);
  }

  /**
   * Numbers match as written with any unit after them (47 finds 47%, 2035 finds 2035年), with or
   * without thousands separators, and across the languages' ways of counting large numbers:
   * "10 million" finds 1000万, 2.97亿 finds "297 million", "210,000" finds 21万.
   */
  private int numbers(String text, BooleanQuery.Builder all, Highlights zhWords, Highlights enWords) {
    int clauses = 0;
    Set<String> zhForms = new LinkedHashSet<>();
    Set<List<String>> enForms = new LinkedHashSet<>();
    Matcher m = NUMBER_WITH_SCALE.matcher(text);
    while (m.find() && zhForms.size() < MAX_WORDS) {
      BigDecimal value;
      try {
        value = new BigDecimal(m.group(1).replace(",", ""));
      } catch (NumberFormatException e) {
        continue;
      }
      String scale = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
      BigDecimal full = value.multiply(SCALES.getOrDefault(scale, BigDecimal.ONE));
      zhForms.add(plain(value) + (scale.equals("万") || scale.equals("亿") ? scale : ""));
      if (full.compareTo(TEN_THOUSAND) >= 0) {
        zhForms.add(full.compareTo(HUNDRED_MILLION) >= 0 ? plain(full.divide(HUNDRED_MILLION)) + "亿"
            : plain(full.divide(TEN_THOUSAND)) + "万");
      }
      if (full.compareTo(BILLION) >= 0) {
        enForms.add(List.of(plain(full.divide(BILLION)), "billion"));
      } else if (full.compareTo(MILLION) >= 0) {
        enForms.add(List.of(plain(full.divide(MILLION)), "million"));
      }
      if (full.compareTo(THOUSAND) >= 0 && full.stripTrailingZeros().scale() <= 0 || full.scale() > 0) {
        enForms.add(List.of(grouped(full)));
      }
      enForms.add(List.of(plain(full)));
    }
    for (String form : zhForms) {
      // The number then anything but another digit: 47 finds 47% and 47万, not 470.
      String regexp = form.replace(".", "\\.") + (Character.isDigit(form.charAt(form.length() - 1)) ? "([^0-9.].*)?" : ".*");
      all.add(new BoostQuery(new RegexpQuery(new Term(IndexSchema.ZH, regexp)), 0.9f), Occur.SHOULD);
      zhWords.addPrefix(form);
      clauses++;
    }
    for (List<String> form : enForms) {
      if (form.size() == 1) {
        all.add(new TermQuery(new Term(IndexSchema.EN, form.get(0))), Occur.SHOULD);
      } else {
        all.add(new PhraseQuery(IndexSchema.EN, form.toArray(String[]::new)), Occur.SHOULD);
      }
      enWords.add(form);
      clauses++;
    }
    return clauses;
  }

  /**
   * The same for every query word a text has, whatever its rarity: BM25 alone lets one rare word
   * outrank a text that has all the others (北部都会区 against 北部都会区 收地 补偿).
   */
  private static Query coordination(String field, String term) {
    return new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(field, term))), COORDINATION);
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /** 1935.3 as 1,935.3 (how English text writes it, and how its tokenizer keeps it). */
  private static String grouped(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    String[] parts = v.toPlainString().split("\\.");
    StringBuilder whole = new StringBuilder(parts[0]);
    for (int i = whole.length() - 3; i > 0; i -= 3) {
      whole.insert(i, ',');
    }
    return parts.length > 1 ? whole + "." + parts[1] : whole.toString();
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

  private static boolean isCapitalized(String word) {
    return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(word.charAt(1));
  }

  /**
   * The Chinese candidates of an English word (or two) that occur in the index, as alternatives;
   * null when it has none. A capitalized word takes only the dictionary's proper names for it
   * (Tesla: 特斯拉) when it has some, and inside a run of capitalized words ("Rob Endler") its
   * ordinary senses (抢劫) count for little.
   */
  private Query chineseFor(String english, int max, boolean inName, Highlights zhWords, Presence index) {
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
    if (isCapitalized(english) && !properOnly) {
      // A name in pinyin: Wukong is 悟空.
      List<String> spelled = lexicon.wordsForPinyin(english);
      if (!spelled.isEmpty()) {
        candidates = spelled;
        properOnly = true;
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
    }
    return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, 0.1f);
  }

  /**
   * The stems of a Chinese word's glosses that occur in the index, as alternatives; null when it
   * has none. A gloss counts up to its first comma, semicolon or bracket ("Tencent, Chinese tech
   * conglomerate, founded in 1998" is "Tencent"), and only when that is short: longer glosses are
   * explanations, not translations.
   */
  private Query englishFor(String chineseWord, int maxStems, Highlights enWords, Presence index, Set<String> acronyms) {
    Map<String, Integer> stems = new LinkedHashMap<>(); // stem -> rank of the first gloss with it
    List<String> glosses = lexicon.glosses(chineseWord);
    for (int g = 0; g < glosses.size(); g++) {
      Matcher acronym = ACRONYM.matcher(glosses.get(g));
      if (acronym.find()) {
        acronyms.add(acronym.group(1).toLowerCase(Locale.ROOT)); // Chinese texts write AI, too
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
        }
      }
    }
    if (stems.isEmpty()) {
      return null;
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
    }
    return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, 0.1f);
  }

  private List<String> candidateTerms(String word) {
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
  private Query pinyinFor(String run, Highlights enWords, Presence index) {
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
        }
      }
    }
    for (int cut = 1; cut < n; cut++) {
      String family = String.join("", java.util.Arrays.copyOfRange(syllables, 0, cut));
      String given = String.join("", java.util.Arrays.copyOfRange(syllables, cut, n));
      if (index.has(IndexSchema.EN, family) && index.has(IndexSchema.EN, given)) {
        alternatives.add(new PhraseQuery(IndexSchema.EN, family, given));
        enWords.add(List.of(family, given));
      }
    }
    return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, 0.1f);
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
