package dev.yuanwen.document;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/** The article and digest objects that the JSON views (alignment, analysis) share. */
public final class DocumentJson {
  private DocumentJson() {}

  /** Puts {@code "article"}: source, title, variant and paragraphs with their sentences; returns the paragraphs. */
  public static ArrayNode putArticle(ObjectNode parent, Article article) {
    ObjectNode a = parent.putObject("article");
    a.put("source", article.source());
    a.put("title", article.title());
    a.put("variant", lower(article.variant()));
    ArrayNode paragraphs = a.putArray("paragraphs");
    for (Paragraph p : article.paragraphs()) {
      ObjectNode o = paragraphs.addObject();
      o.put("index", p.index());
      o.put("text", p.text());
      ArrayNode sentences = o.putArray("sentences");
      for (Sentence s : p.sentences()) {
        sentences.addObject().put("index", s.index()).put("start", s.start()).put("end", s.end()).put("text", s.text());
      }
    }
    return paragraphs;
  }

  /** Puts {@code "digest"}: source, outlet, titles and points with kind, marker, label, text, raw, parent. */
  public static void putDigest(ObjectNode parent, Digest digest) {
    ObjectNode d = parent.putObject("digest");
    d.put("source", digest.source());
    d.put("outlet", digest.outlet());
    d.put("title_en", digest.titleEn());
    d.put("title_zh", digest.titleZh());
    ArrayNode points = d.putArray("points");
    for (Point p : digest.points()) {
      ObjectNode o = points.addObject();
      o.put("index", p.index());
      o.put("kind", lower(p.kind()));
      o.put("marker", p.marker());
      o.put("label", p.label());
      o.put("text", p.text());
      o.put("raw", p.raw());
      o.put("parent", p.parentIndex());
    }
  }

  /** An enum value as the JSON views write it: lower case. */
  public static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
