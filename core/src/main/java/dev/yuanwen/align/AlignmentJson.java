package dev.yuanwen.align;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yuanwen.document.Article;
import dev.yuanwen.document.Digest;
import dev.yuanwen.document.DocumentJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * An alignment as JSON, described by {@code docs/alignment.schema.json}: the {@code align} command's
 * {@code --format json} and the Spark job's records. Indices are 0-based, as in the gold files;
 * scores are rounded to four decimals; enum values (kinds, flags, variant) are lower case.
 *
 * <pre>{@code
 * String json = AlignmentJson.render(Aligner.shared().align(article, digest));
 * }</pre>
 */
public final class AlignmentJson {
  /** The value of the top-level {@code "schema"} field; the number changes only on breaking changes. */
  public static final String SCHEMA = "yuanwen-alignment/1";
  /** How many of each point's best-scoring paragraphs {@code ranking} lists. */
  static final int RANKING = 5;

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private AlignmentJson() {}

  public static String render(Alignment alignment) {
    StringWriter out = new StringWriter();
    try {
      write(alignment, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialize alignment", e); // a StringWriter never fails
    }
    return out.toString();
  }

  /**
   * Writes the view to {@code out} as a stream, point by point, as {@link #render(Alignment)} would
   * give it: a long document's JSON is never held whole in memory. Does not close {@code out}.
   */
  public static void write(Alignment alignment, Writer out) throws IOException {
    write(alignment.article(), alignment.digest(), alignment.points(), alignment.uncoveredParagraphs(),
        alignment.verdict(), alignment.support(), alignment.beads(), out);
  }

  /** The view of an alignment given by its parts, without a verdict (for hand-made point alignments). */
  public static String render(Article article, Digest digest, List<PointAlignment> points, List<Integer> uncovered) {
    StringWriter out = new StringWriter();
    try {
      write(article, digest, points, uncovered, null, 0, List.of(), out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialize alignment", e); // a StringWriter never fails
    }
    return out.toString();
  }

  /** The verdict and support follow the schema (none when the verdict is null); a translation's beads come last. */
  private static void write(Article article, Digest digest, List<PointAlignment> points, List<Integer> uncovered,
      Verdict verdict, double support, List<Bead> beads, Writer out) throws IOException {
    try (JsonGenerator g = JSON.writer().createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("schema", SCHEMA);
      if (verdict != null) {
        g.writeStringField("verdict", verdict.key());
        g.writeNumberField("support", round(support));
      }
      // The article and digest are as big as the input; each is written as soon as it is built.
      ObjectNode documents = JSON.createObjectNode();
      DocumentJson.putArticle(documents, article);
      g.writeFieldName("article");
      g.writeTree(documents.remove("article"));
      DocumentJson.putDigest(documents, digest);
      g.writeFieldName("digest");
      g.writeTree(documents.remove("digest"));

      g.writeArrayFieldStart("alignments");
      for (PointAlignment pa : points) {
        g.writeStartObject();
        g.writeNumberField("point", pa.index());
        g.writeArrayFieldStart("ranking");
        for (ParagraphScore s : pa.ranking().subList(0, Math.min(RANKING, pa.ranking().size()))) {
          g.writeStartObject();
          g.writeNumberField("paragraph", s.paragraph());
          g.writeNumberField("score", round(s.score()));
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("links");
        for (Link l : pa.links()) {
          g.writeStartObject();
          g.writeNumberField("paragraph", l.paragraph());
          g.writeNumberField("score", round(l.score()));
          g.writeNumberField("confidence", round(l.confidence()));
          g.writeArrayFieldStart("sentences");
          for (int k : l.sentences()) {
            g.writeNumber(k);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("evidence");
          for (Evidence e : l.evidence()) {
            g.writeStartObject();
            g.writeStringField("zh", e.chinese());
            g.writeStringField("en", e.english());
            g.writeStringField("kind", DocumentJson.lower(e.kind()));
            g.writeNumberField("weight", round(e.weight()));
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("flags");
        for (Flag f : pa.flags()) {
          g.writeString(DocumentJson.lower(f));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("unmatched_figures");
        for (String f : pa.unmatchedFigures()) {
          g.writeString(f);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("unmatched_names");
        for (String name : pa.unmatchedNames()) {
          g.writeString(name);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();

      g.writeArrayFieldStart("uncovered");
      for (int z : uncovered) {
        g.writeNumber(z);
      }
      g.writeEndArray();
      if (!beads.isEmpty()) {
        g.writeArrayFieldStart("beads");
        for (Bead b : beads) {
          g.writeStartObject();
          g.writeArrayFieldStart("paragraphs");
          for (int z : b.paragraphs()) {
            g.writeNumber(z);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("points");
          for (int e : b.points()) {
            g.writeNumber(e);
          }
          g.writeEndArray();
          g.writeStringField("type", b.type());
          g.writeNumberField("score", round(b.score()));
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      g.flush();
    }
    out.write("\n");
  }

  /** Four decimals: enough to rank, and stable output. NaN and infinities (never expected) become 0. */
  private static BigDecimal round(double x) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return BigDecimal.ZERO;
    }
    return BigDecimal.valueOf(x).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
  }
}
