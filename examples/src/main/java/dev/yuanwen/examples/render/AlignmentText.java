package dev.yuanwen.examples.render;

import dev.yuanwen.align.Alignment;
import dev.yuanwen.align.Verdict;
import dev.yuanwen.align.Evidence;
import dev.yuanwen.align.Flag;
import dev.yuanwen.align.Link;
import dev.yuanwen.align.ParagraphScore;
import dev.yuanwen.align.PointAlignment;
import dev.yuanwen.document.Article;
import dev.yuanwen.document.Digest;
import dev.yuanwen.document.Paragraph;
import dev.yuanwen.document.Point;
import dev.yuanwen.document.Sentence;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code align} command's text view, for an 80-column terminal. Points and paragraphs are
 * numbered from 0, as in {@code analyze}, the JSON and the gold files; the header line says so.
 *
 * <pre>
 *   4 item         1. [Timing is Coincidental] Anthropic has just raised ...
 *     -&gt; para 5    score 0.62  confidence 0.81
 *                  Anthropic刚刚完成大额融资，并即将上市。
 *                  evidence  融资=funding  上市=go public
 *     ! NUMBER_NOT_IN_SOURCE  1 trillion
 * </pre>
 *
 * Only ASCII is used for the layout itself (no arrows or pilcrows, whose width depends on the
 * terminal).
 */
public final class AlignmentText {
  private static final int WIDTH = 80;
  /** Column where point text, sentences and evidence start. */
  private static final int BODY = 17;
  /** Evidence pairs shown per link. */
  private static final int EVIDENCE = 5;
  /** Column where the header fields' values start. */
  private static final int FIELD = 13;

  private AlignmentText() {}

  public static String render(Alignment alignment) {
    if (alignment.isParallel()) {
      return beads(alignment);
    }
    return render(alignment.article(), alignment.digest(), alignment.points(), alignment.uncoveredParagraphs(),
        alignment.verdict(), alignment.support());
  }

  /** The view of an alignment given by its parts (for tests with hand-made point alignments). */
  static String render(Article article, Digest digest, List<PointAlignment> points, List<Integer> uncovered) {
    return render(article, digest, points, uncovered, null, 0);
  }

  /** As {@link #render(Article, Digest, List, List)}, the verdict first (none when null). */
  static String render(
      Article article, Digest digest, List<PointAlignment> points, List<Integer> uncovered, Verdict verdict,
      double support) {
    StringBuilder out = new StringBuilder();
    header(article, digest, points, uncovered, verdict, support, out);
    for (PointAlignment pa : points) {
      out.append('\n');
      point(article, pa, out);
    }
    out.append('\n');
    uncovered(article, uncovered, out);
    return out.toString();
  }

