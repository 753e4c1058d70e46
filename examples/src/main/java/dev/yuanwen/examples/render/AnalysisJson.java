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
import dev.yuanwen.document.DocumentJson;
import dev.yuanwen.document.Paragraph;

/** The {@code analyze} command's JSON view: {@code {"digest":{...},"article":{...}}}. */
public final class AnalysisJson {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private AnalysisJson() {}

  /** Either argument may be null; the missing side is absent from the object. */
  public static String render(Digest digest, Article article) {
    ObjectNode root = JSON.createObjectNode();
    if (digest != null) {
      DocumentJson.putDigest(root, digest);
    }
    if (article != null) {
      ArrayNode paragraphs = DocumentJson.putArticle(root, article);
      ChineseSegmenter seg = ChineseSegmenter.shared();
      for (Paragraph p : article.paragraphs()) {
        ArrayNode tokens = ((ObjectNode) paragraphs.get(p.index())).putArray("tokens");
        for (Token t : seg.segment(p.text())) {
          ObjectNode tok = tokens.addObject();
          tok.put("surface", t.surface());
          if (!t.term().equals(t.surface())) {
            tok.put("term", t.term());
          }
          tok.put("start", t.start()).put("end", t.end());
          tok.put("type", DocumentJson.lower(t.type()));
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
