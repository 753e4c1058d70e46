package dev.yuanwen.examples.render;

import dev.yuanwen.analysis.ChineseSegmenter;
import dev.yuanwen.analysis.Token;
import dev.yuanwen.analysis.TokenType;
import dev.yuanwen.document.Article;
import dev.yuanwen.document.Digest;
import dev.yuanwen.document.Paragraph;
import dev.yuanwen.document.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code analyze} command's text view, for an 80-column terminal: the digest's points, then the
 * article's paragraphs as segmented tokens, with names, numbers, Latin tokens, places and
 * organizations tagged.
 */
public final class AnalysisText {
  private static final int WIDTH = 80;
  private static final int BODY = 15;

  private AnalysisText() {}

  /** Either argument may be null (only one side given). */
  public static String render(Digest digest, Article article) {
    StringBuilder out = new StringBuilder();
    if (digest != null) {
      digest(digest, out);
    }
    if (article != null) {
      if (digest != null) {
        out.append('\n');
      }
      article(article, out);
    }
    return out.toString();
  }

  private static void digest(Digest d, StringBuilder out) {
    out.append(String.format(Locale.ROOT, "DIGEST %s: %d points%n", d.source(), d.points().size()));
    field(out, "outlet", d.outlet());
    field(out, "title", d.titleEn());
    field(out, "原文", d.titleZh());
    out.append('\n');
    for (Point p : d.points()) {
      // Nesting under a heading shows as indentation of the body.
      String indent = " ".repeat(BODY + 2 * Math.min(p.level(), 3));
      String head = String.format(Locale.ROOT, "%3d %-10s", p.index(), p.kind().name().toLowerCase(Locale.ROOT));
      head = head + " ".repeat(indent.length() - head.length());
      List<String> lines = Columns.wrap(Columns.words(body(p)), " ", indent, WIDTH);
      for (int i = 0; i < lines.size(); i++) {
        out.append(i == 0 ? head + lines.get(0).substring(indent.length()) : lines.get(i)).append('\n');
      }
    }
  }

  private static void article(Article a, StringBuilder out) {
    int sentences = a.paragraphs().stream().mapToInt(p -> p.sentences().size()).sum();
    out.append(String.format(Locale.ROOT, "ARTICLE %s: %d paragraphs, %d sentences, %s%n",
        a.source(), a.paragraphs().size(), sentences, a.variant().name().toLowerCase(Locale.ROOT)));
    field(out, "title", a.title());
    out.append("  space-separated tokens; tags: /name /num /lat(in) /place /org\n\n");
    ChineseSegmenter seg = ChineseSegmenter.shared();
    for (Paragraph p : a.paragraphs()) {
      List<String> pieces = new ArrayList<>();
      for (Token t : seg.segment(p.text())) {
        pieces.add(t.surface() + tag(t.type()));
      }
      List<String> lines = Columns.wrap(pieces, " ", "     ", WIDTH);
      String head = String.format(Locale.ROOT, "%3d  ", p.index());
      for (int i = 0; i < lines.size(); i++) {
        out.append(i == 0 ? head + lines.get(0).substring(5) : lines.get(i)).append('\n');
      }
    }
  }

  private static String tag(TokenType type) {
    switch (type) {
      case NAME:
        return "/name";
      case NUMBER:
        return "/num";
      case LATIN:
        return "/lat";
      case PLACE:
        return "/place";
      case ORGANIZATION:
        return "/org";
      default:
        return "";
    }
  }

  private static void field(StringBuilder out, String name, String value) {
    if (value != null && !value.isEmpty()) {
      String head = "  " + name + " ".repeat(Math.max(1, 8 - Columns.width(name)));
      int indent = Columns.width(head);
      List<String> lines = Columns.wrap(Columns.words(value), " ", " ".repeat(indent), WIDTH);
      for (int i = 0; i < lines.size(); i++) {
        out.append(i == 0 ? head + lines.get(0).substring(indent) : lines.get(i)).append('\n');
      }
    }
  }

  /** A point as the text views show it: marker, [label], text. */
  static String body(Point p) {
    StringBuilder body = new StringBuilder();
    if (!p.marker().isEmpty()) {
      body.append(p.marker()).append(' ');
    }
    if (!p.label().isEmpty() && p.kind() != Point.Kind.HEADING) {
      body.append('[').append(p.label()).append("] ");
    }
    return body.append(p.text()).toString();
  }
}
