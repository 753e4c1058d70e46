package dev.yuanwen.analysis;

import dev.yuanwen.document.Article;
import dev.yuanwen.document.Paragraph;
import java.util.List;
import java.util.Objects;

/**
 * An article segmented once, for everything that needs its words: the aligner and the corpus
 * index take the same tokens instead of segmenting the text twice. The whole article goes to the
 * segmenter in one call, a line per paragraph (a third cheaper than one call per paragraph, and
 * no token crosses a line). Immutable.
 */
public final class SegmentedArticle {
  private final Article article;
  private final List<Token> tokens;
  /** Where each paragraph starts in the joined text, and one past its end (its line break). */
  private final int[] starts;
  private final int[] ends;
  /** The first token of each paragraph, and one more entry for the end. */
  private final int[] firstToken;
  /** The joined text's simplified form where it differs from the text, else null. */
  private final String simplified;

  private SegmentedArticle(Article article) {
    this.article = article;
    List<Paragraph> paragraphs = article.paragraphs();
    int size = paragraphs.size();
    starts = new int[size];
    ends = new int[size];
    StringBuilder joined = new StringBuilder();
    for (int z = 0; z < size; z++) {
      starts[z] = joined.length();
      joined.append(paragraphs.get(z).text()).append('\n');
      ends[z] = joined.length();
    }
    String[] normalized = new String[1];
    tokens = List.copyOf(ChineseSegmenter.shared().segment(joined, normalized));
    simplified = normalized[0];
    firstToken = new int[size + 1];
    int z = 0;
    for (int i = 0; i < tokens.size(); i++) {
      while (z < size - 1 && tokens.get(i).start() >= ends[z]) {
        firstToken[++z] = i;
      }
    }
    while (z < size) {
      firstToken[++z] = tokens.size();
    }
  }

  /** Segments {@code article}. */
  public static SegmentedArticle of(Article article) {
    return new SegmentedArticle(Objects.requireNonNull(article, "article"));
  }

  public Article article() {
    return article;
  }

  /** Every token of the article, offsets into the paragraphs joined by line breaks. */
  public List<Token> tokens() {
    return tokens;
  }

  /** The tokens of paragraph {@code z}; their offsets minus {@link #start(int)} index its text. */
  public List<Token> tokens(int z) {
    return tokens.subList(firstToken[z], firstToken[z + 1]);
  }

  /**
   * Paragraph {@code z}'s text in the segmenter's simplified, half-width form ({@link
   * ChineseSegmenter#simplified}), of the same length: converted once, with the whole article.
   */
  public String simplified(int z) {
    return simplified == null ? article.paragraphs().get(z).text() : simplified.substring(starts[z], ends[z] - 1);
  }

  /** Where paragraph {@code z} starts in the joined text. */
  public int start(int z) {
    return starts[z];
  }

  /** Where paragraph {@code z}'s line ends in the joined text (after its line break). */
  public int end(int z) {
    return ends[z];
  }
}
