/**
 * The searchable corpus: {@link dev.yuanwen.index.CorpusIndex} holds Chinese articles and English
 * digests in a Lucene index, one entry per paragraph and per point, with the aligner's links
 * computed at index time; {@link dev.yuanwen.index.CorpusIndex#search} takes a {@link
 * dev.yuanwen.index.SearchRequest} in either language and returns {@link dev.yuanwen.index.Hit}s
 * with highlights and their aligned counterparts. Query translation, highlighting and the index
 * layout are package-private.
 */
package dev.yuanwen.index;
