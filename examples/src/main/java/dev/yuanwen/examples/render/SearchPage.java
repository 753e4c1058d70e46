package dev.yuanwen.examples.render;

import dev.yuanwen.align.Alignment;
import dev.yuanwen.index.Hit;
import dev.yuanwen.index.Language;
import dev.yuanwen.index.QueryExplanation;
import dev.yuanwen.index.SearchResults;
import dev.yuanwen.index.Side;
import dev.yuanwen.index.StoredDocument;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The {@code serve} command's search page: a plain GET form (query, language, side, filters), then
 * what the query was translated as, then one page of hits, each with its document, side, score,
 * text with the matched words in {@code <mark>} and the aligned paragraphs or points of the other
 * side. No script; the only inline CSS
 * is the one {@code <style>} element, allowed by its hash ({@link #CONTENT_SECURITY_POLICY}).
 * Everything from the request or the index goes through {@link #esc}.
 */
public final class SearchPage {
  /** Hits per page. */
  public static final int PAGE_SIZE = 10;

  /**
   * What the user asked for, as the form and the paging links carry it. {@code q} is never null;
   * {@code language} and {@code side} null mean detect and both; {@code doc}, {@code outlet},
   * {@code tag} null or empty mean no filter; {@code page} is 1-based.
   */
  public record Query(String q, Language language, Side side, String doc, String outlet, String tag, int page) {
    public Query {
      q = q == null ? "" : q;
      doc = blankToEmpty(doc);
      outlet = blankToEmpty(outlet);
      tag = blankToEmpty(tag);
      if (page < 1) {
        throw new IllegalArgumentException("page must be 1 or more, not " + page);
      }
    }

    /** A query for {@code q}: language detected, both sides, no filter, page 1. */
    public static Query of(String q) {
      return new Query(q, null, null, null, null, null, 1);
    }

    /** The same query on another page. */
    public Query page(int page) {
      return new Query(q, language, side, doc, outlet, tag, page);
    }

    /** Index of the page's first hit. */
    public int offset() {
      return (page - 1) * PAGE_SIZE;
    }

    boolean hasFilter() {
      return !doc.isEmpty() || !outlet.isEmpty() || !tag.isEmpty();
    }

    private static String blankToEmpty(String s) {
      return s == null || s.isBlank() ? "" : s.strip();
    }
  }

  private static final String CSS = """

:root {
  --bg: #f5f6f8; --panel: #ffffff; --ink: #1d2530; --muted: #5f6b7a; --faint: #8a94a3;
  --line: #e2e6eb; --accent: #2f5d8a; --accent-soft: #eaf1f8; --hl: #fde8a6;
  --err: #b42318; --err-bg: #fef3f2; --err-line: #fecdca;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
    "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif;
  --zh: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC",
    "Noto Sans SC", "WenQuanYi Micro Hei", sans-serif;
  --mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
}
* { box-sizing: border-box; }
html, body { margin: 0; }
body { background: var(--bg); color: var(--ink); font: 15px/1.55 var(--sans); -webkit-font-smoothing: antialiased; }
:lang(zh) { font-family: var(--zh); }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
code { font: 12.5px var(--mono); background: #eef0f3; padding: 1px 5px; border-radius: 4px; }
.top { padding: 16px 0 14px; background: var(--panel); border-bottom: 1px solid var(--line); }
.top-in, main { max-width: 960px; margin: 0 auto; padding-left: 28px; padding-right: 28px; }
.brand { font-size: 12px; letter-spacing: .08em; text-transform: uppercase; color: var(--faint); }
.brand a { color: inherit; }
.brand .sep { margin: 0 4px; }
form { margin: 10px 0 0; }
.row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
input, select, button { font: inherit; font-size: 15px; color: var(--ink); }
input[type=search], input[type=text] { padding: 8px 11px; border: 1px solid #c9d1db; border-radius: 7px; background: #fff; }
input[type=search] { flex: 1 1 320px; min-width: 0; font-size: 16px; }
input:focus, select:focus, button:focus { outline: none; border-color: var(--accent); box-shadow: 0 0 0 3px rgba(47, 93, 138, .2); }
select { padding: 8px 8px; border: 1px solid #c9d1db; border-radius: 7px; background: #fff; }
button { padding: 8px 18px; border: 1px solid var(--accent); border-radius: 7px; background: var(--accent); color: #fff;
  font-weight: 600; cursor: pointer; }
button:hover { background: #264d73; }
details { margin: 8px 0 0; font-size: 13px; color: var(--muted); }
summary { cursor: pointer; width: max-content; }
details .row { margin-top: 6px; }
details label { display: inline-flex; align-items: center; gap: 5px; }
details input[type=text] { padding: 5px 8px; font-size: 13.5px; width: 13em; }
.hint { margin: 8px 0 0; font-size: 13px; color: var(--faint); }
main { padding-top: 18px; padding-bottom: 48px; }
.error { margin: 0 0 14px; padding: 9px 13px; border: 1px solid var(--err-line); border-radius: 8px;
  background: var(--err-bg); color: var(--err); font-size: 14px; }
.summary { margin: 0 0 12px; font-size: 14px; color: var(--muted); }
.summary b { color: var(--ink); font-weight: 600; }
.translated { margin: -6px 0 12px; font-size: 13px; color: var(--muted); overflow-wrap: anywhere; }
.translated b { font-weight: 500; color: var(--faint); }
.hits { list-style: none; margin: 0; padding: 0; }
.hit { margin: 0 0 12px; padding: 12px 16px 13px; background: var(--panel); border: 1px solid var(--line); border-radius: 9px; }
.hh { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 10px; margin-bottom: 5px; font-size: 13px; color: var(--muted); }
.hh .title { font-size: 16px; font-weight: 600; }
.where { font-weight: 500; color: var(--muted); white-space: nowrap; }
.where.zh { color: #8a4b08; }
.where.en { color: #2f5d8a; }
.sc { font-variant-numeric: tabular-nums; color: var(--faint); white-space: nowrap; }
.text { margin: 0; font-size: 15.5px; line-height: 1.7; overflow-wrap: anywhere; }
.text:lang(zh) { font-size: 16px; line-height: 1.85; letter-spacing: .01em; }
mark { background: var(--hl); color: inherit; border-radius: 3px; padding: 0 1px; box-shadow: 0 0 0 1px #f3d27a; }
.aligned { list-style: none; margin: 9px 0 0 14px; padding: 0 0 0 12px; border-left: 3px solid var(--line); }
.aligned li { margin: 0 0 5px; font-size: 13.5px; line-height: 1.6; color: #3b4654; overflow-wrap: anywhere; }
.aligned li:lang(zh) { font-size: 14px; line-height: 1.75; }
.aligned .where { font-size: 12px; margin-right: 6px; }
.aligned .none { color: var(--faint); font-style: italic; }
.pager { display: flex; justify-content: space-between; align-items: center; gap: 12px; margin: 16px 0 0; font-size: 14px; color: var(--muted); }
.pager a { padding: 6px 12px; border: 1px solid var(--line); border-radius: 7px; background: var(--panel); }
.pager .off { padding: 6px 12px; visibility: hidden; }
@media (max-width: 640px) { .top-in, main { padding-left: 14px; padding-right: 14px; } }
""";

  /** The search page's policy: nothing external, no script, the one style element by its hash. */
  public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + sha256(CSS)
      + "'; img-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  private SearchPage() {}

  /**
   * The page for {@code query}. {@code results} are its hits (null when there was no search: an
   * empty query or an {@code error}); {@code error} is a short message for the user, or null;
   * {@code documents} is how many documents the index holds (negative: not shown).
   */
  public static String render(Query query, SearchResults results, String error, int documents) {
    StringBuilder h = new StringBuilder(16 * 1024);
    String title = query.q().isBlank() ? "yuanwen search" : shorten(query.q(), 80) + " \u00b7 yuanwen search";
    head(h, title);
    form(h, query, documents);
    h.append("<main>\n");
    if (error != null) {
      h.append("<p class=\"error\" role=\"alert\">").append(esc(error)).append("</p>\n");
    }
    if (results != null) {
      results(h, query, results);
    }
    h.append("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  /**
   * The side-by-side page of a stored document ({@link AlignmentHtml}), with what a digest rebuilt
   * from stored points lacks put back: the titles, outlet and date, and a link back to the search.
   */
  public static String document(StoredDocument doc, Alignment alignment) {
    // The stored digest carries the titles and outlet; only the brand becomes a way back to search.
    return replaceFirst(AlignmentHtml.render(alignment), "<div class=\"brand\">yuanwen <span lang=\"zh\">原文</span>",
        "<div class=\"brand\"><a href=\"/\">yuanwen <span lang=\"zh\">原文</span> search</a>");
  }

  private static String replaceFirst(String s, String what, String with) {
    int at = s.indexOf(what);
    return at < 0 ? s : s.substring(0, at) + with + s.substring(at + what.length());
  }

  /** A small page with a message (not found, not allowed) and the search form. */
  public static String message(String title, String message) {
    StringBuilder h = new StringBuilder(2048);
    head(h, title + " \u00b7 yuanwen search");
    form(h, Query.of(""), -1);
    h.append("<main>\n<p class=\"error\" role=\"alert\">").append(esc(message)).append("</p>\n</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void head(StringBuilder h, String title) {
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
        .append("<meta name=\"generator\" content=\"yuanwen serve\">\n")
        .append("<title>").append(esc(title)).append("</title>\n")
        .append("<style>").append(CSS).append("</style>\n</head>\n<body>\n");
  }

  private static void form(StringBuilder h, Query q, int documents) {
    h.append("<header class=\"top\"><div class=\"top-in\">\n")
        .append("<div class=\"brand\"><a href=\"/\">yuanwen <span lang=\"zh\">原文</span></a>")
        .append(" <span class=\"sep\">/</span> search");
    if (documents >= 0) {
      h.append(" <span class=\"sep\">\u00b7</span> ").append(documents).append(documents == 1 ? " document" : " documents");
    }
    h.append("</div>\n<form method=\"get\" action=\"/\" role=\"search\" accept-charset=\"utf-8\">\n<div class=\"row\">")
        .append("<input type=\"search\" name=\"q\" id=\"q\" value=\"").append(esc(q.q()))
        .append("\" placeholder=\"Search in Chinese or English, e.g. Anthropic 估值\" aria-label=\"Query\" autofocus>\n");
    h.append("<select name=\"lang\" aria-label=\"Query language\">")
        .append(option("", "Detect language", q.language() == null))
        .append(option("zh", "Chinese query \u00b7 中文", q.language() == Language.ZH))
        .append(option("en", "English query", q.language() == Language.EN));
    if (q.language() == Language.MIXED) {
      h.append(option("mixed", "Mixed query", true));
    }
    h.append("</select>\n<select name=\"side\" aria-label=\"Side to search\">")
        .append(option("", "Both sides", q.side() == null))
        .append(option("zh", "中文 paragraphs", q.side() == Side.ZH))
        .append(option("en", "English points", q.side() == Side.EN))
        .append("</select>\n<button type=\"submit\">Search</button></div>\n");
    h.append("<details").append(q.hasFilter() ? " open" : "").append("><summary>Filters</summary><div class=\"row\">")
        .append(filter("doc", "document id", q.doc()))
        .append(filter("outlet", "outlet", q.outlet()))
        .append(filter("tag", "tag", q.tag()))
        .append("</div></details>\n</form>\n");
    if (q.q().isBlank()) {
      h.append("<p class=\"hint\">Searches the Chinese articles and the English digests in either language:")
          .append(" English words are also looked up in Chinese and Chinese words in English.")
          .append(" Each hit shows what the aligner tied it to on the other side.</p>\n");
    }
    h.append("</div></header>\n");
  }

  private static String option(String value, String label, boolean selected) {
    return "<option value=\"" + esc(value) + "\"" + (selected ? " selected" : "") + ">" + esc(label) + "</option>";
  }

  private static String filter(String name, String label, String value) {
    return "<label>" + esc(label) + " <input type=\"text\" name=\"" + name + "\" value=\"" + esc(value) + "\"></label>";
  }

  private static void results(StringBuilder h, Query q, SearchResults r) {
    long total = r.totalHits();
    h.append("<p class=\"summary\" id=\"summary\"><b>").append(total).append(total == 1 ? " hit" : " hits").append("</b>");
    if (!r.hits().isEmpty()) {
      h.append(" \u00b7 ").append(q.offset() + 1).append("\u2013").append(q.offset() + r.hits().size());
    }
    h.append(" \u00b7 query in ").append(languageName(r.language(), q.language() == null));
    if (q.side() != null) {
      h.append(" \u00b7 ").append(q.side() == Side.ZH ? "中文 paragraphs only" : "English points only");
    }
    if (!q.doc().isEmpty()) {
      h.append(" \u00b7 document <code>").append(esc(q.doc())).append("</code>");
    }
    if (!q.outlet().isEmpty()) {
      h.append(" \u00b7 outlet <span lang=\"zh\">").append(esc(q.outlet())).append("</span>");
    }
    if (!q.tag().isEmpty()) {
      h.append(" \u00b7 tag ").append(esc(q.tag()));
    }
    h.append("</p>\n");
    translatedAs(h, r.explanation());
    if (r.hits().isEmpty() && total > 0) {
      h.append("<p class=\"error\" role=\"alert\">No hits on page ").append(q.page()).append("; the last page is ")
          .append(pages(total)).append(".</p>\n");
    }
    if (!r.hits().isEmpty()) {
      h.append("<ol class=\"hits\" start=\"").append(q.offset() + 1).append("\">\n");
      for (Hit hit : r.hits()) {
        hit(h, hit);
      }
      h.append("</ol>\n");
    }
    pager(h, q, total, r.hasMore());
  }

  /**
   * The line "translated as: care → 照顾, 护理; "long-term care"; not 台风 (typhoon)" under the
   * summary, or why nothing was searched (only exclusions, only filters) as an alert.
   */
  private static void translatedAs(StringBuilder h, QueryExplanation e) {
    if (e.problem() != null) {
      h.append("<p class=\"error\" role=\"alert\" id=\"problem\">").append(esc(capitalized(e.problem())))
          .append(".</p>\n");
      return;
    }
    String line = e.summary();
    if (!line.isEmpty()) {
      h.append("<p class=\"translated\" id=\"translated\"><b>translated as</b> ").append(esc(line)).append("</p>\n");
    }
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static void hit(StringBuilder h, Hit hit) {
    String side = hit.side().label();
    String doc = "/doc/" + pathSegment(hit.doc());
    h.append("<li class=\"hit s-").append(side).append("\">\n<div class=\"hh\">")
        .append("<a class=\"title\" href=\"").append(esc(doc)).append("\">").append(esc(hit.title())).append("</a>")
        .append("<code class=\"id\">").append(esc(hit.doc())).append("</code>")
        .append(where(doc, hit.side(), hit.index()))
        .append("<span class=\"sc\">score ").append(twoDecimals(hit.score())).append("</span>")
        .append("</div>\n<p class=\"text\" lang=\"").append(side).append("\">");
    marked(h, hit.text(), hit.highlights());
    h.append("</p>\n<ul class=\"aligned\" aria-label=\"Aligned on the other side\">\n");
    if (hit.aligned().isEmpty()) {
      h.append("<li class=\"none\">").append(hit.side() == Side.ZH
          ? "No point of the digest draws on this paragraph."
          : "The aligner tied this point to no paragraph.").append("</li>\n");
    }
    for (Hit.Counterpart c : hit.aligned()) {
      h.append("<li lang=\"").append(c.side().label()).append("\">").append(where(doc, c.side(), c.index()))
          .append(esc(c.text())).append("</li>\n");
    }
    h.append("</ul>\n</li>\n");
  }

  /** "中文 paragraph ¶ 3" or "English point #3", linking to that place in the document's page. */
  private static String where(String doc, Side side, int index) {
    boolean zh = side == Side.ZH;
    return "<a class=\"where " + side.label() + "\" lang=\"en\" href=\"" + esc(doc + (zh ? "#para-" : "#pt-") + index)
        + "\">" + (zh ? "<span lang=\"zh\">中文</span> paragraph \u00b6\u00a0" : "English point #") + index + "</a>";
  }

  /** {@code text} with each highlight in {@code <mark>}; every piece escaped, bad spans ignored. */
  static void marked(StringBuilder h, String text, List<Hit.Span> spans) {
    int at = 0;
    for (Hit.Span s : spans) {
      if (s.start() < at || s.end() > text.length()) {
        continue;
      }
      h.append(esc(text.substring(at, s.start()))).append("<mark>").append(esc(text.substring(s.start(), s.end())))
          .append("</mark>");
      at = s.end();
    }
    h.append(esc(text.substring(at)));
  }

  private static void pager(StringBuilder h, Query q, long total, boolean hasMore) {
    boolean prev = q.page() > 1;
    if (!prev && !hasMore) {
      return;
    }
    h.append("<nav class=\"pager\" aria-label=\"Pages\">");
    if (prev) {
      int to = (int) Math.min(q.page() - 1, Math.max(1, pages(total)));
      h.append("<a rel=\"prev\" id=\"prev\" href=\"").append(esc(href(q.page(to)))).append("\">\u2190 Previous</a>");
    } else {
      h.append("<span class=\"off\">\u2190 Previous</span>");
    }
    h.append("<span>page ").append(q.page()).append(" of ").append(Math.max(1, pages(total))).append("</span>");
    if (hasMore) {
      h.append("<a rel=\"next\" id=\"next\" href=\"").append(esc(href(q.page(q.page() + 1)))).append("\">Next \u2192</a>");
    } else {
      h.append("<span class=\"off\">Next \u2192</span>");
    }
    h.append("</nav>\n");
  }

  private static long pages(long total) {
    return (total + PAGE_SIZE - 1) / PAGE_SIZE;
  }

  /** The URL of {@code q}: every parameter that is set, URL-encoded (not yet HTML-escaped). */
  public static String href(Query q) {
    List<String> params = new ArrayList<>();
    params.add("q=" + url(q.q()));
    if (q.language() != null) {
      params.add("lang=" + q.language().label());
    }
    if (q.side() != null) {
      params.add("side=" + q.side().label());
    }
    if (!q.doc().isEmpty()) {
      params.add("doc=" + url(q.doc()));
    }
    if (!q.outlet().isEmpty()) {
      params.add("outlet=" + url(q.outlet()));
    }
    if (!q.tag().isEmpty()) {
      params.add("tag=" + url(q.tag()));
    }
    if (q.page() > 1) {
      params.add("page=" + q.page());
    }
    return "/?" + String.join("&", params);
  }

  private static String url(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** {@code s} percent-encoded for one path segment (a space is %20, not +). */
  public static String pathSegment(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String languageName(Language l, boolean detected) {
    String how = detected ? " (detected)" : " (chosen)";
    return switch (l) {
      case ZH -> "Chinese" + how + ", also looked up in English";
      case EN -> "English" + how + ", also looked up in Chinese";
      case MIXED -> "Chinese and English" + how + ", looked up both ways";
    };
  }

  private static String shorten(String s, int max) {
    String t = s.strip();
    return t.codePointCount(0, t.length()) <= max ? t : t.substring(0, t.offsetByCodePoints(0, max)) + "\u2026";
  }

  /** Escapes text for HTML element content and quoted attribute values: {@code & < > " '}. */
  public static String esc(String s) {
    return AlignmentHtml.esc(s);
  }

  private static String sha256(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * {@code x} with two decimals, rounded half up, as {@code String.format("%.2f")} writes it for
   * the scores a page shows (which a formatter per hit made a tenth of the page's cost).
   */
  static String twoDecimals(double x) {
    if (!(x >= 0) || x >= 1e15) { // scores are never negative; the formatter writes -0.00
      return String.format(Locale.ROOT, "%.2f", x);
    }
    // the shortest decimal of the double, rounded half up: what the formatter rounds too
    java.math.BigDecimal d = new java.math.BigDecimal(Double.toString(x)).setScale(2, java.math.RoundingMode.HALF_UP);
    return d.toPlainString();
  }
}
