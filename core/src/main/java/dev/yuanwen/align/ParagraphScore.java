package dev.yuanwen.align;

/**
 * How well one paragraph matches one point; see {@link PointAlignment#ranking()}.
 *
 * @param paragraph the paragraph's index in the article
 * @param score in [0, 1], higher is better
 */
public record ParagraphScore(int paragraph, double score) {}
