package dev.yuanwen.document;

import dev.yuanwen.InputException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads English digests; the layout and rules are documented on {@link Digest}. */
final class DigestParser {
  private static final Logger LOG = LoggerFactory.getLogger(DigestParser.class);

  private DigestParser() {}

  // longest alternatives first, so "XVIII" is not read as "X"
  private static final String ROMAN =
      "XVIII|XVII|XIII|XVI|XIV|XII|XIX|VIII|III|VII|XV|XI|XX|IV|IX|VI|II|X|V|I";
  private static final Pattern ROMAN_HEADING = Pattern.compile("^((?:" + ROMAN + ")[.)])\\s+(\\S.*)$");
  private static final Pattern MD_HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");
  private static final Pattern NUMBERED =
      Pattern.compile("^(\\d{1,3}[.)](?=\\s)|\\d{1,3}\\.(?=[A-Z\"“])|\\d{1,3}、|[(（]\\d{1,3}[)）])\\s*(.*)$");
  private static final Pattern BULLET = Pattern.compile("^([•·●▪◦‣∙](?=\\s*\\S)|[-*+–](?=\\s))\\s*(.*)$");
  private static final Pattern CONCLUSION =
      Pattern.compile(
          "^(in conclusion|conclusion|to conclude|in summary)\\s*[:：,，]\\s*(.*)$", Pattern.CASE_INSENSITIVE);
  /** "In Conclusion" on a line of its own: a closing section whose paragraphs are the conclusion. */
  private static final Pattern CLOSING_TITLE =
      Pattern.compile(
          "^(in conclusion|conclusions?|to conclude|in summary|final thoughts|the bottom line)\\s*[:：]?\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ZH_TITLE = Pattern.compile("^(?:原文|原标题|原標題)\\s*[:：]\\s*(.*)$");
  private static final Pattern SENTENCE_END = Pattern.compile("\\p{L}{4,}[.](?:\\s|$)");
  private static final Set<String> SUMMARY_LABELS =
      Set.of("summary of key points", "summary of the key points", "key points", "summary");

  static final int MAX_LABEL_CHARS = 80;
  static final int MAX_LABEL_WORDS = 12;

  /** What a line starts, before its position decides between lead and paragraph. */
  private enum Start {
    HEADING,
    ITEM,
    BULLET,
    CONCLUSION,
    PLAIN
  }

  /** A point being read: its first line's classification and all its lines. */
  private static final class Unit {
    final Start start;
    final String marker;
    final String label; // a conclusion's opening phrase; others find theirs in the body
    final int depth; // heading depth: Markdown hashes, Roman = 1
    final StringBuilder raw;
    final StringBuilder body; // without marker, bold removed
    String lastLine;
    boolean closing; // a heading that opens the conclusion

    Unit(Start start, String marker, String label, int depth, String line, String body) {
      this.start = start;
      this.marker = marker;
      this.label = label;
      this.depth = depth;
      this.raw = new StringBuilder(line);
      this.body = new StringBuilder(body);
      this.lastLine = line;
    }

    void append(String line) {
      raw.append(' ').append(line);
      if (body.length() > 0) {
        body.append(' ');
      }
      body.append(stripBold(line));
      lastLine = line;
    }
  }

  static Digest parse(String text, String source) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    Inputs.checkNotBinary(text, source);
    String cleaned = TextCleaner.clean(text);
    if (cleaned.isBlank()) {
      throw new InputException(source, "empty");
    }
    if (!TextCleaner.containsLatinLetter(cleaned)) {
      throw new InputException(source, "no English text found");
    }
    List<String> lines = Arrays.asList(cleaned.split("\n", -1));
    Header header = readHeader(lines);
    List<Point> points = toPoints(readUnits(lines, header.bodyStart()));
    check(points, source);
    LOG.debug("{}: outlet '{}', title '{}', {} points", source, header.outlet(), header.titleEn(), points.size());
    return new Digest(source, header.outlet(), header.titleEn(), header.titleZh(), points);
  }

  /** The metadata lines at the top, and the index of the first body line. */
  private record Header(String outlet, String titleEn, String titleZh, int bodyStart) {}

