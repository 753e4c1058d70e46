package dev.yuanwen.examples.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yuanwen.align.Alignment;
import dev.yuanwen.align.Verdict;
import dev.yuanwen.align.Bead;
import dev.yuanwen.align.Evidence;
import dev.yuanwen.align.Flag;
import dev.yuanwen.align.Link;
import dev.yuanwen.align.ParagraphScore;
import dev.yuanwen.align.PointAlignment;
import dev.yuanwen.document.Article;
import dev.yuanwen.document.Digest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The {@code align} command's JSON view, described by {@code docs/alignment.schema.json}. Indices
 * are 0-based, as in the gold files; scores are rounded to four decimals; enum values (kinds,
 * flags, variant) are lower case.
 */
public final class AlignmentJson {
  /** The value of the top-level {@code "schema"} field; the number changes only on breaking changes. */
  public static final String SCHEMA = "yuanwen-alignment/1";
  /** How many of each point's best-scoring paragraphs {@code ranking} lists. */
  static final int RANKING = 5;

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  private AlignmentJson() {}

  public static String render(Alignment alignment) {
    String plain = render(alignment.article(), alignment.digest(), alignment.points(), alignment.uncoveredParagraphs(),
        alignment.verdict(), alignment.support());
    if (!alignment.isParallel()) {
      return plain;
    }
    try {
      ObjectNode root = (ObjectNode) JSON.readTree(plain);
      ArrayNode beads = root.putArray("beads");
      for (Bead b : alignment.beads()) {
        ObjectNode o = beads.addObject();
        ArrayNode zh = o.putArray("paragraphs");
        b.paragraphs().forEach(zh::add);
        ArrayNode en = o.putArray("points");
        b.points().forEach(en::add);
        o.put("type", b.type());
        o.put("score", round(b.score()));
      }
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize alignment", e);
    }
  }

  /** The view of an alignment given by its parts (for tests with hand-made point alignments). */
  static String render(Article article, Digest digest, List<PointAlignment> points, List<Integer> uncovered) {
    return render(article, digest, points, uncovered, null, 0);
  }

  /** As {@link #render(Article, Digest, List, List)}, with the verdict after the schema (none when null). */
  static String render(
      Article article, Digest digest, List<PointAlignment> points, List<Integer> uncovered, Verdict verdict,
      double support) {
    ObjectNode root = JSON.createObjectNode();
    root.put("schema", SCHEMA);
    if (verdict != null) {
      root.put("verdict", verdict.key());
      root.put("support", round(support));
    }

    DocumentJson.putArticle(root, article);
    DocumentJson.putDigest(root, digest);

    ArrayNode alignments = root.putArray("alignments");
    for (PointAlignment pa : points) {
      ObjectNode o = alignments.addObject();
      o.put("point", pa.index());
      ArrayNode ranking = o.putArray("ranking");
      for (ParagraphScore s : pa.ranking().subList(0, Math.min(RANKING, pa.ranking().size()))) {
        ranking.addObject().put("paragraph", s.paragraph()).put("score", round(s.score()));
      }
      ArrayNode links = o.putArray("links");
      for (Link l : pa.links()) {
        ObjectNode lo = links.addObject();
        lo.put("paragraph", l.paragraph());
        lo.put("score", round(l.score()));
        lo.put("confidence", round(l.confidence()));
        ArrayNode sentences = lo.putArray("sentences");
        l.sentences().forEach(sentences::add);
        ArrayNode evidence = lo.putArray("evidence");
        for (Evidence e : l.evidence()) {
          evidence.addObject()
              .put("zh", e.chinese())
              .put("en", e.english())
              .put("kind", DocumentJson.lower(e.kind()))
              .put("weight", round(e.weight()));
        }
      }
      ArrayNode flags = o.putArray("flags");
      for (Flag f : pa.flags()) {
        flags.add(DocumentJson.lower(f));
      }
      ArrayNode figures = o.putArray("unmatched_figures");
      pa.unmatchedFigures().forEach(figures::add);
      ArrayNode names = o.putArray("unmatched_names");
      pa.unmatchedNames().forEach(names::add);
    }

    ArrayNode left = root.putArray("uncovered");
    uncovered.forEach(left::add);

    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize alignment", e); // a tree of plain nodes always serializes
    }
  }


  /** Four decimals: enough to rank, and stable output. NaN and infinities (never expected) become 0. */
  private static BigDecimal round(double x) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return BigDecimal.ZERO;
    }
    return BigDecimal.valueOf(x).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
  }
}
