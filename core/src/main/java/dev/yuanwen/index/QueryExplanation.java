package dev.yuanwen.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What a query was read as and translated into, so that users see why a hit matched: per query
 * word the words searched for it on the other side (with their weight and where they came from),
 * the quoted phrases, the alternatives joined by OR, the exclusions with their translations, and
 * the filters. {@link #summary()} puts it on one short line.
 *
 * @param language the query's language, detected or forced
 * @param words each query word (or number, name, pair of words) that was translated, in query order
 * @param phrases the quoted phrases, required
 * @param anyOf each group of alternatives joined by {@code OR} or {@code |}, as written
 * @param excluded each excluded word or phrase, with what it was translated into (also excluded)
 * @param filters the filters written in the query ({@code side:zh}, {@code doc:ID}, ...)
 * @param problem why nothing was searched ("nothing to search: ..."), or null when the query ran
 */
public record QueryExplanation(
    Language language, List<Term> words, List<String> phrases, List<List<String>> anyOf, List<Term> excluded,
    List<Filter> filters, String problem) {

  /** Longest {@link #summary()}, in characters. */
  private static final int SUMMARY_LENGTH = 240;
  /** Words and translations per word that {@link #summary()} shows. */
  private static final int SUMMARY_WORDS = 6;
  private static final int SUMMARY_TRANSLATIONS = 3;

  public QueryExplanation {
    words = List.copyOf(words);
    phrases = List.copyOf(phrases);
    anyOf = anyOf.stream().map(List::copyOf).toList();
    excluded = List.copyOf(excluded);
    filters = List.copyOf(filters);
  }

  /** Where a translation came from. */
  public enum Source {
    /** The bilingual dictionary (CC-CEDICT): a Chinese word for an English one, a gloss for a Chinese one. */
    DICTIONARY,
    /** The translation table learned from the corpus's aligned pairs. */
    LEARNED,
    /** A Chinese name as the English side spells it in pinyin, or the reverse. */
    PINYIN,
    /** The same figure written another way (3800亿, 380 billion, 三千八百亿). */
    NUMBER;

    /** {@code dictionary}, {@code learned}, {@code pinyin} or {@code number}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * A word searched for a query word.
   *
   * @param text the word as the other side writes it (照顾, typhoon, 380 billion)
   * @param side the side it is searched on
   * @param weight its weight against a word matched as written (1)
   * @param source where it came from
   */
  public record Translation(String text, Side side, float weight, Source source) {}

  /** A query word and what it was translated into, best first. */
  public record Term(String text, List<Translation> translations) {
    public Term {
      translations = List.copyOf(translations);
    }
  }

  /**
   * A filter of the query.
   *
   * @param field {@code side}, {@code doc}, {@code tag} or {@code outlet}
   * @param value its value as written ({@code zh}, a document id, a tag, an outlet's name)
   * @param negated whether it leaves out what it names ({@code -doc:ID})
   */
  public record Filter(String field, String value, boolean negated) {
    @Override
    public String toString() {
      String v = value.chars().anyMatch(Character::isWhitespace) ? "\"" + value + "\"" : value;
      return (negated ? "-" : "") + field + ":" + v;
    }
  }

  /** Nothing parsed, nothing translated: for results made without a query (and an empty one). */
  public static QueryExplanation none(Language language) {
    return new QueryExplanation(language, List.of(), List.of(), List.of(), List.of(), List.of(), null);
  }

  /** Whether the query was searched ({@link #problem} is null). */
  public boolean searched() {
    return problem == null;
  }

  /**
   * One short line: {@code care → 照顾, 护理, 关心; 3800亿 → 380 billion, 三千八百亿; "long-term care";
   * 台风 | typhoon; not 台风 (typhoon); side:zh}; at most six words with three translations each,
   * then how many more; empty when nothing was translated, quoted, excluded or filtered.
   */
  public String summary() {
    List<String> parts = new ArrayList<>();
    List<Term> translated = words.stream().filter(t -> !t.translations().isEmpty()).toList();
    for (int i = 0; i < translated.size() && i < SUMMARY_WORDS; i++) {
      Term t = translated.get(i);
      parts.add(t.text() + " → " + translations(t, SUMMARY_TRANSLATIONS));
    }
    if (translated.size() > SUMMARY_WORDS) {
      parts.add("+" + (translated.size() - SUMMARY_WORDS) + " more words");
    }
    for (String p : phrases) {
      parts.add("\"" + p + "\"");
    }
    for (List<String> group : anyOf) {
      parts.add(String.join(" | ", group));
    }
    for (Term t : excluded) {
      String also = t.translations().isEmpty() ? "" : " (" + translations(t, 2) + ")";
      parts.add("not " + t.text() + also);
    }
    for (Filter f : filters) {
      parts.add(f.toString());
    }
    String line = String.join("; ", parts);
    if (line.length() > SUMMARY_LENGTH) {
      int cut = SUMMARY_LENGTH - 1;
      if (Character.isLowSurrogate(line.charAt(cut))) {
        cut--;
      }
      line = line.substring(0, cut) + "…";
    }
    return line;
  }

  /** The best {@code max} translations, with their source when it is not the dictionary. */
  private static String translations(Term t, int max) {
    if (t.translations().isEmpty()) {
      return "";
    }
    List<Translation> byWeight = t.translations().stream()
        .sorted(Comparator.comparingDouble((Translation x) -> -x.weight())).toList();
    // Both sides, when a word has both (a figure: 380 billion and 三千八百亿), in turn.
    List<Translation> sorted = new ArrayList<>();
    List<Translation> first = byWeight.stream().filter(x -> x.side() == byWeight.get(0).side()).toList();
    List<Translation> second = byWeight.stream().filter(x -> x.side() != byWeight.get(0).side()).toList();
    for (int i = 0; i < Math.max(first.size(), second.size()); i++) {
      if (i < first.size()) {
        sorted.add(first.get(i));
      }
      if (i < second.size()) {
        sorted.add(second.get(i));
      }
    }
    List<Translation> best = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Translation x : sorted) {
      if (seen.add(x.text()) && best.size() < max) {
        best.add(x);
      }
    }
    List<String> shown = new ArrayList<>();
    for (Translation x : best) {
      shown.add(x.source() == Source.PINYIN || x.source() == Source.LEARNED
          ? x.text() + " (" + x.source().label() + ")" : x.text());
    }
    String s = String.join(", ", shown);
    return seen.size() > max ? s + ", …" : s;
  }
}
