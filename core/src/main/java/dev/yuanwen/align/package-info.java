/**
 * Alignment of digest points to the article paragraphs they summarize.
 *
 * <p>{@link dev.yuanwen.align.Aligner} is the entry point; {@link dev.yuanwen.align.Alignment} is
 * what it returns: for each point a {@link dev.yuanwen.align.PointAlignment} with its ranked
 * paragraphs, its {@link dev.yuanwen.align.Link links} (with sentences and {@link
 * dev.yuanwen.align.Evidence evidence}) and its {@link dev.yuanwen.align.Flag flags}; and the
 * paragraphs no point covers.
 */
package dev.yuanwen.align;
