/**
 * Measuring the aligner and the search.
 *
 * <p>It only scores: gold documents are read by {@link dev.yuanwen.document.GoldFiles};
 * {@link dev.yuanwen.eval.Evaluation} aligns them and returns a {@link dev.yuanwen.eval.Report} of
 * {@link dev.yuanwen.eval.Metrics}, overall and per kind. {@link dev.yuanwen.eval.JudgedQueries}
 * reads judged search queries; {@link dev.yuanwen.eval.SearchEvaluation} runs them (or a gold file's
 * points) against a {@link dev.yuanwen.index.CorpusIndex} and returns a {@link
 * dev.yuanwen.eval.SearchReport} of MRR and recall@10.
 */
package dev.yuanwen.eval;
