package dev.yuanwen.align;

import dev.yuanwen.document.Paragraph;
import dev.yuanwen.document.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An alignment as the files translation tools read: TMX 1.4b (a translation memory) and CSV.
 *
 * <pre>{@code
 * Files.writeString(Path.of("book.tmx"), AlignmentExport.tmx(alignment));
 * }</pre>
 *
 * <p>TMX: a translation's alignment ({@link Alignment#isParallel()}) gives one translation unit per
 * bead, in order; a bead with one side empty (a unit left untranslated, {@code 1-0}, or added,
 * {@code 0-1}) gives a unit with that side's variant only, as TMX allows, so that the units are the
 * beads one for one and tools that import pairs only skip it;
 * a digest's gives one per link, the Chinese side being the sentences of the paragraph that carry the
 * point. Each unit's properties ({@code <prop type="x-...">}) name its point and paragraph indices
 * (from 0), the bead's type or the link's confidence. CSV: one row per link, with a header.
 */
public final class AlignmentExport {
  private AlignmentExport() {}

  /** The alignment as a TMX 1.4b document, UTF-8, Chinese ({@code zh}) as the source language. */
  public static String tmx(Alignment a) {
    StringBuilder s = new StringBuilder();
    s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.append("<tmx version=\"1.4\">\n");
    s.append("  <header creationtool=\"yuanwen\" creationtoolversion=\"0.1.0\" datatype=\"plaintext\" segtype=\"")
        .append(a.isParallel() ? "sentence" : "paragraph")
        .append("\" adminlang=\"en\" srclang=\"zh\" o-tmf=\"yuanwen\">\n");
    s.append("    <prop type=\"x-zh-source\">").append(xml(a.article().source())).append("</prop>\n");
    s.append("    <prop type=\"x-en-source\">").append(xml(a.digest().source())).append("</prop>\n");
    s.append("  </header>\n  <body>\n");
    int id = 0;
    if (a.isParallel()) {
      for (Bead b : a.beads()) {
        String zh = b.paragraphs().stream().map(z -> a.article().paragraphs().get(z).text()).collect(Collectors.joining(""));
        String en = b.points().stream().map(e -> a.digest().points().get(e).raw()).collect(Collectors.joining(" "));
        tu(s, ++id, List.of(
            new String[] {"x-bead", b.type()},
            new String[] {"x-paragraphs", join(b.paragraphs())},
            new String[] {"x-points", join(b.points())},
            new String[] {"x-score", String.format(Locale.ROOT, "%.4f", b.score())}), zh, en);
      }
    } else {
      for (PointAlignment p : a.points()) {
        for (Link l : p.links()) {
          tu(s, ++id, List.of(
              new String[] {"x-point", Integer.toString(l.point())},
              new String[] {"x-paragraph", Integer.toString(l.paragraph())},
              new String[] {"x-sentences", join(new ArrayList<>(new TreeSet<>(l.sentences())))},
              new String[] {"x-confidence", String.format(Locale.ROOT, "%.4f", l.confidence())}),
              carrying(a, l), p.point().raw());
        }
      }
    }
    s.append("  </body>\n</tmx>\n");
    return s.toString();
  }

  /**
   * One row per link: {@code point,paragraph,bead,score,confidence,en,zh}, with a header row; {@code
   * bead} is the bead's index for a translation and empty for a digest; {@code zh} is the carrying
   * sentences for a digest, the whole unit for a translation. Quoted as RFC 4180 says.
   */
  public static String csv(Alignment a) {
    StringBuilder s = new StringBuilder("point,paragraph,bead,score,confidence,en,zh\r\n");
    int[] beadOf = new int[a.points().size()];
    for (int k = 0; k < a.beads().size(); k++) {
      for (int e : a.beads().get(k).points()) {
        beadOf[e] = k;
      }
    }
    for (PointAlignment p : a.points()) {
      for (Link l : p.links()) {
        String zh = a.isParallel() ? a.article().paragraphs().get(l.paragraph()).text() : carrying(a, l);
        s.append(l.point()).append(',').append(l.paragraph()).append(',')
            .append(a.isParallel() ? Integer.toString(beadOf[l.point()]) : "").append(',')
            .append(String.format(Locale.ROOT, "%.4f,%.4f,", l.score(), l.confidence()))
            .append(csvField(p.point().raw())).append(',').append(csvField(zh)).append("\r\n");
      }
    }
    return s.toString();
  }

  /** The link's carrying sentences, in paragraph order. */
  private static String carrying(Alignment a, Link l) {
    Paragraph paragraph = a.article().paragraphs().get(l.paragraph());
    StringBuilder zh = new StringBuilder();
    for (int k : new TreeSet<>(l.sentences())) {
      if (k >= 0 && k < paragraph.sentences().size()) {
        Sentence sentence = paragraph.sentences().get(k);
        zh.append(sentence.text());
      }
    }
    return zh.length() == 0 ? paragraph.text() : zh.toString();
  }

  private static void tu(StringBuilder s, int id, List<String[]> props, String zh, String en) {
    // A side left empty has no variant: an empty <seg/> would claim an empty translation.
    s.append("    <tu tuid=\"").append(id).append("\">\n");
    for (String[] p : props) {
      s.append("      <prop type=\"").append(p[0]).append("\">").append(xml(p[1])).append("</prop>\n");
    }
    if (!zh.isEmpty()) {
      s.append("      <tuv xml:lang=\"zh\"><seg>").append(xml(zh)).append("</seg></tuv>\n");
    }
    if (!en.isEmpty()) {
      s.append("      <tuv xml:lang=\"en\"><seg>").append(xml(en)).append("</seg></tuv>\n");
    }
    s.append("    </tu>\n");
  }

  private static String join(List<Integer> xs) {
    return xs.stream().map(String::valueOf).collect(Collectors.joining(" "));
  }

  /** Text escaped for XML; characters XML 1.0 does not allow are dropped. */
  static String xml(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> {
          boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
          if (allowed) {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.toString();
  }

  private static String csvField(String v) {
    String t = v.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    return t.contains(",") || t.contains("\"") ? "\"" + t.replace("\"", "\"\"") + "\"" : t;
  }
}
