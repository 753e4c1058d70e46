package dev.yuanwen.index;

import dev.yuanwen.analysis.EnglishTerms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanMultiTermQueryWrapper;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The query of a quoted phrase, or of an excluded word or phrase: its words adjacent and in order
 * on the side it is written in, and, translated, near each other on the other side, or the
 * phrase's own translation when the dictionary has it whole. The translations are the ones {@link
 * QueryTranslator} finds for single words (dictionary, pinyin, number forms), turned into spans.
 */
final class ClauseTranslator {
  /** How far apart the translated words of a phrase may be, per word: a particle or two between. */
  private static final int CHINESE_SLOP = 2;
  private static final int ENGLISH_SLOP = 3;
  /** Terms one number form may stand for inside a span (a regular expression's matches). */
  private static final int SPAN_TERMS = 16;
  /** Weight of some of a phrase's translated words, against all of them near each other. */
  private static final float SOME_WORDS = 0.5f;

  private final QueryTranslator translator;

  ClauseTranslator(QueryTranslator translator) {
    this.translator = translator;
  }

  /**
   * The query that matches {@code text} as a phrase: on each side as written, or translated; null
   * when it has no word. {@code excluding} leaves out the looser translations (a single character
   * for an English word) so that an exclusion drops only hits that say it.
   */
  Query phrase(String text, Language language, int perWord, QueryTranslator.Presence index,
      QueryTranslator.Highlights zh, QueryTranslator.Highlights en, Explain explain, boolean excluding) {
    Translated t = translate(text, language, perWord, index, zh, en, explain, excluding, false);
    return t == null ? null : t.query();
  }

  /**
   * A phrase's query, and whether its translation is only a guess: a word the dictionary lacks,
   * or a run of characters it covers only character by character.
   */
  record Translated(Query query, boolean weak) {}