  private static Header readHeader(List<String> lines) {
    String outlet = "";
    String titleEn = "";
    String titleZh = "";
    boolean summarySeen = false;
    boolean outletJustBefore = false;
    boolean onlyOneHashHeading = countOneHashHeadings(lines) == 1; // else "# " lines are sections
    int i = nextNonBlank(lines, 0);
    boolean first = true;
    while (i < lines.size()) {
      String s = stripBold(lines.get(i));
      int nextIndex = nextNonBlank(lines, i + 1);
      String next = nextIndex < lines.size() ? stripBold(lines.get(nextIndex)) : null;
      Matcher zh = ZH_TITLE.matcher(s);
      boolean wasOutlet = false;
      if (zh.matches() && titleZh.isEmpty()) {
        titleZh = zh.group(1).strip();
      } else if (isSummaryLabel(s)) {
        summarySeen = true;
      } else if (summarySeen) {
        break; // the body starts after the summary label
      } else if (titleEn.isEmpty() && onlyOneHashHeading && markdownTitle(s) != null) {
        titleEn = markdownTitle(s);
      } else if (titleEn.isEmpty() && isQuoted(s)) {
        titleEn = s.substring(1, s.length() - 1).strip();
      } else if (first && looksLikeOutlet(s, next)) {
        outlet = s;
        wasOutlet = true;
      } else if (titleEn.isEmpty() && looksLikeUnquotedTitle(s, next, outletJustBefore)) {
        titleEn = s;
      } else {
        break;
      }
      outletJustBefore = wasOutlet;
      first = false;
      i = nextIndex;
    }
    return new Header(outlet, titleEn, titleZh, i);
  }

