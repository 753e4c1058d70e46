/**
 * Text analysis: Chinese segmentation on HanLP portable ({@link dev.yuanwen.analysis.ChineseSegmenter},
 * which keeps names, Latin tokens and figures whole and reads traditional text through its
 * simplified form), the Lucene analyzer built on it ({@link dev.yuanwen.analysis.ChineseAnalyzer},
 * {@link dev.yuanwen.analysis.HanLPTokenizer}, SPI name {@code hanlp}), and the shared English
 * analysis ({@link dev.yuanwen.analysis.EnglishTerms}).
 *
 * <p>HanLP is configured once per JVM, in one place; its java.util.logging output goes to SLF4J.
 */
package dev.yuanwen.analysis;
