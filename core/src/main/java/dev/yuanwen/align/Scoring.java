package dev.yuanwen.align;

import dev.yuanwen.document.Article;
import dev.yuanwen.document.Digest;
import java.util.List;

/** STUB: replaced by the real scoring. */
final class Scoring {
  final Article article;
  final Digest digest;

  Scoring(Article article, Digest digest, List<Aligner.WeightedSignal> signals) {
    this.article = article;
    this.digest = digest;
  }
}