  /**
   * As {@link #phrase}, telling whether the translation is a guess. With {@code othersRank} (the
   * query has other words to rank the other side by), a guessed translation's words do not count
   * apart: they would only add noise.
   */
  Translated translate(String text, Language language, int perWord, QueryTranslator.Presence index,
      QueryTranslator.Highlights zh, QueryTranslator.Highlights en, Explain explain, boolean excluding,
      boolean othersRank) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    boolean weak = false;
    int alternatives = 0;
    List<Token> zhTokens = tokens(translator.wholeWords(), IndexSchema.ZH, text);
    if (!zhTokens.isEmpty()) {
      any.add(sequence(IndexSchema.ZH, zhTokens), Occur.SHOULD);
      zh.add(zhTokens.stream().map(Token::term).toList());
      alternatives++;
      List<Token> pieces = pieces(zhTokens);
      if (pieces != null) { // a text may cut a long word of the query into the dictionary's words
        any.add(sequence(IndexSchema.ZH, pieces), Occur.SHOULD);
        zh.add(pieces.stream().map(Token::term).toList());
      }
    }
    String latin = QueryTranslator.HAN.matcher(text).replaceAll(" ");
    List<Token> enTokens = tokens(EnglishTerms.analyzer(), IndexSchema.EN, latin);
    if (!enTokens.isEmpty()) {
      any.add(sequence(IndexSchema.EN, enTokens), Occur.SHOULD);
      en.add(enTokens.stream().map(Token::term).toList());
      alternatives++;
    }
    for (boolean chinese : new boolean[] {true, false}) {
      if (language == (chinese ? Language.ZH : Language.EN)) {
        continue;
      }
      Slots slots = chinese ? toChinese(text, latin, perWord, index, zh, explain, excluding)
          : toEnglish(text, perWord, index, en, explain, excluding);
      boolean guessed = slots.weak || slots.scored.isEmpty() && slots.wholes.isEmpty();
      weak |= guessed;
      Query q = slots.build(chinese ? CHINESE_SLOP : ENGLISH_SLOP, excluding, guessed && othersRank);
      if (q != null) {
        any.add(new BoostQuery(q, QueryTranslator.TRANSLATED), Occur.SHOULD);
        alternatives++;
      }
    }
    return alternatives == 0 ? null : new Translated(any.build(), weak);
  }

  /**
   * Translations of a phrase's words, each a slot: its candidates as a query (for the score) and as
   * spans (for where they are).
   */
  private static final class Slots {
    final List<SpanQuery> spans = new ArrayList<>();
    final List<Query> scored = new ArrayList<>();
    /** The phrase's own translations (the dictionary has it whole), as queries. */
    final List<Query> wholes = new ArrayList<>();
    boolean complete = true;
    /** A word untranslated, or translated through single characters only: a guess. */
    boolean weak;

    void add(Query q, String field, boolean excluding) {
      SpanQuery span = spans(q, field, excluding);
      if (span == null) {
        complete = false;
        weak = true;
      } else {
        spans.add(span);
        scored.add(q);
      }
    }

    void addWhole(Query q, String field, boolean excluding) {
      if (q != null && spans(q, field, excluding) != null) {
        wholes.add(excluding ? spans(q, field, true) : q);
      }
    }

    /**
     * The phrase's own translation, or its words' translations near each other (each scoring as it
     * would alone); then, for less, any of its words' translations: a translation is a guess,
     * and one word may have no translation, or not the one the text uses. Null when there is none.
     * An exclusion needs the phrase's own translation or all its words' near each other.
     */
    Query build(int slopPerWord, boolean excluding, boolean allOnly) {
      List<Query> alternatives = new ArrayList<>(wholes);
      if (complete && !spans.isEmpty()) {
        SpanQuery near = near(spans, slopPerWord);
        if (excluding) {
          alternatives.add(near);
        } else {
          BooleanQuery.Builder b = new BooleanQuery.Builder().add(near, Occur.FILTER);
          scored.forEach(q -> b.add(q, Occur.SHOULD));
          alternatives.add(b.build());
        }
      }
      if (!excluding && !allOnly && !scored.isEmpty() && (scored.size() > 1 || !complete)) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        scored.forEach(q -> any.add(q, Occur.SHOULD));
        alternatives.add(new BoostQuery(any.build(), SOME_WORDS));
      }
      if (alternatives.isEmpty()) {
        return null;
      }
      return alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, 0.1f);
    }
  }

  /** The phrase's English words, each as its Chinese candidates, near each other; or the phrase's own. */
  private Slots toChinese(String text, String latin, int perWord, QueryTranslator.Presence index,
      QueryTranslator.Highlights zh, Explain explain, boolean excluding) {
    List<NumberForms.Number> numbers = NumberForms.find(text);
    List<MatchResult> words = QueryTranslator.ENGLISH_WORD.matcher(latin).results()
        .filter(m -> !QueryTranslator.overlaps(numbers, m.start(), m.end()))
        .filter(m -> EnglishTerms.stem(m.group()) != null)
        .toList();
    Slots slots = new Slots();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i).group().replace('’', '\'');
      boolean inName = QueryTranslator.isCapitalized(word)
          && (i > 0 && QueryTranslator.isCapitalized(words.get(i - 1).group())
              || i + 1 < words.size() && QueryTranslator.isCapitalized(words.get(i + 1).group()));
      Query q = translator.chineseFor(word, perWord, inName, zh, index, explain, QueryTranslator.TRANSLATED);
      if (q == null) {
        // A name or code the dictionary lacks may be written as is in Chinese text (Anthropic).
        List<String> asWritten = QueryTranslator.terms(translator.chinese(), IndexSchema.ZH, word);
        if (asWritten.size() == 1 && index.has(IndexSchema.ZH, asWritten.get(0))) {
          q = new TermQuery(new Term(IndexSchema.ZH, asWritten.get(0)));
        }
      }
      slots.add(q, IndexSchema.ZH, excluding);
    }
    for (NumberForms.Number n : numbers) {
      slots.add(QueryTranslator.numberQuery(n, IndexSchema.ZH, zh, explain), IndexSchema.ZH, excluding);
    }
    if (words.size() > 1) { // the dictionary may have the phrase whole (long-term care: 长照)
      String whole = String.join(" ", words.stream()
          .map(m -> m.group().replace('’', '\'').toLowerCase(java.util.Locale.ROOT)).toList());
      slots.addWhole(translator.chineseFor(whole, QueryTranslator.PAIR_CANDIDATES, false, zh, index, explain,
          QueryTranslator.TRANSLATED), IndexSchema.ZH, excluding);
    }
    return slots;
  }

  /**
   * The phrase's Chinese words (the dictionary's longest words in each run of characters), each as
   * its English glosses, near each other; or the phrase's own glosses, or its pinyin spelling.
   */
  private Slots toEnglish(String text, int perWord, QueryTranslator.Presence index,
      QueryTranslator.Highlights en, Explain explain, boolean excluding) {
    List<NumberForms.Number> numbers = NumberForms.find(text);
    int stems = Math.max(1, Math.min(12, perWord * 2));
    Slots slots = new Slots();
    List<MatchResult> runs = QueryTranslator.HAN.matcher(text).results().toList();
    for (MatchResult run : runs) {
      String simplified = translator.simplified(run.group());
      boolean aligned = simplified.length() == run.group().length();
      if (translator.lexicon().contains(simplified) && simplified.codePointCount(0, simplified.length()) > 1
          && !(aligned && QueryTranslator.overlaps(numbers, run.start(), run.end()))) {
        slots.add(glossed(simplified, stems, index, en, explain, excluding), IndexSchema.EN, excluding);
        continue; // a dictionary word: its glosses say what it means
      }
      int at = run.start();
      for (String piece : translator.lexicon().longestMatches(simplified)) {
        boolean inNumber = aligned && QueryTranslator.overlaps(numbers, at, at + piece.length());
        at += piece.length();
        if (inNumber || QueryTranslator.QUESTION_WORDS.contains(piece)) {
          continue; // numbers have their own forms; particles say nothing
        }
        slots.weak |= piece.codePointCount(0, piece.length()) == 1;
        slots.add(glossed(piece, stems, index, en, explain, excluding), IndexSchema.EN, excluding);
      }
    }
    for (NumberForms.Number n : numbers) {
      slots.add(QueryTranslator.numberQuery(n, IndexSchema.EN, en, explain), IndexSchema.EN, excluding);
    }
    for (MatchResult run : runs) {
      // A name or place as the English side spells it: 小西天 Xiaoxitian, 李强 "Li Qiang".
      slots.addWhole(translator.pinyinFor(translator.simplified(run.group()), en, index, explain), IndexSchema.EN,
          excluding);
    }
    return slots;
  }

  /** A Chinese word's glosses, acronyms in them too (人工智能: AI); null when it has none. */
  private Query glossed(String word, int stems, QueryTranslator.Presence index, QueryTranslator.Highlights en,
      Explain explain, boolean excluding) {
    Map<String, String> acronyms = new LinkedHashMap<>();
    Query glosses = translator.englishFor(word, stems, en, index, acronyms, explain);
    List<Query> alternatives = new ArrayList<>();
    if (glosses != null) {
      alternatives.add(glosses);
    }
    for (String acronym : acronyms.keySet()) {
      if (index.has(IndexSchema.EN, acronym)) {
        alternatives.add(new BoostQuery(new TermQuery(new Term(IndexSchema.EN, acronym)), QueryTranslator.TRANSLATED));
        en.add(List.of(acronym));
        explain.add(word, acronym.toUpperCase(java.util.Locale.ROOT), Side.EN, QueryTranslator.TRANSLATED,
            QueryExplanation.Source.DICTIONARY);
      }
    }
    if (alternatives.isEmpty()) {
      return null;
    }
    return alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, 0.1f);
  }

  /** The query's tokens with their dictionary pieces in place of long ones; null when none splits. */
  private List<Token> pieces(List<Token> tokens) {
    List<Token> out = new ArrayList<>();
    boolean split = false;
    for (Token t : tokens) {
      List<String> pieces = t.term().codePointCount(0, t.term().length()) >= 3 && QueryTranslator.HAN.matcher(t.term()).matches()
          ? translator.lexicon().longestMatches(t.term()) : List.of(t.term());
      if (pieces.size() > 1) {
        split = true;
      }
      for (int k = 0; k < pieces.size(); k++) {
        out.add(new Token(pieces.get(k), k == 0 ? t.increment() : 1, t.start(), t.end()));
      }
    }
    return split ? out : null;
  }

  /** One term, or the terms adjacent in order (a stop word's gap kept). */
  private static Query sequence(String field, List<Token> tokens) {
    if (tokens.size() == 1) {
      return new TermQuery(new Term(field, tokens.get(0).term()));
    }
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    int position = 0;
    for (int k = 0; k < tokens.size(); k++) {
      position += k == 0 ? 0 : Math.max(0, tokens.get(k).increment());
      phrase.add(new Term(field, tokens.get(k).term()), position);
    }
    return phrase.build();
  }

  private static SpanQuery near(List<SpanQuery> slots, int slopPerWord) {
    if (slots.size() == 1) {
      return slots.get(0);
    }
    return new SpanNearQuery(slots.toArray(SpanQuery[]::new), slopPerWord * (slots.size() - 1), false);
  }

  private static SpanQuery or(List<SpanQuery> alternatives) {
    if (alternatives.isEmpty()) {
      return null;
    }
    return alternatives.size() == 1 ? alternatives.get(0) : new SpanOrQuery(alternatives.toArray(SpanQuery[]::new));
  }

  /**
   * A translation query as spans on {@code field}: its terms, phrases and number patterns as
   * alternatives (their weights do not carry over). When {@code excluding}, a lone character
   * standing for an English word is left out: a text with 台 is not about a typhoon. Null when
   * nothing in it is a span on the field.
   */
  static SpanQuery spans(Query q, String field, boolean excluding) {
    List<SpanQuery> leaves = new ArrayList<>();
    collect(q, field, leaves);
    if (excluding) {
      leaves.removeIf(ClauseTranslator::isSingleCharacter);
    }
    return or(leaves);
  }

  private static void collect(Query q, String field, List<SpanQuery> out) {
    if (q == null) {
      return;
    }
    if (q instanceof BoostQuery b) {
      collect(b.getQuery(), field, out);
    } else if (q instanceof ConstantScoreQuery c) {
      collect(c.getQuery(), field, out);
    } else if (q instanceof DisjunctionMaxQuery d) {
      d.getDisjuncts().forEach(x -> collect(x, field, out));
    } else if (q instanceof BooleanQuery b) {
      for (BooleanClause c : b.clauses()) {
        if (c.getOccur() == Occur.SHOULD) {
          collect(c.getQuery(), field, out);
        }
      }
    } else if (q instanceof TermQuery t && t.getTerm().field().equals(field)) {
      out.add(new SpanTermQuery(t.getTerm()));
    } else if (q instanceof PhraseQuery p && p.getField() != null && p.getField().equals(field)) {
      Term[] terms = p.getTerms();
      int[] positions = p.getPositions();
      if (terms.length == 1) {
        out.add(new SpanTermQuery(terms[0]));
        return;
      }
      SpanNearQuery.Builder near = SpanNearQuery.newOrderedNearQuery(field);
      for (int k = 0; k < terms.length; k++) {
        if (k > 0 && positions[k] - positions[k - 1] > 1) {
          near.addGap(positions[k] - positions[k - 1] - 1);
        }
        near.addClause(new SpanTermQuery(terms[k]));
      }
      out.add(near.build());
    } else if (q instanceof MultiTermQuery m && m.getField().equals(field)) {
      SpanMultiTermQueryWrapper<MultiTermQuery> wrapper = new SpanMultiTermQueryWrapper<>(m);
      wrapper.setRewriteMethod(new SpanMultiTermQueryWrapper.TopTermsSpanBooleanQueryRewrite(SPAN_TERMS));
      out.add(wrapper);
    }
  }

  private static boolean isSingleCharacter(SpanQuery s) {
    if (!(s instanceof SpanTermQuery t)) {
      return false;
    }
    String text = t.getTerm().text();
    return text.codePointCount(0, text.length()) == 1 && QueryTranslator.HAN.matcher(text).matches();
  }

  /** A token: its term, its position increment, its offsets in the analyzed text. */
  record Token(String term, int increment, int start, int end) {}

  static List<Token> tokens(Analyzer analyzer, String field, String text) {
    return tokens(analyzer, field, text, QueryTranslator.MAX_WORDS);
  }

  /** The first {@code max} tokens of {@code text}. */
  static List<Token> tokens(Analyzer analyzer, String field, String text, int max) {
    List<Token> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (out.size() < max && ts.incrementToken()) {
        out.add(new Token(term.toString(), increment.getPositionIncrement(), offset.startOffset(), offset.endOffset()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen on a String reader
    }
    return out;
  }
}
