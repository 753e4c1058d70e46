package dev.yuanwen.index;

import dev.yuanwen.index.QueryExplanation.Source;
import dev.yuanwen.index.QueryExplanation.Term;
import dev.yuanwen.index.QueryExplanation.Translation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects, while a query is translated, what each query word was translated into: the pieces of
 * a {@link QueryExplanation}. A translation found twice for one word keeps its highest weight.
 * Not thread-safe; one per translation.
 */
final class Explain {
  /** Translations kept per query word (a pasted page must not make the explanation huge). */
  private static final int MAX_PER_WORD = 16;
  private static final int MAX_WORDS = 128;

  private final Map<String, Map<String, Translation>> words = new LinkedHashMap<>();

  /** Records that query word {@code word} was searched as {@code text} on {@code side}. */
  void add(String word, String text, Side side, float weight, Source source) {
    if (word == null || text == null || word.isBlank() || text.isBlank()) {
      return;
    }
    Map<String, Translation> of = words.get(word);
    if (of == null) {
      if (words.size() >= MAX_WORDS) {
        return;
      }
      of = new LinkedHashMap<>();
      words.put(word, of);
    }
    String key = side.label() + '\u0000' + text;
    Translation old = of.get(key);
    if (old != null && old.weight() >= weight) {
      return;
    }
    if (old == null && of.size() >= MAX_PER_WORD) {
      return;
    }
    of.put(key, new Translation(text, side, weight, source));
  }

  /** Each query word with its translations, in the order first seen. */
  List<Term> terms() {
    List<Term> out = new ArrayList<>();
    words.forEach((word, of) -> out.add(new Term(word, new ArrayList<>(of.values()))));
    return out;
  }

  /**
   * Every translation of every word, as the translations of {@code text} (an exclusion's), but a
   * lone Chinese character for an English word: an exclusion leaves those out.
   */
  Term flattened(String text) {
    Map<String, Translation> all = new LinkedHashMap<>();
    for (Map<String, Translation> of : words.values()) {
      for (Map.Entry<String, Translation> e : of.entrySet()) {
        String t = e.getValue().text();
        boolean oneCharacter = t.codePointCount(0, t.length()) == 1 && QueryTranslator.HAN.matcher(t).matches();
        if (all.size() < MAX_PER_WORD && !oneCharacter) {
          all.merge(e.getKey(), e.getValue(), (a, b) -> a.weight() >= b.weight() ? a : b);
        }
      }
    }
    return new Term(text, new ArrayList<>(all.values()));
  }
}
