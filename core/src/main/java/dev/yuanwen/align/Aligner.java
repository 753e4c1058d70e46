package dev.yuanwen.align;

import dev.yuanwen.analysis.ChineseSegmenter;
import dev.yuanwen.analysis.SegmentedArticle;
import dev.yuanwen.document.Article;
import dev.yuanwen.document.Digest;
import dev.yuanwen.lexicon.TranslationTable;
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
  private final List<WeightedSignal> signals;
  private final Bridge bridge;
  private final TranslationTable translations;
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

  private Aligner(List<WeightedSignal> signals, Mode mode) {
    this(signals, TranslationTable.empty(), mode);
  }

  private Aligner(List<WeightedSignal> signals, TranslationTable translations, Mode mode) {
    this.signals = List.copyOf(signals);
    this.mode = mode;
    this.translations = translations;
    this.bridge = Bridge.with(translations);
    // Load what every alignment needs now, not in the middle of the first one.
    ChineseSegmenter.shared();
    Bridge.shared();
    PinyinNames.load();
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

  /** Aligns every point of {@code digest} to the paragraphs of {@code article}, in this aligner's {@link #mode()}. */
  public Alignment align(Article article, Digest digest) {
    return align(article, digest, mode);
  }

  /** As {@link #align(Article, Digest)}, in the mode given rather than this aligner's. */
  public Alignment align(Article article, Digest digest, Mode mode) {
    Objects.requireNonNull(article, "article");
    return align(SegmentedArticle.of(article), digest, mode);
  }

  /** The mode {@link #align(Article, Digest)} uses: {@link Mode#DIGEST} unless the builder said otherwise. */
  public Mode mode() {
    return mode;
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
    Scoring scoring = new Scoring(article, digest, signals, bridge);
    return mode == Mode.PARALLEL ? new ParallelDecoder(scoring).decode() : new Decoder(scoring).decode();
  }

  /** The learned translations this aligner uses beside CC-CEDICT ({@link TranslationTable#empty()} for none). */
  public TranslationTable translations() {
    return translations;
  }

  /** Configures an {@link Aligner}. */
  public static final class Builder {
    private final List<WeightedSignal> signals = new ArrayList<>();
    private TranslationTable translations = TranslationTable.empty();
    private Mode mode = Mode.DIGEST;

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
      return new Aligner(signals, translations, mode);
    }
  }
}