  /**
   * A translation's view: the header, then one block per bead in order, each side's units with their
   * indices, and the dictionary evidence that ties them.
   *
   * <pre>
   * BEAD 2  1-2  score 0.62
   *   zh 2    老周是码头上年纪最大的搬运工。
   *   zh 3    他今年六十八岁。
   *   en 2    Old Zhou, at sixty-eight, was the oldest porter on the wharf.
   *           evidence  搬运工=porter  码头=wharf
   * </pre>
   */
  private static String beads(Alignment a) {
    StringBuilder out = new StringBuilder();
    String first = "ALIGNMENT " + a.digest().source() + " -> " + a.article().source() + ", numbered from 0";
    for (String line : Columns.wrap(Columns.words(first), " ", "  ", WIDTH)) {
      out.append(line.startsWith("  ALIGNMENT ") ? line.substring(2) : line).append('\n');
    }
    field(out, "verdict", verdictLine(a.verdict(), a.support()));
    field(out, "size", String.format(Locale.ROOT, "%d English units, %d Chinese units", a.points().size(),
        a.article().paragraphs().size()));
    Map<String, Integer> types = new java.util.TreeMap<>((x, y) -> {
      int c = Integer.compare(weight(x), weight(y));
      return c != 0 ? c : x.compareTo(y);
    });
    a.beads().forEach(b -> types.merge(b.type(), 1, Integer::sum));
    field(out, "beads", a.beads().size() + (types.isEmpty() ? "" : ": " + types.entrySet().stream()
        .map(e -> e.getValue() + " x " + e.getKey()).collect(Collectors.joining(", "))));
    long untranslated = a.beads().stream().filter(b -> b.points().isEmpty()).count();
    long added = a.beads().stream().filter(b -> b.paragraphs().isEmpty()).count();
    field(out, "unpaired", untranslated + added == 0 ? "none"
        : String.format(Locale.ROOT, "%d Chinese left untranslated (1-0), %d English added (0-1)", untranslated, added));
    String indent = " ".repeat(BODY - 8);
    for (int k = 0; k < a.beads().size(); k++) {
      dev.yuanwen.align.Bead b = a.beads().get(k);
      out.append('\n').append(String.format(Locale.ROOT, "BEAD %d  %s  score %.2f%n", k, b.type(), b.score()));
      for (int z : b.paragraphs()) {
        String head = pad(String.format(Locale.ROOT, "  zh %d", z), BODY - 8);
        hanging(out, head, Columns.wrap(Columns.chinese(a.article().paragraphs().get(z).text()), "", indent, WIDTH)
            .stream().map(String::stripTrailing).toList());
      }
      for (int e : b.points()) {
        String head = pad(String.format(Locale.ROOT, "  en %d", e), BODY - 8);
        hanging(out, head, Columns.wrap(Columns.words(a.digest().points().get(e).raw()), " ", indent, WIDTH));
      }
      List<String> pairs = new ArrayList<>();
      for (Link l : a.links()) {
        if (b.points().contains(l.point()) && b.paragraphs().contains(l.paragraph())) {
          for (Evidence ev : l.evidence()) {
            String pair = ev.chinese() + "=" + ev.english();
            if (!pairs.contains(pair)) {
              pairs.add(pair);
            }
          }
        }
      }
      if (!pairs.isEmpty()) {
        String label = "evidence  ";
        hanging(out, indent + label, Columns.wrap(pairs.subList(0, Math.min(EVIDENCE, pairs.size())), "  ",
            " ".repeat(indent.length() + label.length()), WIDTH));
      }
    }
    return out.toString();
  }

  /** 1-1 first, then the other two-sided types, then the null ones. */
  private static int weight(String type) {
    return type.equals("1-1") ? 0 : type.startsWith("0-") || type.endsWith("-0") ? 2 : 1;
  }

