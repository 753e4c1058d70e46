package dev.yuanwen.align;

import java.util.List;
import java.util.Objects;

/**
 * A chosen link: paragraph {@code paragraph} of the article states (part of) what point {@code
 * point} of the digest says.
 *
 * @param point the digest point's index
 * @param paragraph the article paragraph's index
 * @param score the aligner's score for the pair, in [0, 1]; comparable within a point, and across
 *     documents only roughly
 * @param confidence the estimated probability that the link is right, in [0, 1]
 * @param sentences indices (within the paragraph) of the sentences that carry the point, best
 *     first; never empty
 * @param evidence the pairs that tie point and paragraph, strongest first
 */
public record Link(
    int point, int paragraph, double score, double confidence, List<Integer> sentences, List<Evidence> evidence) {

  public Link {
    sentences = List.copyOf(sentences);
    evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
    if (point < 0 || paragraph < 0) {
      throw new IllegalArgumentException("negative index: point " + point + ", paragraph " + paragraph);
    }
  }
}
