package dev.yuanwen.align;

import dev.yuanwen.InputException;
import dev.yuanwen.analysis.ChineseSegmenter;
import dev.yuanwen.analysis.SegmentedArticle;
import dev.yuanwen.document.Article;
import dev.yuanwen.document.Digest;
import dev.yuanwen.lexicon.TranslationTable;
import dev.yuanwen.lexicon.UserDictionary;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Aligns the points of an English digest to the paragraphs of the Chinese article it summarizes.
 * Thread-safe: one aligner serves any number of threads.
 *
 * <pre>{@code
 * Alignment a = Aligner.shared().align(Article.parse(zhFile), Digest.parse(enFile));
 * for (PointAlignment p : a.points()) {
 *   System.out.println(p.point().raw() + " -> " + p.paragraphs() + " " + p.flags());
 * }
 * }</pre>
 */
public final class Aligner {
  /** The default limits on one document; {@link Builder} raises or lowers them. */
  public static final int MAX_PARAGRAPHS = 20_000;
  public static final int MAX_POINTS = 2_000;
  public static final int MAX_CHARS = 20_000_000;
  /** Points times paragraphs: the aligner's memory grows with it (about 5,000 x 500 per 300 MB). */
  public static final long MAX_PAIRS = 10_000_000L;

  private final List<WeightedSignal> signals;
  private final Bridge bridge;
  private final TranslationTable translations;
  private final UserDictionary dictionary;
  private final Mode mode;

  record WeightedSignal(SimilaritySignal signal, double weight) {}

  /** What the English side is, and so which decoder aligns it. */
  public enum Mode {
    /**
     * A digest of the article (lead, headings, items, conclusion): each point may link to any
     * paragraphs; a flat text that reads as a paragraph-by-paragraph translation is still aligned in order.
     */
    DIGEST,
    /**
     * A translation: a monotone sequence of beads (0-1, 1-0, 1-1, 1-2, 2-1, 2-2, 1-3, 3-1) scored by
     * the lexicon, a length model fitted on the document and the distance from the diagonal; the
     * alignment carries its {@link Alignment#beads()}.
     */
    PARALLEL;

    /** The name used on the command line: {@code digest}, {@code parallel}. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final int maxParagraphs;
  private final int maxPoints;
  private final int maxChars;
  private final long maxPairs;

  private Aligner(List<WeightedSignal> signals, Mode mode) {
    this(signals, TranslationTable.empty(), UserDictionary.empty(), mode, MAX_PARAGRAPHS, MAX_POINTS, MAX_CHARS, MAX_PAIRS);
  }

  private Aligner(List<WeightedSignal> signals, TranslationTable translations, UserDictionary dictionary, Mode mode,
      int maxParagraphs, int maxPoints, int maxChars, long maxPairs) {
    this.signals = List.copyOf(signals);
    this.mode = mode;
    this.translations = translations;
    this.dictionary = dictionary;
    this.bridge = Bridge.with(dictionary, translations);
    this.maxParagraphs = maxParagraphs;
    this.maxPoints = maxPoints;
    this.maxChars = maxChars;
    this.maxPairs = maxPairs;
    // Load what every alignment needs now, not in the middle of the first one.
    ChineseSegmenter.shared();
    Bridge.shared();
    PinyinNames.load();
    Romanization.Jyutping.load();
  }

  /**
   * The aligner with the built-in signals only (dictionary, figures, names, Latin tokens, order).
   * The first call loads HanLP, the lexicon and the pinyin tables (about a second).
   */
  public static Aligner shared() {
    return Holder.SHARED;
  }

  private static final class Holder {
    static final Aligner SHARED = new Aligner(List.of(), Mode.DIGEST);
  }

  /** A builder for an aligner with extra similarity signals. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Aligns every point of {@code digest} to the paragraphs of {@code article}, in this aligner's {@link #mode()}.
   *
   * @throws InputException if the article or the digest is over one of the aligner's limits
   *     ({@link #MAX_PARAGRAPHS}, {@link #MAX_POINTS}, {@link #MAX_CHARS}, {@link #MAX_PAIRS} unless
   *     the {@link Builder} set others; a translation, aligned in a band, has no points or pairs
   *     limit); the message says which and how to raise it
   */
  public Alignment align(Article article, Digest digest) {
    return align(article, digest, mode);
  }

  /** As {@link #align(Article, Digest)}, in the mode given rather than this aligner's. */
  public Alignment align(Article article, Digest digest, Mode mode) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(digest, "digest");
    checkLimits(article, digest, mode);
    return align(SegmentedArticle.of(article), digest, mode);
  }

  /** The mode {@link #align(Article, Digest)} uses: {@link Mode#DIGEST} unless the builder said otherwise. */
  public Mode mode() {
    return mode;
  }

  private void checkLimits(Article article, Digest digest, Mode mode) {
    int paragraphs = article.paragraphs().size();
    int points = digest.points().size();
    if (paragraphs > maxParagraphs) {
      throw overLimit(article.source(), paragraphs, "paragraphs", maxParagraphs, "maxParagraphs", "--max-paragraphs");
    }
    if (points > maxPoints && mode == Mode.DIGEST) {
      throw overLimit(digest.source(), points, "points", maxPoints, "maxPoints", "--max-points");
    }
    long chars = 0;
    for (var p : article.paragraphs()) {
      chars += p.text().length();
    }
    if (chars > maxChars) {
      throw overLimit(article.source(), chars, "characters of text", maxChars, "maxChars", "--max-chars");
    }
    if ((long) paragraphs * points > maxPairs && mode == Mode.DIGEST) {
      throw new InputException(article.source() + " + " + digest.source(), String.format(java.util.Locale.ROOT,
          "%,d paragraphs x %,d points = %,d pairs to score, over the aligner's limit of %,d pairs"
              + " (memory grows with it); raise it with Aligner.builder().maxPairs(n), on the command line --max-pairs N",
          paragraphs, points, (long) paragraphs * points, maxPairs));
    }
  }

