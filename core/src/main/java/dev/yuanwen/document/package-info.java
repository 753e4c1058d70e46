/**
 * The two documents yuanwen aligns: a Chinese {@link dev.yuanwen.document.Article} split into
 * paragraphs and sentences, and an English {@link dev.yuanwen.document.Digest} split into points.
 *
 * <p>Both are immutable and read from a file, bytes (strict UTF-8) or a string; bad input throws
 * {@link dev.yuanwen.InputException} whose message names the source and the problem. Parsing rules
 * are documented on {@link dev.yuanwen.document.ArticleParser} and {@link
 * dev.yuanwen.document.Digest}.
 *
 * <p>{@link dev.yuanwen.document.GoldFiles} reads the project's gold format (JSON lines of
 * articles, their English side and hand-checked links) into {@link
 * dev.yuanwen.document.GoldDocument}s, and {@link dev.yuanwen.document.CorpusFolder} names the files
 * of a corpus document folder.
 */
package dev.yuanwen.document;
