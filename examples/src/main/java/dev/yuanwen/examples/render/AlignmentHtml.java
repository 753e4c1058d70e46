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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The {@code align} command's HTML view: one self-contained page (inline CSS and script, no fonts,
 * images or requests; a Content-Security-Policy forbids them) with the digest on the left and the
 * article on the right. Hovering or clicking a point highlights its paragraphs and the sentences
 * that carry it and scrolls them into view; clicking a paragraph highlights its points. Without
 * script the page still reads: every point lists its links as text and anchors, every paragraph the
 * points that draw on it. All text from the inputs is escaped. Numbering is from 0, as in the JSON.
 */
public final class AlignmentHtml {
  /** Evidence pairs shown per link. */
  private static final int EVIDENCE = 5;

  private AlignmentHtml() {}

  public static String render(Alignment alignment) {
    return render(alignment.article(), alignment.digest(), alignment.points(), alignment.uncoveredParagraphs(),
        alignment.verdict(), alignment.support());
  }

  /** The page for an alignment given by its parts (for tests with hand-made point alignments). */
  static String render(Article article, Digest digest, List<PointAlignment> points, List<Integer> uncovered) {
    return render(article, digest, points, uncovered, null, 0);
  }

  /** As {@link #render(Article, Digest, List, List)}, the verdict first in the header (none when null). */
  static String render(
      Article article, Digest digest, List<PointAlignment> points, List<Integer> uncovered, Verdict verdict,
      double support) {
    // paragraph -> points linked to it, in digest order
    Map<Integer, List<Integer>> pointsOf = new TreeMap<>();
    for (PointAlignment pa : points) {
      for (Link l : pa.links()) {
        pointsOf.computeIfAbsent(l.paragraph(), k -> new ArrayList<>()).add(pa.index());
      }
    }
    StringBuilder h = new StringBuilder(64 * 1024);
    String title = digest.titleEn().isEmpty() ? digest.source() : digest.titleEn();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n")
        .append("<meta name=\"generator\" content=\"yuanwen align\">\n")
        .append("<title>").append(esc(title)).append(" \u00b7 yuanwen alignment</title>\n")
        .append("<style>").append(CSS).append("</style>\n</head>\n<body>\n");
    header(h, article, digest, points, uncovered, verdict, support);
    h.append("<main>\n");
    digest(h, digest, points);
    article(h, article, points, pointsOf, uncovered);
    h.append("</main>\n<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void header(
      StringBuilder h, Article article, Digest digest, List<PointAlignment> points, List<Integer> uncovered,
      Verdict verdict, double support) {
    h.append("<header class=\"top\">\n<div class=\"brand\">yuanwen <span lang=\"zh\">原文</span>")
        .append(" <span class=\"sep\">/</span> alignment</div>\n");
    if (verdict != null) {
      h.append("<p class=\"verdict v-").append(verdict.key().replace('_', '-')).append("\" id=\"verdict\"><b>")
          .append(esc(verdict.label())).append("</b> ")
          .append(String.format(Locale.ROOT, "support %.2f", support))
          .append(" <span class=\"why\">share of the body points whose links rest on evidence</span></p>\n");
    }
    if (!digest.titleEn().isEmpty()) {
      h.append("<h1>").append(esc(digest.titleEn())).append("</h1>\n");
    } else {
      h.append("<h1>").append(esc(digest.source())).append("</h1>\n");
    }
    String zhTitle = article.title().isEmpty() ? digest.titleZh() : article.title();
    if (!zhTitle.isEmpty()) {
      h.append("<p class=\"zh-title\" lang=\"zh\">").append(esc(zhTitle)).append("</p>\n");
    }
    h.append("<p class=\"meta\">");
    if (!digest.outlet().isEmpty()) {
      h.append("<span lang=\"zh\">").append(esc(digest.outlet())).append("</span> \u00b7 ");
    }
    h.append("digest <code>").append(esc(digest.source())).append("</code> \u2192 article <code>")
        .append(esc(article.source())).append("</code> \u00b7 ").append(lower(article.variant()))
        .append(" Chinese \u00b7 points and paragraphs numbered from 0</p>\n");

    int links = points.stream().mapToInt(p -> p.links().size()).sum();
    h.append("<ul class=\"stats\">")
        .append(stat(points.size(), "points", ""))
        .append(stat(article.paragraphs().size(), "paragraphs", ""))
        .append(stat(links, "links", ""));
    for (Flag f : Flag.values()) {
      List<Integer> flagged = points.stream().filter(p -> p.flags().contains(f)).map(PointAlignment::index).toList();
      if (!flagged.isEmpty()) {
        h.append("<li class=\"stat flag ").append(flagClass(f)).append("\"><b>").append(flagged.size())
            .append("</b> ").append(flagName(f).toLowerCase(Locale.ROOT)).append(": ")
            .append(anchors("pt-", flagged)).append("</li>");
      }
    }
    if (!uncovered.isEmpty()) {
      h.append("<li class=\"stat flag f-uncovered\"><b>").append(uncovered.size()).append("</b> uncovered paragraph")
          .append(uncovered.size() == 1 ? "" : "s").append(": ").append(anchors("para-", uncovered)).append("</li>");
    }
    h.append("</ul>\n").append(LEGEND);
    h.append("<p class=\"hint\">Hover or click a point to see the paragraphs it draws on, with the")
        .append(" sentences that carry it marked; click a paragraph to see its points. Esc clears.</p>\n")
        .append("</header>\n");
  }

  /**
   * The confidence bands a link is shaded by, and the legend that explains them: the stated
   * confidence is the share of such links that were right when the model was fitted (README,
   * "Confidence by bucket").
   */
  static String band(double confidence) {
    return confidence >= 0.9 ? "c-high" : confidence >= 0.7 ? "c-mid" : "c-low";
  }

  static final String LEGEND = "<p class=\"legend\" id=\"legend\">Links are shaded by confidence, the chance"
      + " that the link is right (fitted on gold links): "
      + "<span class=\"key c-high\"><i></i>0.9 or more</span> "
      + "<span class=\"key c-mid\"><i></i>0.7 to 0.9</span> "
      + "<span class=\"key c-low\"><i></i>under 0.7: worth checking</span></p>\n";

  private static String stat(int n, String what, String cls) {
    return "<li class=\"stat" + cls + "\"><b>" + n + "</b> " + what + "</li>";
  }

  private static void digest(StringBuilder h, Digest digest, List<PointAlignment> points) {
    h.append("<section class=\"col digest\" id=\"digest\" aria-label=\"Digest\">\n")
        .append("<h2>Digest <span>English \u00b7 ").append(digest.points().size()).append(" points</span></h2>\n");
    for (PointAlignment pa : points) {
      point(h, pa);
    }
    h.append("</section>\n");
  }

  private static void point(StringBuilder h, PointAlignment pa) {
    Point p = pa.point();
    String kind = lower(p.kind());
    h.append("<article class=\"point k-").append(kind);
    if (!pa.hasSource()) {
      h.append(" no-source");
    }
    h.append("\" id=\"pt-").append(p.index()).append("\" data-paras=\"")
        .append(pa.links().stream().map(l -> String.valueOf(l.paragraph())).collect(Collectors.joining(" ")))
        .append("\" data-sents=\"")
        .append(pa.links().stream()
            .map(l -> l.paragraph() + ":" + l.sentences().stream().map(String::valueOf).collect(Collectors.joining(",")))
            .collect(Collectors.joining(" ")))
        .append("\" style=\"--level:").append(Math.min(p.level(), 3)).append("\" tabindex=\"0\">\n");

    h.append("<div class=\"ph\"><span class=\"num\">").append(p.index()).append("</span><span class=\"kind\">")
        .append(kind).append("</span>");
    for (Flag f : pa.flags()) {
      h.append("<span class=\"badge ").append(flagClass(f)).append("\" title=\"").append(esc(flagHelp(f))).append("\">")
          .append(esc(flagName(f))).append("</span>");
    }
    h.append("</div>\n");

    if (p.kind() == Point.Kind.HEADING) {
      h.append("<h3 class=\"title\">");
      marker(h, p);
      h.append(esc(p.text())).append("</h3>\n");
    } else {
      if (!p.label().isEmpty()) {
        h.append("<h3 class=\"label\">");
        marker(h, p);
        h.append(esc(p.label())).append("</h3>\n<p class=\"text\">");
      } else {
        h.append("<p class=\"text\">");
        marker(h, p);
      }
      h.append(esc(p.text())).append("</p>\n");
    }

    if (!pa.links().isEmpty()) {
      h.append("<ul class=\"links\">\n");
      for (Link l : pa.links()) {
        h.append("<li class=\"").append(band(l.confidence())).append("\"><a class=\"to\" href=\"#para-").append(l.paragraph()).append("\">\u00b6\u00a0").append(l.paragraph())
            .append("</a>")
            .append(String.format(Locale.ROOT,
                " <span class=\"sc\">score %.2f</span> <span class=\"cf\" title=\"confidence %.2f\">"
                    + "<span class=\"meter\"><i style=\"width:%d%%\"></i></span>confidence %.2f</span>",
                l.score(), l.confidence(), Math.round(clamp(l.confidence()) * 100), l.confidence()));
        if (!l.sentences().isEmpty()) {
          h.append(" <span class=\"sn\">sentence").append(l.sentences().size() > 1 ? "s " : " ")
              .append(l.sentences().stream().map(String::valueOf).collect(Collectors.joining(", "))).append("</span>");
        }
        List<Evidence> ev = l.evidence().subList(0, Math.min(EVIDENCE, l.evidence().size()));
        if (!ev.isEmpty()) {
          h.append("<span class=\"ev\">");
          for (Evidence e : ev) {
            h.append("<span class=\"pair\" title=\"").append(lower(e.kind())).append("\"><span lang=\"zh\">")
                .append(esc(e.chinese())).append("</span><span class=\"eq\">=</span>")
                .append(esc(e.english())).append("</span> ");
          }
          h.append("</span>");
        }
        h.append("</li>\n");
      }
      h.append("</ul>\n");
    }
    if (pa.flags().contains(Flag.NO_SOURCE)) {
      h.append("<p class=\"note\">No paragraph supports this point");
      if (!pa.ranking().isEmpty()) {
        ParagraphScore best = pa.ranking().get(0);
        h.append(String.format(Locale.ROOT, "; the closest is <a href=\"#para-%d\">\u00b6\u00a0%d</a> (score %.2f)",
            best.paragraph(), best.paragraph(), best.score()));
      }
      h.append(".</p>\n");
    }
    if (pa.flags().contains(Flag.NUMBER_NOT_IN_SOURCE) && !pa.unmatchedFigures().isEmpty()) {
      h.append("<p class=\"note f-number\">Figures not in the linked paragraphs: ")
          .append(terms(pa.unmatchedFigures())).append("</p>\n");
    }
    if (pa.flags().contains(Flag.NAME_NOT_IN_SOURCE) && !pa.unmatchedNames().isEmpty()) {
      h.append("<p class=\"note f-name\">Names not in the linked paragraphs: ")
          .append(terms(pa.unmatchedNames())).append("</p>\n");
    }
    h.append("</article>\n");
  }

  private static void marker(StringBuilder h, Point p) {
    if (!p.marker().isEmpty()) {
      h.append("<span class=\"marker\">").append(esc(p.marker())).append("</span> ");
    }
  }

  private static String terms(List<String> terms) {
    return terms.stream().map(t -> "<mark>" + esc(t) + "</mark>").collect(Collectors.joining(", "));
  }

  private static void article(
      StringBuilder h, Article article, List<PointAlignment> points, Map<Integer, List<Integer>> pointsOf,
      List<Integer> uncovered) {
    h.append("<section class=\"col article\" id=\"article\" aria-label=\"Article\">\n")
        .append("<h2>Article <span><span lang=\"zh\">中文</span> \u00b7 ").append(article.paragraphs().size())
        .append(" paragraphs</span></h2>\n");
    for (Paragraph p : article.paragraphs()) {
      List<Integer> from = pointsOf.getOrDefault(p.index(), List.of());
      boolean isUncovered = uncovered.contains(p.index());
      h.append("<div class=\"para").append(isUncovered ? " uncovered" : "").append("\" id=\"para-").append(p.index())
          .append("\" data-points=\"").append(from.stream().map(String::valueOf).collect(Collectors.joining(" ")))
          .append("\" tabindex=\"0\">\n<div class=\"pm\"><span class=\"num\">\u00b6\u00a0").append(p.index()).append("</span>");
      if (isUncovered) {
        h.append("<span class=\"badge f-uncovered\" title=\"No digest point links to this paragraph\">uncovered</span>");
      } else if (!from.isEmpty()) {
        h.append("<span class=\"from\">point").append(from.size() > 1 ? "s " : " ").append(anchors("pt-", from))
            .append("</span>");
      }
      h.append("</div>\n<p lang=\"zh\">");
      String text = p.text();
      int at = 0;
      for (Sentence s : p.sentences()) {
        if (s.start() < at || s.end() > text.length()) {
          continue; // inconsistent offsets never happen for a parsed article; skip rather than garble
        }
        h.append(esc(text.substring(at, s.start())));
        h.append("<span class=\"s\" data-s=\"").append(s.index()).append("\">").append(esc(s.text())).append("</span>");
        at = s.end();
      }
      h.append(esc(text.substring(at))).append("</p>\n</div>\n");
    }
    h.append("</section>\n");
  }

  private static String anchors(String prefix, List<Integer> indices) {
    return indices.stream()
        .map(i -> "<a href=\"#" + prefix + i + "\">" + i + "</a>")
        .collect(Collectors.joining(", "));
  }

  private static String flagClass(Flag f) {
    return switch (f) {
      case NO_SOURCE -> "f-none";
      case NUMBER_NOT_IN_SOURCE -> "f-number";
      case NAME_NOT_IN_SOURCE -> "f-name";
    };
  }

  private static String flagName(Flag f) {
    return switch (f) {
      case NO_SOURCE -> "No source";
      case NUMBER_NOT_IN_SOURCE -> "Number not in source";
      case NAME_NOT_IN_SOURCE -> "Name not in source";
    };
  }

  private static String flagHelp(Flag f) {
    return switch (f) {
      case NO_SOURCE -> "Nothing in the article supports this point (NO_SOURCE)";
      case NUMBER_NOT_IN_SOURCE -> "The point states a figure its linked paragraphs lack (NUMBER_NOT_IN_SOURCE)";
      case NAME_NOT_IN_SOURCE -> "The point names someone or something its linked paragraphs lack (NAME_NOT_IN_SOURCE)";
    };
  }

  private static double clamp(double x) {
    return Double.isNaN(x) ? 0 : Math.max(0, Math.min(1, x));
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  /** Escapes text for HTML element content and quoted attribute values. */
  static String esc(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String r = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> null;
      };
      if (r != null && out == null) {
        out = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (out != null) {
        if (r != null) {
          out.append(r);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? s : out.toString();
  }

  private static final String CSS = """

:root {
  --bg: #f5f6f8; --panel: #ffffff; --ink: #1d2530; --muted: #5f6b7a; --faint: #8a94a3;
  --line: #e2e6eb; --accent: #2f5d8a; --accent-soft: #eaf1f8;
  --hl: #fff8e1; --hl-edge: #d9a521; --hl-sent: #fde8a6;
  --none: #b42318; --none-bg: #fef3f2; --none-line: #fecdca;
  --num: #a15c07; --num-bg: #fffaeb; --num-line: #fedf89;
  --name: #5b3cc4; --name-bg: #f4f3ff; --name-line: #d9d6fe;
  --unc: #475467; --unc-bg: #f2f4f7; --unc-line: #d0d5dd;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
    "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif;
}
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body { display: flex; flex-direction: column; background: var(--bg); color: var(--ink);
  font: 15px/1.55 var(--sans); -webkit-font-smoothing: antialiased; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
code { font: 12.5px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #eef0f3;
  padding: 1px 5px; border-radius: 4px; }
.top { flex: none; padding: 16px 28px 12px; background: var(--panel); border-bottom: 1px solid var(--line); }
.brand { font-size: 12px; letter-spacing: .08em; text-transform: uppercase; color: var(--faint); }
.brand .sep { margin: 0 4px; }
h1 { margin: 4px 0 0; font-size: 21px; line-height: 1.3; font-weight: 650; }
.zh-title { margin: 2px 0 0; font-size: 16px; color: var(--muted); }
.meta { margin: 6px 0 0; font-size: 13px; color: var(--muted); }
.verdict { margin: 8px 0 6px; padding: 6px 12px; border-radius: 6px; font-size: 14px; border: 1px solid var(--line); }
.verdict .why { color: var(--muted); font-size: 12px; }
.verdict.v-matched { background: #ecfdf3; border-color: #abefc6; }
.verdict.v-partly-supported { background: #fffaeb; border-color: #fedf89; }
.verdict.v-unrelated { background: #fef3f2; border-color: #fecdca; }
.stats { list-style: none; display: flex; flex-wrap: wrap; gap: 6px 8px; margin: 10px 0 0; padding: 0; font-size: 13px; }
.stat { padding: 2px 10px; border: 1px solid var(--line); border-radius: 999px; color: var(--muted); background: #fafbfc; }
.stat b { color: var(--ink); font-weight: 600; }
.stat.f-none { color: var(--none); background: var(--none-bg); border-color: var(--none-line); }
.stat.f-number { color: var(--num); background: var(--num-bg); border-color: var(--num-line); }
.stat.f-name { color: var(--name); background: var(--name-bg); border-color: var(--name-line); }
.stat.f-uncovered { color: var(--unc); background: var(--unc-bg); border-color: var(--unc-line); }
.stat.flag b, .stat.flag a { color: inherit; }
.stat.flag a { text-decoration: underline; text-decoration-color: currentColor; text-underline-offset: 2px; }
.hint { margin: 8px 0 0; font-size: 12.5px; color: var(--faint); }
main { flex: 1; min-height: 0; display: grid; grid-template-columns: minmax(0, 5fr) minmax(0, 6fr); }
.col { overflow-y: auto; padding: 0 24px 40vh; scroll-padding: 56px 0 24px; }
.col.digest { border-right: 1px solid var(--line); }
.col.article { background: #fbfbfa; }
h2 { position: sticky; top: 0; z-index: 2; margin: 0 -24px 12px; padding: 12px 24px 10px;
  font-size: 13px; font-weight: 650; letter-spacing: .06em; text-transform: uppercase; color: var(--muted);
  background: var(--bg); border-bottom: 1px solid var(--line); }
.col.article h2 { background: #fbfbfa; }
h2 span { font-weight: 400; letter-spacing: 0; text-transform: none; color: var(--faint); margin-left: 6px; }

.point { position: relative; margin: 0 0 10px calc(var(--level, 0) * 16px); padding: 10px 14px 11px;
  background: var(--panel); border: 1px solid var(--line); border-radius: 8px; cursor: pointer;
  transition: border-color .15s, box-shadow .15s, background-color .15s; }
.point:hover { border-color: #c9d3de; }
.point:focus { outline: none; }
.point:focus-visible { box-shadow: 0 0 0 3px rgba(47, 93, 138, .25); }
.point.k-heading { background: transparent; border-color: transparent; padding-top: 14px; }
.point.k-heading .title { font-size: 16px; font-weight: 650; margin: 2px 0 0; }
.point.no-source { border-style: dashed; border-color: var(--none-line); }
.point.sel { border-color: var(--accent); background: var(--accent-soft); box-shadow: 0 1px 6px rgba(29, 37, 48, .08); }
.point.hl { border-color: var(--hl-edge); background: var(--hl); }
.ph { display: flex; align-items: center; flex-wrap: wrap; gap: 6px; margin-bottom: 3px; }
.num { font: 600 12px/1 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: var(--muted);
  background: #eef0f3; border-radius: 4px; padding: 3px 6px; }
.kind { font-size: 11px; letter-spacing: .07em; text-transform: uppercase; color: var(--faint); }
.badge { font-size: 11.5px; line-height: 1; padding: 3px 7px; border-radius: 999px; border: 1px solid; white-space: nowrap; }
.badge.f-none { color: var(--none); background: var(--none-bg); border-color: var(--none-line); }
.badge.f-number { color: var(--num); background: var(--num-bg); border-color: var(--num-line); }
.badge.f-name { color: var(--name); background: var(--name-bg); border-color: var(--name-line); }
.badge.f-uncovered { color: var(--unc); background: var(--unc-bg); border-color: var(--unc-line); }
.label { margin: 2px 0 2px; font-size: 15px; font-weight: 600; }
.marker { color: var(--faint); font-weight: 500; margin-right: 2px; }
.text { margin: 0; }
.links { list-style: none; margin: 8px 0 0; padding: 7px 0 0; border-top: 1px solid var(--line); font-size: 13px; color: var(--muted); }
.k-heading .links { border-top-color: transparent; padding-top: 0; margin-top: 4px; }
.links li { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 10px; padding: 2px 0; }
.links .to { font-weight: 600; min-width: 3.2em; }
.sc, .sn { font-variant-numeric: tabular-nums; }
.cf { display: inline-flex; align-items: center; gap: 5px; font-variant-numeric: tabular-nums; }
.meter { display: inline-block; width: 36px; height: 5px; border-radius: 3px; background: #e4e8ee; overflow: hidden; }
.meter i { display: block; height: 100%; background: #7f9bb8; }
.links li { border-left: 3px solid transparent; padding-left: 6px; margin-left: -9px; }
.links li.c-high { border-left-color: #2f7d4f; }
.links li.c-mid { border-left-color: #d9a521; }
.links li.c-low { border-left-color: #c4320a; background: #fff6ed; }
.c-high .meter i { background: #2f7d4f; }
.c-mid .meter i { background: #d9a521; }
.c-low .meter i { background: #c4320a; }
.legend { margin: 8px 0 0; font-size: 12.5px; color: var(--muted); }
.legend .key { display: inline-flex; align-items: center; gap: 4px; margin-right: 10px; }
.legend .key i { display: inline-block; width: 12px; height: 12px; border-radius: 2px; }
.legend .c-high i { background: #2f7d4f; }
.legend .c-mid i { background: #d9a521; }
.legend .c-low i { background: #c4320a; }
.ev { display: inline-flex; flex-wrap: wrap; gap: 4px; flex-basis: 100%; }
.pair { font-size: 12.5px; padding: 1px 7px; border-radius: 4px; background: #f1f3f6; color: #3b4654; }
.pair .eq { color: var(--faint); margin: 0 3px; }
.note { margin: 7px 0 0; font-size: 13px; color: var(--muted); }
.note.f-number mark, .note.f-name mark { background: none; font-weight: 600; }
.note.f-number mark { color: var(--num); }
.note.f-name mark { color: var(--name); }

.para { position: relative; margin: 0 0 6px; padding: 8px 14px 10px 16px; border-radius: 8px;
  border: 1px solid transparent; border-left: 3px solid transparent; cursor: pointer;
  transition: background-color .15s, border-color .15s; }
.para:hover { background: #f3f4f6; }
.para:focus { outline: none; }
.para:focus-visible { box-shadow: 0 0 0 3px rgba(47, 93, 138, .25); }
.para p { margin: 0; font-size: 16px; line-height: 1.85; letter-spacing: .01em; }
.pm { display: flex; align-items: center; gap: 8px; margin-bottom: 2px; font-size: 12.5px; color: var(--faint); }
.para.uncovered { border-left: 3px dashed var(--unc-line); }
.para.uncovered p { color: #4a5563; }
.para.hl { background: var(--hl); border-color: #f3e1a6; border-left-color: var(--hl-edge); }
.para.sel { background: var(--accent-soft); border-color: #cbdaea; border-left-color: var(--accent); }
.s { border-radius: 3px; transition: background-color .15s; }
.s.hl-s { background: var(--hl-sent); box-shadow: 0 0 0 2px var(--hl-sent); }

@media (max-width: 900px) {
  body { display: block; height: auto; }
  main { display: block; }
  .col { overflow: visible; padding-bottom: 24px; }
  .col.digest { border-right: none; }
}
@media print {
  body { display: block; height: auto; background: #fff; }
  main { display: block; }
  .col { overflow: visible; padding-bottom: 0; }
  h2 { position: static; }
  .point, .para { break-inside: avoid; }
  .hint { display: none; }
}
@media (prefers-reduced-motion: reduce) { * { transition: none !important; } }
""";

  private static final String SCRIPT = """

(function () {
  "use strict";
  var doc = document;
  doc.documentElement.className += " js";
  var digestCol = doc.getElementById("digest");
  var articleCol = doc.getElementById("article");
  var smooth = !(window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches);
  var pinned = null;
  var hoverTimer = 0;

  function all(sel, root) { return Array.prototype.slice.call((root || doc).querySelectorAll(sel)); }
  function ids(s) { return (s || "").split(" ").filter(function (x) { return x !== ""; }); }
  function sentencesOf(point) {
    var map = {};
    ids(point.getAttribute("data-sents")).forEach(function (entry) {
      var parts = entry.split(":");
      map[parts[0]] = ids((parts[1] || "").split(",").join(" "));
    });
    return map;
  }
  function clear() {
    all(".sel, .hl, .hl-s").forEach(function (el) { el.classList.remove("sel", "hl", "hl-s"); });
  }
  function visibleIn(el, col) {
    var r = el.getBoundingClientRect(), c = col.getBoundingClientRect();
    return r.top >= c.top + 44 && r.bottom <= c.bottom;
  }
  function reveal(el, col, instant) {
    if (!el || !col || visibleIn(el, col)) { return; }
    var tall = el.offsetHeight > col.clientHeight * 0.7;
    el.scrollIntoView({ block: tall ? "start" : "center", behavior: smooth && !instant ? "smooth" : "auto" });
  }
  function showPoint(point, scroll, instant) {
    clear();
    point.classList.add("sel");
    var sents = sentencesOf(point);
    var first = null;
    ids(point.getAttribute("data-paras")).forEach(function (z) {
      var para = doc.getElementById("para-" + z);
      if (!para) { return; }
      para.classList.add("hl");
      (sents[z] || []).forEach(function (s) {
        var span = para.querySelector('.s[data-s="' + s + '"]');
        if (span) { span.classList.add("hl-s"); }
      });
      first = first || para;
    });
    if (scroll) { reveal(first, articleCol, instant); }
  }
  function showPara(para, scroll, instant) {
    clear();
    para.classList.add("sel");
    var z = para.id.slice("para-".length);
    var first = null;
    ids(para.getAttribute("data-points")).forEach(function (i) {
      var point = doc.getElementById("pt-" + i);
      if (!point) { return; }
      point.classList.add("hl");
      (sentencesOf(point)[z] || []).forEach(function (s) {
        var span = para.querySelector('.s[data-s="' + s + '"]');
        if (span) { span.classList.add("hl-s"); }
      });
      first = first || point;
    });
    if (scroll) { reveal(first, digestCol, instant); }
  }
  function show(el, scroll, instant) {
    if (!el) { clear(); return; }
    if (el.classList.contains("point")) { showPoint(el, scroll, instant); } else { showPara(el, scroll, instant); }
  }
  function pin(el) {
    pinned = el;
    show(el, true);
    try { history.replaceState(null, "", el ? "#" + el.id : location.pathname + location.search); } catch (e) { /* file: URLs may refuse */ }
  }

  all(".point").forEach(function (point) {
    point.addEventListener("mouseenter", function () {
      clearTimeout(hoverTimer);
      showPoint(point, false);
      hoverTimer = setTimeout(function () { showPoint(point, true); }, 180);
    });
    point.addEventListener("mouseleave", function () {
      clearTimeout(hoverTimer);
      show(pinned, false);
    });
  });
  doc.addEventListener("click", function (ev) {
    var a = ev.target.closest("a[href^='#']");
    var point = ev.target.closest(".point");
    var para = ev.target.closest(".para");
    if (a) {
      var target = doc.getElementById(a.getAttribute("href").slice(1));
      if (!target) { return; }
      ev.preventDefault();
      if (target.classList.contains("para") && point) {
        pin(point);
        reveal(target, articleCol);
      } else {
        pin(target);
        reveal(target, target.classList.contains("point") ? digestCol : articleCol);
      }
      return;
    }
    var el = point || para;
    if (!el) { return; }
    pin(pinned === el ? null : el);
  });
  doc.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { pin(null); return; }
    var el = ev.target.closest && ev.target.closest(".point, .para");
    if (el && (ev.key === "Enter" || ev.key === " ") && ev.target === el) {
      ev.preventDefault();
      pin(pinned === el ? null : el);
    }
  });
  var start = location.hash && doc.getElementById(location.hash.slice(1));
  if (start && (start.classList.contains("point") || start.classList.contains("para"))) {
    pinned = start;
    show(start, true, true);
    reveal(start, start.classList.contains("point") ? digestCol : articleCol, true);
  }
  doc.documentElement.setAttribute("data-ready", "1");
})();
""";
}
