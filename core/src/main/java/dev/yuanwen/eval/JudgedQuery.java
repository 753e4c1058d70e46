package dev.yuanwen.eval;

import dev.yuanwen.index.Language;
import dev.yuanwen.index.Side;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A search query with its relevance judgments: every Chinese paragraph and English point of a
 * corpus that is relevant to it. Read them with {@link JudgedQueries#read}; measure a search with
 * {@link SearchEvaluation}.
 *
 * @param id unique id, e.g. {@code zh-name-01}
 * @param query the text a user would type
 * @param language the language it is written in, as judged ({@code mixed}: both scripts)
 * @param kind what it asks for
 * @param zh the relevant Chinese paragraphs, {@code [doc, paragraph index]}; may be empty
 * @param en the relevant English points, {@code [doc, point index]}; may be empty
 * @param note why these items were judged relevant, or {@code ""}
 * @param hard whether the query is of a kind the hidden evaluation calls hard: synonyms or
 *     paraphrase, the other script (traditional against simplified), a number written another way
 * @param split the part of the set it belongs to: tuning data, or held out until the end
 */
public record JudgedQuery(String id, String query, Language language, Kind kind, List<Item> zh, List<Item> en, String note,
    boolean hard, Split split) {

  /** What a query asks for. */
  public enum Kind {
    /** People, companies, places, products. */
    NAME,
    /** A figure. */
    NUMBER,
    /** A subject. */
    TOPIC,
    /** An idea, in other words than the text's. */
    PARAPHRASE,
    /** An abbreviation (NEV, IPO, CPI, 社零) or its expansion. */
    ABBREVIATION,
    /** A subject written in the other script: traditional for a simplified text or the other way. */
    SCRIPT,
    /** A query using the query syntax: a quoted phrase, {@code -term}, {@code OR} or {@code |}. */
    SYNTAX;

    /** The lower-case name: {@code name}, {@code number}, {@code topic}, {@code paraphrase}, ... */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The kind labelled {@code label}, or null when there is none. */
    public static Kind ofLabel(String label) {
      return Arrays.stream(values()).filter(k -> k.label().equals(label)).findFirst().orElse(null);
    }
  }

  /** Which part of the judged set a query belongs to. */
  public enum Split {
    /** Tuning data: rules may be tuned on it. */
    TUNE,
    /** Held out: measured, never tuned on, reported at the end. */
    HELDOUT;

    /** {@code tune} or {@code heldout}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The split labelled {@code label}, or null when there is none. */
    public static Split ofLabel(String label) {
      return Arrays.stream(values()).filter(s -> s.label().equals(label)).findFirst().orElse(null);
    }
  }

  /**
   * A relevant paragraph or point.
   *
   * @param doc the document's id
   * @param index the 0-based paragraph or point number in the document
   */
  public record Item(String doc, int index) {}

  /** Lists are copied; at least one item must be relevant. */
  public JudgedQuery {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(kind, "kind");
    zh = List.copyOf(zh);
    en = List.copyOf(en);
    note = Objects.requireNonNullElse(note, "");
    Objects.requireNonNull(split, "split");
    if (zh.isEmpty() && en.isEmpty()) {
      throw new IllegalArgumentException(id + ": no relevant item");
    }
  }

  /** A query that is not hard, in the tuning split. */
  public JudgedQuery(String id, String query, Language language, Kind kind, List<Item> zh, List<Item> en, String note) {
    this(id, query, language, kind, zh, en, note, false, Split.TUNE);
  }

  /** The relevant items on {@code side}. */
  public List<Item> relevant(Side side) {
    return side == Side.ZH ? zh : en;
  }
}
