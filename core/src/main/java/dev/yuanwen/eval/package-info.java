/**
 * Measuring an aligner on gold files.
 *
 * <p>{@link dev.yuanwen.eval.GoldFiles} reads gold documents ({@link dev.yuanwen.eval.GoldDocument});
 * {@link dev.yuanwen.eval.Evaluation} aligns them and returns a {@link dev.yuanwen.eval.Report} of
 * {@link dev.yuanwen.eval.Metrics}, overall and per kind.
 */
package dev.yuanwen.eval;
