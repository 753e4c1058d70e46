package dev.yuanwen.examples.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yuanwen.analysis.ChineseSegmenter;
import dev.yuanwen.analysis.Token;
import dev.yuanwen.document.Article;
import dev.yuanwen.document.Digest;
import dev.yuanwen.document.Paragraph;
import dev.yuanwen.document.Point;
import dev.yuanwen.document.Sentence;
import java.util.Locale;

/** The {@code analyze} command's JSON view: {@code {"digest":{...},"article":{...}}}. */
public final class AnalysisJson {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private AnalysisJson() {}

  /** Either argument may be null; the missing side is absent from the object. */
  public static String render(Digest digest, Article article) {
    ObjectNode root = JSON.createObjectNode();
    if (digest != null) {
      ObjectNode d = root.putObject("digest");
      d.put("source", digest.source());
      d.put("outlet", digest.outlet());
      d.put("title_en", digest.titleEn());
      d.put("title_zh", digest.titleZh());
      ArrayNode points = d.putArray("points");
      for (Point p : digest.points()) {
        ObjectNode o = points.addObject();
        o.put("index", p.index());
        o.put("kind", p.kind().name().toLowerCase(Locale.ROOT));
        o.put("marker", p.marker());
        o.put("label", p.label());
        o.put("text", p.text());
        o.put("raw", p.raw());
        o.put("parent", p.parentIndex());
      }
    }
    if (article != null) {
      ObjectNode a = root.putObject("article");
      a.put("source", article.source());
      a.put("title", article.title());
      a.put("variant", article.variant().name().toLowerCase(Locale.ROOT));
      ArrayNode paragraphs = a.putArray("paragraphs");
      ChineseSegmenter seg = ChineseSegmenter.shared();
      for (Paragraph p : article.paragraphs()) {
        ObjectNode o = paragraphs.addObject();
        o.put("index", p.index());
        o.put("text", p.text());
        ArrayNode sentences = o.putArray("sentences");
        for (Sentence s : p.sentences()) {
          sentences.addObject().put("start", s.start()).put("end", s.end()).put("text", s.text());
        }
        ArrayNode tokens = o.putArray("tokens");
        for (Token t : seg.segment(p.text())) {
          ObjectNode tok = tokens.addObject();
          tok.put("surface", t.surface());
          if (!t.term().equals(t.surface())) {
            tok.put("term", t.term());
          }
          tok.put("start", t.start()).put("end", t.end());
          tok.put("type", t.type().name().toLowerCase(Locale.ROOT));
          tok.put("pos", t.pos());
        }
      }
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize analysis", e); // a tree of plain nodes always serializes
    }
  }
}