  /** See {@link Digest#of(String, List)}. */
  static Digest of(String source, List<String> texts) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(texts, "points");
    List<Unit> units = new ArrayList<>(texts.size());
    for (int k = 0; k < texts.size(); k++) {
      String t = Objects.requireNonNull(texts.get(k), "point");
      Inputs.checkNotBinary(t, source);
      StringBuilder joined = new StringBuilder();
      for (String line : TextCleaner.clean(t).split("\n")) {
        if (!line.isEmpty()) {
          joined.append(joined.length() > 0 ? " " : "").append(line);
        }
      }
      if (joined.length() == 0) {
        // dropping it would shift every later index against the caller's numbering
        throw new InputException(source, "point " + (k + 1) + " is empty");
      }
      units.add(classify(joined.toString()));
    }
    if (units.isEmpty()) {
      throw new InputException(source, "empty");
    }
    List<Point> points = toPoints(units);
    check(points, source);
    return new Digest(source, "", "", "", points);
  }

  private static void check(List<Point> points, String source) {
    if (points.isEmpty()) {
      throw new InputException(source, "no points found (only a title and header lines)");
    }
    List<String> raws = new ArrayList<>(points.size());
    boolean english = false;
    for (Point p : points) {
      raws.add(p.raw());
      english |= TextCleaner.containsLatinLetter(p.raw());
    }
    if (!english) {
      throw new InputException(source, "no English text found");
    }
    // the points, not the header: a 原文 title line is Chinese in every digest
    int han = 0;
    int words = 0;
    for (String raw : raws) {
      ScriptCounts c = ScriptCounts.of(raw);
      han += c.hanChars();
      words += c.latinWords();
    }
    ScriptCounts counts = new ScriptCounts(han, words);
    if (!counts.mostlyEnglish()) {
      throw new InputException(source, "mostly Chinese, not an English digest (its points hold "
          + counts.describe() + "); is it the Chinese article?");
    }
    Inputs.checkParagraphSizes(raws, "point", source);
  }

  private static List<Unit> readUnits(List<String> lines, int from) {
    boolean blankSeparated = ParagraphSplitter.usesBlankLines(lines.subList(from, lines.size()));
    List<Unit> units = new ArrayList<>();
    Unit current = null;
    boolean structureSeen = false;
    for (int i = from; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty() || isRule(line)) {
        current = null;
        continue;
      }
      if (!structureSeen && isSummaryLabel(stripBold(line))) {
        current = null; // a label placed after the lead is still not a point
        continue;
      }
      Unit unit = classify(line);
      if (unit.start == Start.PLAIN
          && current != null
          && current.start != Start.HEADING
          && (blankSeparated
              || !ParagraphSplitter.endsClosed(current.lastLine)
              || Character.isLowerCase(line.codePointAt(0)))) {
        current.append(line);
        continue;
      }
      structureSeen |= unit.start != Start.PLAIN;
      units.add(unit);
      current = unit;
    }
    return units;
  }

  /** Classifies one line (or one pre-split point) by its marker. */
  private static Unit classify(String line) {
    String s = stripBold(line);
    Matcher m = MD_HEADING.matcher(s);
    if (m.matches() && !m.group(2).isEmpty()) {
      String title = m.group(2);
      return new Unit(Start.HEADING, m.group(1), "", m.group(1).length(), line, title);
    }
    m = ROMAN_HEADING.matcher(s);
    if (m.matches() && isHeadingTitle(m.group(2))) {
      return new Unit(Start.HEADING, m.group(1), "", 1, line, m.group(2));
    }
    m = NUMBERED.matcher(s);
    if (m.matches()) {
      return new Unit(Start.ITEM, m.group(1), "", 0, line, m.group(2));
    }
    m = BULLET.matcher(s);
    if (m.matches()) {
      return new Unit(Start.BULLET, m.group(1), "", 0, line, m.group(2));
    }
    m = CLOSING_TITLE.matcher(s);
    if (m.matches()) {
      Unit closing = new Unit(Start.HEADING, "", "", 1, line, m.group(1));
      closing.closing = true;
      return closing;
    }
    m = CONCLUSION.matcher(s);
    if (m.matches()) {
      return new Unit(Start.CONCLUSION, "", m.group(1), 0, line, m.group(2));
    }
    return new Unit(Start.PLAIN, "", "", 0, line, s);
  }

  /** Not "I. e. ..." or a long sentence after an initial ("V. Putin said ... ."). */
  private static boolean isHeadingTitle(String title) {
    int c = title.codePointAt(0);
    boolean opens =
        Character.isUpperCase(c)
            || Character.isDigit(c)
            || "\"“‘'(（《".indexOf(c) >= 0
            || (Character.isLetter(c) && !Character.isLowerCase(c) && c > 0x7F);
    if (!opens) {
      return false;
    }
    return !(title.endsWith(".") && words(title) > 25);
  }

  private static List<Point> toPoints(List<Unit> units) {
    List<Point> points = new ArrayList<>(units.size());
    Deque<int[]> headings = new ArrayDeque<>(); // {point index, depth}
    boolean leadOpen = true;
    boolean concluding = false; // under a closing heading: its paragraphs conclude
    for (Unit u : units) {
      int index = points.size();
      String raw = u.raw.toString().strip();
      String body = u.body.toString().strip();
      Point.Kind kind;
      String label;
      String text;
      int parent;
      switch (u.start) {
        case HEADING -> {
          while (!headings.isEmpty() && headings.peek()[1] >= u.depth) {
            headings.pop();
          }
          parent = headings.isEmpty() ? -1 : headings.peek()[0];
          headings.push(new int[] {index, u.depth});
          concluding = u.closing;
          kind = Point.Kind.HEADING;
          label = body;
          text = body;
        }
        case ITEM, BULLET -> {
          parent = headings.isEmpty() ? -1 : headings.peek()[0];
          kind = u.start == Start.ITEM ? Point.Kind.ITEM : Point.Kind.BULLET;
          String[] split = splitLabel(body);
          label = split[0];
          text = split[1];
        }
        case CONCLUSION -> {
          parent = -1;
          headings.clear(); // the conclusion closes the sections
          concluding = false;
          kind = Point.Kind.CONCLUSION;
          label = u.label;
          text = body;
        }
        default -> {
          kind = leadOpen ? Point.Kind.LEAD : concluding ? Point.Kind.CONCLUSION : Point.Kind.PARAGRAPH;
          parent = leadOpen || headings.isEmpty() ? -1 : headings.peek()[0];
          label = "";
          text = body;
        }
      }
      leadOpen = false; // only the opening paragraph is the lead
      int level = parent < 0 ? 0 : points.get(parent).level() + 1;
      points.add(new Point(index, kind, u.marker, label, text, raw, parent, level));
    }
    return points;
  }

  /** {label, text}; see the class comment for when the part before the colon is a label. */
  static String[] splitLabel(String body) {
    for (int k = 0; k < body.length(); k++) {
      char c = body.charAt(k);
      boolean colon =
          c == '：' || (c == ':' && (k + 1 == body.length() || Character.isWhitespace(body.charAt(k + 1))));
      if (!colon) {
        continue;
      }
      String label = body.substring(0, k).strip();
      String rest = body.substring(k + 1).strip();
      if (isLabel(label) && !rest.isEmpty()) {
        return new String[] {label, rest};
      }
      break; // only the first colon can end a label
    }
    return new String[] {"", body};
  }

  private static boolean isLabel(String s) {
    if (s.isEmpty() || s.codePointCount(0, s.length()) > MAX_LABEL_CHARS || words(s) > MAX_LABEL_WORDS) {
      return false;
    }
    if (s.indexOf('?') >= 0 || s.indexOf('!') >= 0 || SENTENCE_END.matcher(s).find()) {
      return false;
    }
    return count(s, '"') % 2 == 0 && count(s, '“') == count(s, '”');
  }

  /**
   * A horizontal rule: three or more of one of {@code - * _ =}, spaces between them allowed ("---",
   * "* * *"). A scan, not the regex {@code ^([-*_=])(?:\s*\1){2,}$}: Java runs a repeated group by
   * recursion, and a 20,000-dash line overflowed the stack.
   */
  static boolean isRule(String line) {
    int n = line.length();
    if (n < 3) {
      return false;
    }
    char c = line.charAt(0);
    if ("-*_=".indexOf(c) < 0 || line.charAt(n - 1) != c) {
      return false;
    }
    int marks = 0;
    for (int k = 0; k < n; k++) {
      char x = line.charAt(k);
      if (x == c) {
        marks++;
      } else if (!(x == ' ' || (x >= '\t' && x <= '\r'))) { // regex \s
        return false;
      }
    }
    return marks >= 3;
  }

  private static boolean isSummaryLabel(String s) {
    String t = s.strip();
    int hashes = 0;
    while (hashes < t.length() && t.charAt(hashes) == '#') {
      hashes++; // an index, not substring(1) per '#': a line of a million '#' was quadratic
    }
    t = t.substring(hashes).strip();
    if (t.endsWith(":") || t.endsWith("：")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return SUMMARY_LABELS.contains(t.toLowerCase(Locale.ROOT));
  }

  private static int countOneHashHeadings(List<String> lines) {
    int n = 0;
    for (String line : lines) {
      if (markdownTitle(stripBold(line)) != null) {
        n++;
      }
    }
    return n;
  }

  /** The title of a one-hash Markdown heading, or null. */
  private static String markdownTitle(String s) {
    Matcher m = MD_HEADING.matcher(s);
    return m.matches() && m.group(1).length() == 1 && !m.group(2).isEmpty() ? m.group(2) : null;
  }

  private static boolean isQuoted(String s) {
    if (s.length() < 3) {
      return false;
    }
    char a = s.charAt(0);
    char z = s.charAt(s.length() - 1);
    return (a == '"' && z == '"' && count(s, '"') == 2)
        || (a == '“' && z == '”' && count(s, '“') == 1 && count(s, '”') == 1);
  }

  private static boolean looksLikeOutlet(String s, String next) {
    if (isMarkerLine(s) || isQuoted(s) || s.codePointCount(0, s.length()) > 40 || words(s) > 6) {
      return false;
    }
    if (endsWithTerminal(s)) {
      return false;
    }
    if (TextCleaner.containsHan(s) && !TextCleaner.containsLatinLetter(s)) {
      return true; // a Chinese name atop an English digest is not one of its points
    }
    return next != null
        && (isQuoted(next)
            || ZH_TITLE.matcher(next).matches()
            || isSummaryLabel(next)
            || (!isMarkerLine(next) && next.codePointCount(0, next.length()) <= 150 && !endsWithTerminal(next)));
  }

  private static boolean looksLikeUnquotedTitle(String s, String next, boolean afterOutlet) {
    if (isMarkerLine(s) || s.codePointCount(0, s.length()) > 200 || s.endsWith(".")) {
      return false;
    }
    if (next != null && (ZH_TITLE.matcher(next).matches() || isSummaryLabel(next))) {
      return true;
    }
    // a headline may end in "?" or "!", so only a period or colon rules it out here
    return afterOutlet && s.codePointCount(0, s.length()) <= 150 && !s.endsWith(":") && !s.endsWith("：");
  }

  private static boolean isMarkerLine(String s) {
    return classify(s).start != Start.PLAIN;
  }

  private static boolean endsWithTerminal(String s) {
    return ParagraphSplitter.endsClosed(s);
  }

  /** Markdown bold markers are emphasis, not content. */
  static String stripBold(String s) {
    return s.indexOf("**") < 0 ? s : s.replace("**", "").strip();
  }

  private static int nextNonBlank(List<String> lines, int from) {
    int i = from;
    while (i < lines.size() && lines.get(i).isEmpty()) {
      i++;
    }
    return i;
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
