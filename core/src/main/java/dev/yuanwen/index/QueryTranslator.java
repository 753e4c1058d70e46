package dev.yuanwen.index;

import dev.yuanwen.analysis.ChineseAnalyzer;
import dev.yuanwen.analysis.EnglishTerms;
import dev.yuanwen.lexicon.Lexicon;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
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
  private static final int CANDIDATES = 8;
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
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

  private final Analyzer chinese;
  private final Lexicon lexicon;

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

  Translation translate(String text, Language forced) {
    // Budgets are estimates; a query of many unknown compound words can still exceed the limit.
    for (int budget = TRANSLATION_BUDGET; ; budget /= 2) {
      Translation t = translate(text, forced, budget);
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

  private Translation translate(String text, Language forced, int budget) {
    Language language = forced != null ? forced : Language.detect(text);
    Highlights zhWords = new Highlights();
    Highlights enWords = new Highlights();
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    int clauses = 0;

    // Chinese side, as written: Chinese words, Latin tokens, numbers.
    List<String> zhTerms = distinct(terms(chinese, IndexSchema.ZH, text));
    for (String term : zhTerms) {
      all.add(new TermQuery(new Term(IndexSchema.ZH, term)), Occur.SHOULD);
      zhWords.add(List.of(term));
      clauses++;
    }
    // Numbers also match with a unit after them: 47 finds 47%, 2035 finds 2035年.
    String latinText = HAN.matcher(text).replaceAll(" ");
    for (String number : distinct(NUMBER.matcher(text).results().map(MatchResult::group).toList())) {
      String digits = number.replace(",", "");
      all.add(new BoostQuery(new RegexpQuery(new Term(IndexSchema.ZH,
          digits.replace(".", "\\.") + "([^0-9.].*)?")), 0.9f), Occur.SHOULD);
      zhWords.addPrefix(digits);
      clauses++;
    }
    // English side, as written.
    List<String> enStems = distinct(terms(EnglishTerms.analyzer(), IndexSchema.EN, latinText));
    for (String stem : enStems) {
      all.add(new TermQuery(new Term(IndexSchema.EN, stem)), Occur.SHOULD);
      enWords.add(List.of(stem));
      clauses++;
    }
    // English words to Chinese paragraphs.
    if (language != Language.ZH) {
      List<String> words = distinct(ENGLISH_WORD.matcher(latinText).results()
          .map(m -> m.group().toLowerCase(Locale.ROOT).replace('’', '\'')).toList());
      // A phrase candidate may count two clauses.
      int perWord = Math.max(1, Math.min(CANDIDATES, budget / 2 / 2 / Math.max(1, words.size())));
      for (String word : words) {
        Query q = chineseFor(word, perWord, zhWords);
        if (q != null) {
          all.add(new BoostQuery(q, TRANSLATED), Occur.SHOULD);
          clauses++;
        }
      }
      for (int i = 0; i + 1 < words.size() && words.size() <= PAIRED_WORDS; i++) {
        Query q = chineseFor(words.get(i) + " " + words.get(i + 1), PAIR_CANDIDATES, zhWords);
        if (q != null) {
          all.add(new BoostQuery(q, TRANSLATED), Occur.SHOULD);
          clauses++;
        }
      }
    }
    // Chinese words to English points.
    if (language != Language.EN) {
      List<String> hanTerms = zhTerms.stream().filter(t -> HAN.matcher(t).find()).toList();
      int stemsPerWord = Math.max(1, Math.min(GLOSS_STEMS, budget / 2 / Math.max(1, hanTerms.size())));
      for (String term : hanTerms) {
        if (term.codePointCount(0, term.length()) == 1 && hanTerms.size() > 1) {
          continue; // single characters are mostly particles; their glosses are noise
        }
        Query q = englishFor(term, stemsPerWord, enWords);
        if (q != null) {
          all.add(new BoostQuery(q, TRANSLATED), Occur.SHOULD);
          clauses++;
        }
      }
    }
    return new Translation(clauses == 0 ? null : all.build(), language, zhWords, enWords);
  }

  /** The Chinese candidates of an English word (or two), as alternatives; null when it has none. */
  private Query chineseFor(String english, int max, Highlights zhWords) {
    List<String> candidates = lexicon.chineseFor(english);
    List<Query> alternatives = new ArrayList<>();
    Set<List<String>> seen = new LinkedHashSet<>();
    for (int rank = 0; rank < candidates.size() && alternatives.size() < max; rank++) {
      List<String> tokens = terms(chinese, IndexSchema.ZH, candidates.get(rank));
      if (tokens.isEmpty() || !seen.add(tokens)) {
        continue;
      }
      int chars = candidates.get(rank).codePointCount(0, candidates.get(rank).length());
      float weight = specificity(candidates.get(rank)) / (1f + 0.15f * rank) * (chars == 1 ? 0.4f : 1f);
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

  /** The stems of a Chinese word's short glosses, as alternatives; null when it has none. */
  private Query englishFor(String chineseWord, int maxStems, Highlights enWords) {
    Map<String, Integer> stems = new LinkedHashMap<>(); // stem -> rank of the first gloss with it
    List<String> glosses = lexicon.glosses(chineseWord);
    if (glosses.isEmpty()) {
      // Words the segmenter has and the dictionary lacks (大模型): gloss the dictionary's pieces.
      List<String> pieces = lexicon.longestMatches(chineseWord);
      if (pieces.size() > 1) {
        List<Query> parts = new ArrayList<>();
        for (String piece : pieces) {
          if (piece.codePointCount(0, piece.length()) > 1) {
            Query q = englishFor(piece, maxStems, enWords);
            if (q != null) {
              parts.add(q);
            }
          }
        }
        if (!parts.isEmpty()) {
          BooleanQuery.Builder b = new BooleanQuery.Builder();
          parts.forEach(p -> b.add(p, Occur.SHOULD));
          return b.build();
        }
      }
      return null;
    }
    for (int g = 0; g < glosses.size(); g++) {
      List<String> words = GLOSS_WORD.matcher(glosses.get(g)).results().map(MatchResult::group).toList();
      if (words.size() > MAX_GLOSS_WORDS) {
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
      float weight = specific / (1f + 0.1f * e.getValue());
      alternatives.add(new BoostQuery(new TermQuery(new Term(IndexSchema.EN, e.getKey())), weight));
      enWords.add(List.of(e.getKey()));
    }
    return new DisjunctionMaxQuery(alternatives, 0.1f);
  }

  /** 1 for a word with one or two glosses, less for a word with many senses. */
  private float specificity(String chineseWord) {
    int senses = lexicon.glosses(chineseWord).size();
    return (float) Math.min(1, 1.5 / Math.sqrt(Math.max(1, senses)));
  }

  /** The terms {@code analyzer} makes of {@code text}. */
  static List<String> terms(Analyzer analyzer, String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen on a String reader
    }
    return out;
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
