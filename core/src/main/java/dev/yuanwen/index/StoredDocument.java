package dev.yuanwen.index;

import dev.yuanwen.document.Article;
import dev.yuanwen.document.Digest;
import java.util.List;

/**
 * A document as the index holds it: metadata, both sides' texts and the links the aligner found
 * when it was indexed.
 *
 * @param id the document's id
 * @param outlet the outlet, or {@code ""}
 * @param outletEn the outlet's English name, or {@code ""}
 * @param titleZh the Chinese title, or {@code ""}
 * @param titleEn the English title, or {@code ""}
 * @param date the date as written, or {@code ""}
 * @param tags topic tags
 * @param paragraphs the article's paragraphs, in order
 * @param points the digest's points as written (markers kept), in order
 * @param links for each point, the paragraphs the aligner linked it to
 */
public record StoredDocument(
    String id, String outlet, String outletEn, String titleZh, String titleEn, String date, List<String> tags,
    List<String> paragraphs, List<String> points, List<List<Integer>> links) {

  public StoredDocument {
    tags = List.copyOf(tags);
    paragraphs = List.copyOf(paragraphs);
    points = List.copyOf(points);
    links = links.stream().map(List::copyOf).toList();
  }

  /** The article rebuilt from the stored paragraphs. */
  public Article article() {
    return Article.of(id, paragraphs);
  }

  /** The digest rebuilt from the stored points, with the outlet and titles. */
  public Digest digest() {
    return Digest.of(id, outlet, titleEn, titleZh, points);
  }

  /** The title to show: the English one, else the Chinese one, else the id. */
  public String title() {
    return !titleEn.isEmpty() ? titleEn : !titleZh.isEmpty() ? titleZh : id;
  }
}