  private static void header(
      Article article, Digest digest, List<PointAlignment> points, List<Integer> uncovered, Verdict verdict,
      double support, StringBuilder out) {
    String first = "ALIGNMENT " + digest.source() + " -> " + article.source() + ", numbered from 0";
    for (String line : Columns.wrap(Columns.words(first), " ", "  ", WIDTH)) {
      out.append(line.startsWith("  ALIGNMENT ") ? line.substring(2) : line).append('\n');
    }
    if (verdict != null) {
      field(out, "verdict", verdictLine(verdict, support));
    }
    int links = points.stream().mapToInt(p -> p.links().size()).sum();
    long sourced = points.stream().filter(PointAlignment::hasSource).count();
    field(out, "size", String.format(Locale.ROOT, "%d points, %d paragraphs", points.size(), article.paragraphs().size()));
    field(out, "links", String.format(Locale.ROOT, "%d (%d of %d points have a source)", links, sourced, points.size()));
    Map<Flag, Integer> flags = new EnumMap<>(Flag.class);
    for (PointAlignment p : points) {
      p.flags().forEach(f -> flags.merge(f, 1, Integer::sum));
    }
    field(out, "flags", flags.isEmpty() ? "none"
        : flags.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")));
    field(out, "uncovered", uncovered.isEmpty() ? "none"
        : "paragraph" + (uncovered.size() == 1 ? " " : "s ")
            + uncovered.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    field(out, "title", digest.titleEn());
    field(out, "原文", article.title().isEmpty() ? digest.titleZh() : article.title());
  }

  private static void point(Article article, PointAlignment pa, StringBuilder out) {
    Point p = pa.point();
    String indent = " ".repeat(BODY);
    String head = String.format(Locale.ROOT, "%3d %-10s ", p.index(), p.kind().name().toLowerCase(Locale.ROOT));
    hanging(out, head, Columns.wrap(Columns.words(AnalysisText.body(p)), " ", indent, WIDTH));

    for (Link link : pa.links()) {
      String linkHead = String.format(Locale.ROOT, "    -> para %-3d ", link.paragraph());
      out.append(pad(linkHead, BODY))
          .append(String.format(Locale.ROOT, "score %.2f  confidence %.2f", link.score(), link.confidence()));
      List<Integer> others = link.sentences().size() > 1 ? link.sentences().subList(1, link.sentences().size()) : List.of();
      if (!others.isEmpty()) {
        out.append("  also sentence").append(others.size() > 1 ? "s " : " ")
            .append(others.stream().map(String::valueOf).collect(Collectors.joining(", ")));
      }
      out.append('\n');
      Sentence best = sentence(article, link);
      if (best != null) {
        for (String line : Columns.wrap(Columns.chinese(best.text()), "", indent, WIDTH)) {
          out.append(line.stripTrailing()).append('\n');
        }
      }
      List<String> pairs = new ArrayList<>();
      for (Evidence e : link.evidence().subList(0, Math.min(EVIDENCE, link.evidence().size()))) {
        pairs.add(e.chinese() + "=" + e.english());
      }
      if (!pairs.isEmpty()) {
        String label = "evidence  ";
        hanging(out, indent + label, Columns.wrap(pairs, "  ", " ".repeat(BODY + label.length()), WIDTH));
      }
    }
    for (Flag f : pa.flags()) {
      String detail = switch (f) {
        case NO_SOURCE -> pa.ranking().isEmpty() ? "no paragraph scored"
            : "best candidate " + candidates(pa.ranking());
        case NUMBER_NOT_IN_SOURCE -> String.join(", ", pa.unmatchedFigures());
        case NAME_NOT_IN_SOURCE -> String.join(", ", pa.unmatchedNames());
      };
      String flagHead = "    ! " + f + "  ";
      List<String> words = Columns.words(detail);
      List<String> lines = Columns.wrap(words, " ", " ".repeat(Columns.width(flagHead)), WIDTH);
      if (lines.isEmpty()) {
        out.append(flagHead.stripTrailing()).append('\n');
      } else {
        hanging(out, flagHead, lines);
      }
    }
  }

  private static String candidates(List<ParagraphScore> ranking) {
    ParagraphScore best = ranking.get(0);
    return String.format(Locale.ROOT, "para %d (score %.2f)", best.paragraph(), best.score());
  }

  /** The link's best sentence, or null if the aligner gave an index the paragraph lacks. */
  private static Sentence sentence(Article article, Link link) {
    if (link.paragraph() >= article.paragraphs().size() || link.sentences().isEmpty()) {
      return null;
    }
    Paragraph para = article.paragraphs().get(link.paragraph());
    int s = link.sentences().get(0);
    return s >= 0 && s < para.sentences().size() ? para.sentences().get(s) : null;
  }

  private static void uncovered(Article article, List<Integer> uncovered, StringBuilder out) {
    out.append(String.format(Locale.ROOT, "UNCOVERED %d paragraph%s that no point links to%n",
        uncovered.size(), uncovered.size() == 1 ? "" : "s"));
    for (int z : uncovered) {
      String head = String.format(Locale.ROOT, "%5d  ", z);
      String text = article.paragraphs().get(z).text();
      out.append(head).append(Columns.truncate(text, WIDTH - head.length())).append('\n');
    }
  }

  /** First line with {@code head} in place of the indent, the rest as wrapped. */
  private static void hanging(StringBuilder out, String head, List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i == 0) {
        int indent = line.length() - line.stripLeading().length();
        if (Columns.width(head) <= indent) {
          line = pad(head, indent) + line.substring(indent);
        } else {
          out.append(head.stripTrailing()).append('\n');
        }
      }
      out.append(line).append('\n');
    }
  }

  private static String pad(String s, int width) {
    int w = Columns.width(s);
    return w >= width ? s : s + " ".repeat(width - w);
  }

  /** "matched, support 0.92 (share of body points resting on evidence)". */
  public static String verdictLine(Verdict verdict, double support) {
    return String.format(Locale.ROOT, "%s, support %.2f (share of body points resting on evidence)", verdict.label(),
        support);
  }

  private static void field(StringBuilder out, String name, String value) {
    if (value == null || value.isEmpty()) {
      return;
    }
    boolean chinese = value.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    List<String> pieces = chinese ? Columns.chinese(value) : Columns.words(value);
    List<String> lines = Columns.wrap(pieces, chinese ? "" : " ", " ".repeat(FIELD), WIDTH);
    hanging(out, pad("  " + name, FIELD), lines.stream().map(String::stripTrailing).toList());
  }
}
