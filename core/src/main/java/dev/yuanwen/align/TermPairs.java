package dev.yuanwen.align;

import dev.yuanwen.analysis.SegmentedArticle;
import dev.yuanwen.document.Point;
import dev.yuanwen.lexicon.TranslationTable;
import dev.yuanwen.lexicon.TranslationTable.TermPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The training pairs an alignment gives a {@link TranslationTable}: each link the aligner is sure
 * enough of, as the point's English terms against the linked paragraph's Chinese terms, weighted by
 * the link's confidence. The corpus index learns its table from these; a realign pass can too.
 *
 * <pre>{@code
 * SegmentedArticle article = SegmentedArticle.of(Article.parse(zhFile));
 * Alignment a = Aligner.shared().align(article, digest);
 * List<TranslationTable.TermPair> pairs = TermPairs.of(article, a, TermPairs.MIN_CONFIDENCE);
 * TranslationTable table = TranslationTable.learn(pairs, TranslationTable.Options.defaults());
 * }</pre>
 */
public final class TermPairs {
  /** Links below this confidence are more likely wrong than a help: they teach noise. */
  public static final double MIN_CONFIDENCE = 0.5;

  private TermPairs() {}

  /**
   * One pair per link of {@code alignment} with confidence at least {@code minConfidence}: the
   * point's terms ({@link TranslationTable#englishTerms}) and the paragraph's ({@link
   * TranslationTable#chineseTerms(List)} of {@code article}'s tokens), weight the confidence. Pairs
   * with no term on a side are left out. {@code article} is the article {@code alignment} aligned.
   */
  public static List<TermPair> of(SegmentedArticle article, Alignment alignment, double minConfidence) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(alignment, "alignment");
    List<TermPair> out = new ArrayList<>();
    List<List<String>> chinese = new ArrayList<>();
    for (int z = 0; z < article.article().paragraphs().size(); z++) {
      chinese.add(null);
    }
    for (PointAlignment p : alignment.points()) {
      List<String> english = null;
      for (Link link : p.links()) {
        if (!(link.confidence() >= minConfidence) || link.paragraph() >= chinese.size()) {
          continue;
        }
        if (english == null) {
          english = TranslationTable.englishTerms(text(p.point()));
        }
        List<String> zh = chinese.get(link.paragraph());
        if (zh == null) {
          zh = TranslationTable.chineseTerms(article.tokens(link.paragraph()));
          chinese.set(link.paragraph(), zh);
        }
        if (!english.isEmpty() && !zh.isEmpty()) {
          out.add(new TermPair(english, zh, Math.min(1, link.confidence())));
        }
      }
    }
    return out;
  }

  /** The point's words: its label and text (the marker, 1. or III., is no word). */
  private static String text(Point p) {
    return p.label().isEmpty() || p.label().equals(p.text()) ? p.text() : p.label() + " " + p.text();
  }
}
