package dev.yuanwen.index;

import java.util.List;
import java.util.Locale;

/**
 * A query as {@link QueryParser} reads it: its clauses in the order written. Immutable.
 *
 * @param clauses words, phrases, alternatives, exclusions and filters, in order
 */
record ParsedQuery(List<Clause> clauses) {
  ParsedQuery {
    clauses = List.copyOf(clauses);
  }

  /** One part of a query. */
  sealed interface Clause permits Word, Phrase, AnyOf, Not, Filter {}

  /** A word (or a run of characters) searched as words always were: soft AND with the others. */
  record Word(String text) implements Clause {
    @Override
    public String toString() {
      return text;
    }
  }

  /** Quoted words: required, adjacent and in order on the side written, near each other translated. */
  record Phrase(String text) implements Clause {
    @Override
    public String toString() {
      return "\"" + text + "\"";
    }
  }

  /** Two or more {@link Word}s or {@link Phrase}s joined by {@code OR} or {@code |}: any of them. */
  record AnyOf(List<Clause> alternatives) implements Clause {
    AnyOf {
      alternatives = List.copyOf(alternatives);
    }

    /** Whether one alternative is a phrase, which makes the group required. */
    boolean hasPhrase() {
      return alternatives.stream().anyMatch(a -> a instanceof Phrase);
    }

    @Override
    public String toString() {
      return String.join(" | ", alternatives.stream().map(Clause::toString).toList());
    }
  }

  /** {@code -word} or {@code -"phrase"}: hits with it, or with what it is translated into, are dropped. */
  record Not(Clause excluded) implements Clause {
    Not {
      if (!(excluded instanceof Word || excluded instanceof Phrase)) {
        throw new IllegalArgumentException("only a word or a phrase is excluded, not " + excluded);
      }
    }

    /** The excluded text, without quotes. */
    String text() {
      return excluded instanceof Word w ? w.text() : ((Phrase) excluded).text();
    }

    @Override
    public String toString() {
      return "-" + excluded;
    }
  }

  /** {@code side:zh}, {@code doc:ID}, {@code tag:X}, {@code outlet:X}; {@code -doc:ID} leaves it out. */
  record Filter(Field field, String value, boolean negated) implements Clause {
    @Override
    public String toString() {
      String v = value.chars().anyMatch(Character::isWhitespace) ? "\"" + value + "\"" : value;
      return (negated ? "-" : "") + field.label() + ":" + v;
    }
  }

  /** The fields a filter may name, as the CLI's {@code --side}, {@code --doc}, {@code --tag}, {@code --outlet}. */
  enum Field {
    SIDE, DOC, TAG, OUTLET;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The clauses of one kind, in order. */
  <T extends Clause> List<T> all(Class<T> kind) {
    return clauses.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  /** The plain words, joined by spaces: what is searched as words always were. */
  String words() {
    return words(false);
  }

  /** The plain words and, with {@code phrases}, the phrases' words too, in order, joined by spaces. */
  String words(boolean phrases) {
    List<String> out = new java.util.ArrayList<>();
    for (Clause c : clauses) {
      if (c instanceof Word w) {
        out.add(w.text());
      } else if (phrases && c instanceof Phrase p) {
        out.add(p.text());
      }
    }
    return String.join(" ", out);
  }

  /** The text of everything searched for (words, phrases, alternatives), not exclusions or filters. */
  String positiveText() {
    StringBuilder s = new StringBuilder();
    for (Clause c : clauses) {
      if (c instanceof Word w) {
        s.append(w.text()).append(' ');
      } else if (c instanceof Phrase p) {
        s.append(p.text()).append(' ');
      } else if (c instanceof AnyOf a) {
        for (Clause alt : a.alternatives()) {
          s.append(alt instanceof Word w ? w.text() : ((Phrase) alt).text()).append(' ');
        }
      }
    }
    return s.toString().strip();
  }

  @Override
  public String toString() {
    return String.join(" ", clauses.stream().map(Clause::toString).toList());
  }
}
