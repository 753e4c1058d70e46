package dev.yuanwen.align;

import dev.yuanwen.document.Article;
import dev.yuanwen.document.Digest;

/**
 * An extra source of point-to-paragraph similarity, mixed into the aligner's own lexical score:
 * the hook for, say, sentence embeddings. Implementations must be thread-safe.
 *
 * <pre>{@code
 * Aligner aligner = Aligner.builder().signal(myEmbeddings, 0.5).build();
 * }</pre>
 */
@FunctionalInterface
public interface SimilaritySignal {
  /**
   * Similarities in [0, 1], indexed {@code [point][paragraph]}, for every point of {@code digest}
   * and every paragraph of {@code article}.
   */
  double[][] similarity(Article article, Digest digest);
}