  private static InputException overLimit(String source, long count, String what, long limit, String setting, String option) {
    return new InputException(source, String.format(java.util.Locale.ROOT,
        "%,d %s, over the aligner's limit of %,d per document; raise it with Aligner.builder().%s(n),"
            + " on the command line %s N", count, what, limit, setting, option));
  }

  /**
   * As {@link #align(Article, Digest)}, on an article already segmented (the corpus index segments
   * each article once, for the aligner and for its own Chinese field).
   */
  public Alignment align(SegmentedArticle article, Digest digest) {
    return align(article, digest, mode);
  }

  /** As {@link #align(SegmentedArticle, Digest)}, in the mode given rather than this aligner's. */
  public Alignment align(SegmentedArticle article, Digest digest, Mode mode) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(digest, "digest");
    Objects.requireNonNull(mode, "mode");
    checkLimits(article.article(), digest, mode);
    Scoring scoring = new Scoring(article, digest, signals, bridge);
    return mode == Mode.PARALLEL ? new ParallelDecoder(scoring).decode() : new Decoder(scoring).decode();
  }

  /** The learned translations this aligner uses beside CC-CEDICT ({@link TranslationTable#empty()} for none). */
  public TranslationTable translations() {
    return translations;
  }

  /** The user's dictionary this aligner puts in front of CC-CEDICT ({@link UserDictionary#empty()} for none). */
  public UserDictionary dictionary() {
    return dictionary;
  }

  /** Configures an {@link Aligner}. */
  public static final class Builder {
    private final List<WeightedSignal> signals = new ArrayList<>();
    private TranslationTable translations = TranslationTable.empty();
    private UserDictionary dictionary = UserDictionary.empty();
    private Mode mode = Mode.DIGEST;
    private int maxParagraphs = MAX_PARAGRAPHS;
    private int maxPoints = MAX_POINTS;
    private int maxChars = MAX_CHARS;
    private long maxPairs = MAX_PAIRS;

    private Builder() {}

    /** What the English side is: a digest (the default) or a translation. */
    public Builder mode(Mode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * Translates with {@code table}'s learned pairs too, after CC-CEDICT's: the realign pass (align,
     * learn from the confident links with {@link TermPairs}, align again). A pair counts when the
     * table saw its term in at least 2 training pairs' worth of confidence, aligned the two at least
     * once, and the geometric mean of its two probabilities is at least 0.15; at most 3 per word.
     */
    public Builder translations(TranslationTable table) {
      this.translations = java.util.Objects.requireNonNull(table, "table");
      return this;
    }

    /**
     * Translates with the user's own terms too, in front of CC-CEDICT's: each term of {@code
     * dictionary} matches its English translations both ways, in full, and shows in the links'
     * evidence as {@link Evidence.Kind#USER}. Parse the file once ({@link UserDictionary#read}) to
     * share it between aligners.
     */
    public Builder dictionary(UserDictionary dictionary) {
      this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
      return this;
    }

    /**
     * As {@link #dictionary(UserDictionary)}, read from {@code file} now: lines of {@code
     * 中文<TAB>english[/english2...]} or hunalign's {@code english @ 中文}.
     *
     * @throws InputException if the file is missing or a line is bad; the message names the file and the line
     */
    public Builder dictionary(java.nio.file.Path file) {
      return dictionary(UserDictionary.read(file));
    }

    /** The most paragraphs one article may have (default {@link #MAX_PARAGRAPHS}). */
    public Builder maxParagraphs(int n) {
      maxParagraphs = positive(n, "maxParagraphs");
      return this;
    }

    /** The most points one digest may have (default {@link #MAX_POINTS}). */
    public Builder maxPoints(int n) {
      maxPoints = positive(n, "maxPoints");
      return this;
    }

    /** The most characters one article's paragraphs may hold together (default {@link #MAX_CHARS}). */
    public Builder maxChars(int n) {
      maxChars = positive(n, "maxChars");
      return this;
    }

    /** The most paragraphs times points one alignment may score (default {@link #MAX_PAIRS}). */
    public Builder maxPairs(long n) {
      if (n < 1) {
        throw new IllegalArgumentException("maxPairs must be at least 1: " + n);
      }
      maxPairs = n;
      return this;
    }

    private static int positive(int n, String name) {
      if (n < 1) {
        throw new IllegalArgumentException(name + " must be at least 1: " + n);
      }
      return n;
    }

    /**
     * Adds a similarity signal; {@code weight} is its share against the built-in lexical score,
     * which weighs 1.
     */
    public Builder signal(SimilaritySignal signal, double weight) {
      Objects.requireNonNull(signal, "signal");
      if (!(weight > 0) || Double.isInfinite(weight)) {
        throw new IllegalArgumentException("signal weight must be positive and finite: " + weight);
      }
      signals.add(new WeightedSignal(signal, weight));
      return this;
    }

    public Aligner build() {
      return new Aligner(signals, translations, dictionary, mode, maxParagraphs, maxPoints, maxChars, maxPairs);
    }
  }
}
