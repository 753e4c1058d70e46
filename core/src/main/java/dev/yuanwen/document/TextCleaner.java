package dev.yuanwen.document;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes the usual damage of text copied from web pages and word processors, keeping every other
 * character as written (no traditional-to-simplified conversion, no full-width folding): the result
 * is LF-separated lines, each trimmed, with single ASCII spaces; blank lines stay (empty) because
 * they separate paragraphs.
 */
final class TextCleaner {
  private TextCleaner() {}

  // Only tags we know: a bare "<Claude>" or "a<b" in prose is text, not markup. The quantifiers are
  // possessive (no match needs them to give back), so a "<" before a long run of spaces is one pass,
  // not a quadratic backtrack.
  private static final Pattern TAG =
      Pattern.compile("<\\s*+/?\\s*+([a-zA-Z][a-zA-Z0-9]*+)(?:\\s[^<>]*+)?/?\\s*+>");
  private static final Set<String> INLINE_TAGS =
      Set.of(
          "a", "abbr", "b", "big", "cite", "code", "del", "em", "font", "i", "img", "ins", "kbd",
          "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "tt", "u",
          "var", "wbr");
  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
          "blockquote", "section", "article", "header", "footer", "aside", "nav", "main", "table",
          "thead", "tbody", "tfoot", "tr", "hr", "pre", "figure", "figcaption", "center");

  private static final Pattern ENTITY =
      Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
  private static final Map<String, String> NAMED_ENTITIES =
      Map.ofEntries(
          Map.entry("nbsp", "\u00A0"),
          Map.entry("amp", "&"),
          Map.entry("quot", "\""),
          Map.entry("apos", "'"),
          Map.entry("lt", "<"),
          Map.entry("gt", ">"),
          Map.entry("ldquo", "\u201C"),
          Map.entry("rdquo", "\u201D"),
          Map.entry("lsquo", "\u2018"),
          Map.entry("rsquo", "\u2019"),
          Map.entry("laquo", "\u00AB"),
          Map.entry("raquo", "\u00BB"),
          Map.entry("mdash", "\u2014"),
          Map.entry("ndash", "\u2013"),
          Map.entry("hellip", "\u2026"),
          Map.entry("middot", "\u00B7"),
          Map.entry("bull", "\u2022"),
          Map.entry("times", "\u00D7"),
          Map.entry("divide", "\u00F7"),
          Map.entry("deg", "\u00B0"),
          Map.entry("yen", "\u00A5"),
          Map.entry("euro", "\u20AC"),
          Map.entry("pound", "\u00A3"),
          Map.entry("copy", "\u00A9"),
          Map.entry("reg", "\u00AE"),
          Map.entry("trade", "\u2122"),
          Map.entry("permil", "\u2030"),
          Map.entry("emsp", "\u2003"),
          Map.entry("ensp", "\u2002"),
          Map.entry("thinsp", "\u2009"),
          Map.entry("zwsp", "\u200B"),
          Map.entry("zwj", "\u200D"),
          Map.entry("zwnj", "\u200C"),
          Map.entry("shy", "\u00AD"));

  private static final char IDEOGRAPHIC_SPACE = '\u3000';

  /**
   * Cleans {@code text}; see the class comment for what comes out. A web page ({@link
   * HtmlText#looksLikeHtml}) is read as HTML by {@link HtmlText}; any other text as below.
   */
  static String clean(String text) {
    if (HtmlText.looksLikeHtml(text)) {
      return HtmlText.text(text);
    }
    return cleanPlain(text);
  }

  /** The plain-text path: tags we know removed by pattern, entities from a table. */
  static String cleanPlain(String text) {
    String s = text.replace("\r\n", "\n").replace('\r', '\n');
    s = s.replace('\u0085', '\n').replace('\u2028', '\n').replace("\u2029", "\n\n").replace("\f", "\n\n");
    s = stripTags(s);
    s = decodeEntities(s); // after tags, so an escaped "&lt;p&gt;" stays visible text
    StringBuilder out = new StringBuilder(s.length());
    int from = 0;
    while (true) {
      int nl = s.indexOf('\n', from);
      String line = nl < 0 ? s.substring(from) : s.substring(from, nl);
      out.append(cleanLine(line));
      if (nl < 0) {
        break;
      }
      out.append('\n');
      from = nl + 1;
    }
    return out.toString();
  }

  /**
   * Removes comments and the tags we know (see {@link #replacement}); other text stays. One pass from
   * "<" to "<": at each, a comment ({@code <!-- ... -->}) first, then a tag. Once a "<!--" has no
   * "-->" after it, no later one has either, so each "-->" is searched for at most once per comment
   * (the regex {@code <!--.*?-->} rescanned the rest of the text for every unclosed "<!--").
   */
  static String stripTags(String s) {
    int i = s.indexOf('<');
    if (i < 0) {
      return s;
    }
    Matcher m = TAG.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    int copied = 0; // s[copied, i) is still to be copied
    boolean closable = true; // false once a comment opener had no closer after it
    while (i >= 0) {
      if (closable && s.startsWith("<!--", i)) {
        int close = s.indexOf("-->", i + 4);
        if (close >= 0) {
          out.append(s, copied, i);
          copied = close + 3;
          i = s.indexOf('<', copied);
          continue;
        }
        closable = false;
      }
      m.region(i, s.length());
      if (m.lookingAt()) {
        out.append(s, copied, i).append(replacement(m));
        copied = m.end();
        i = s.indexOf('<', copied);
      } else {
        i = s.indexOf('<', i + 1);
      }
    }
    return out.append(s, copied, s.length()).toString();
  }

  /** What a tag becomes: a line break, a paragraph break, a space between cells, nothing, or itself. */
  private static String replacement(Matcher tag) {
    String name = tag.group(1).toLowerCase(Locale.ROOT);
    if (name.equals("br")) {
      return "\n";
    }
    if (BLOCK_TAGS.contains(name)) {
      return "\n\n"; // a block boundary is a paragraph boundary
    }
    if (name.equals("td") || name.equals("th")) {
      return " "; // keep table cells apart
    }
    return INLINE_TAGS.contains(name) ? "" : tag.group();
  }

  static String decodeEntities(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    Matcher m = ENTITY.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      String body = m.group(1);
      String decoded;
      if (body.charAt(0) == '#') {
        boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
        int cp = Integer.parseInt(body.substring(hex ? 2 : 1), hex ? 16 : 10);
        // NUL, C0 controls and surrogates are not text: leave such an entity as written
        boolean usable =
            (cp >= 0x20 && cp <= Character.MAX_CODE_POINT && !(cp >= 0xD800 && cp <= 0xDFFF))
                || cp == '\t'
                || cp == '\n';
        decoded = usable ? new String(Character.toChars(cp)) : m.group();
      } else {
        // "&NBSP;" appears in pasted text too; an unknown name stays as written
        decoded = NAMED_ENTITIES.getOrDefault(body.toLowerCase(Locale.ROOT), m.group());
      }
      m.appendReplacement(out, Matcher.quoteReplacement(decoded));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** One line: drop invisible characters, normalize spaces, trim. */
  static String cleanLine(String line) {
    StringBuilder b = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      i += Character.charCount(cp);
      if (isInvisible(cp)) {
        continue;
      }
      if (cp == IDEOGRAPHIC_SPACE || cp == 0x00A0) {
        // web copy uses both as layout space; decided below, once the neighbours are known
        b.append(IDEOGRAPHIC_SPACE);
      } else if (isSpace(cp)) {
        b.append(' ');
      } else {
        b.appendCodePoint(cp);
      }
    }
    // Collapse each run of spaces: a run holding a U+3000 or NBSP between two Chinese characters is
    // layout (justification), not a word break, so it goes; leading/trailing runs are indentation.
    StringBuilder out = new StringBuilder(b.length());
    int n = b.length();
    int i = 0;
    while (i < n) {
      char c = b.charAt(i);
      if (c != ' ' && c != IDEOGRAPHIC_SPACE) {
        out.append(c);
        i++;
        continue;
      }
      int j = i;
      boolean ideographic = false;
      while (j < n && (b.charAt(j) == ' ' || b.charAt(j) == IDEOGRAPHIC_SPACE)) {
        ideographic |= b.charAt(j) == IDEOGRAPHIC_SPACE;
        j++;
      }
      boolean edge = out.length() == 0 || j == n;
      if (!edge) {
        boolean betweenChinese =
            ideographic && isChinese(out.codePointBefore(out.length())) && isChinese(b.codePointAt(j));
        if (!betweenChinese) {
          out.append(' ');
        }
      }
      i = j;
    }
    return out.toString();
  }

  /** Zero-width characters, the soft hyphen and control characters other than tab. */
  static boolean isInvisible(int cp) {
    switch (cp) {
      case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x180E:
        return true;
      case '\t':
        return false;
      default:
        return Character.getType(cp) == Character.CONTROL;
    }
  }

  static boolean isSpace(int cp) {
    return cp == ' '
        || cp == '\t'
        || cp == 0x1680
        || (cp >= 0x2000 && cp <= 0x200A)
        || cp == 0x202F
        || cp == 0x205F;
  }

  /** Han characters and the punctuation that only Chinese (CJK) text uses. */
  static boolean isChinese(int cp) {
    return isHan(cp)
        || (cp >= 0x3001 && cp <= 0x303F)
        || (cp >= 0xFF01 && cp <= 0xFF60)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || cp == 0x201C
        || cp == 0x201D
        || cp == 0x2018
        || cp == 0x2019
        || cp == 0x2026
        || cp == 0x2014;
  }

  static boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  static boolean containsHan(CharSequence s) {
    return s.codePoints().anyMatch(TextCleaner::isHan);
  }

  static boolean containsLatinLetter(CharSequence s) {
    return s.codePoints()
        .anyMatch(cp -> Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
  }
}
