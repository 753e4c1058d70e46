package dev.yuanwen.align;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the figures of English text in one pass: digits with their currency sign, scale and percent
 * ($965 billion, 35,000, 47 percent, 10x, 21st), spelled numbers that a scale, percent, "times" or
 * "-fold" makes a figure (two million, twenty percent, ten times, tenfold), ranges (5-7%, $1-2
 * billion). Digits inside names (COVID-19, GPT-4o, H3N2, PM2.5, 5G) and bare spelled numbers
 * ("three schools") are left out: the first are not quantities, the second too often unstated in
 * the Chinese (三所学校 reads the same way, but so does 一些).
 */
final class EnglishFigures {
  private static final Map<String, Integer> NUMBER_WORDS = numberWords();

  private static final Map<String, Double> SCALE_WORDS = Map.of(
      "hundred", 1e2, "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12,
      "mn", 1e6, "mln", 1e6, "bn", 1e9, "bln", 1e9, "tn", 1e12);

  /** Currency codes written before the number, glued or not: RMB12.35 million, USD 5 billion. */
  private static final Set<String> CURRENCY_CODES = Set.of("rmb", "cny", "usd", "eur", "gbp", "jpy", "hkd");

  /** Words before a hyphen that leave the number after it a figure: mid-2025, top-10. */
  private static final Set<String> HYPHEN_PREFIXES =
      Set.of("mid", "pre", "post", "early", "late", "top", "over", "under");

  /** Words that make the figure after them approximate, hence within a fifteenth. */
  private static final Set<String> HEDGES = Set.of(
      "about", "around", "nearly", "almost", "roughly", "approximately", "approx", "over", "under", "some",
      "circa", "estimated", "more than", "less than", "fewer than", "up to", "at least", "close to",
      "upwards of", "as many as", "as much as", "as few as", "as little as", "in excess of");

  private EnglishFigures() {}

  /** A figure read from digits, before range and hedge are settled. */
  private record Reading(int start, int end, ArabicNumber number, double multiplier, boolean hedgedAfter) {
    boolean yearLike() {
      return number.yearLike() && multiplier == 1;
    }
  }

  static List<Figure> find(String text) {
    List<Figure> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      int next;
      if (ArabicNumber.isDigit(c)) {
        next = digits(text, i, out);
      } else if (LatinTokens.isLetter(c)) {
        next = word(text, i, out);
      } else {
        next = i + 1;
      }
      // Both readers take in at least the char at i; should one ever not, the scan still moves on.
      assert next > i : "figure scan stalled at " + i + " in " + text;
      i = Math.max(next, i + 1);
    }
    return Collections.unmodifiableList(out);
  }

  private static int digits(String text, int i, List<Figure> out) {
    Reading r = read(text, i);
    if (r == null) {
      return LatinTokens.skipRun(text, i);
    }
    double multiplier = r.multiplier();
    if (r.end() == r.number().end() && !r.yearLike()) { // bare digits; not 3% to $2 billion
      Reading upper = rangePartner(text, r);
      if (upper != null) {
        multiplier = upper.multiplier(); // $1-2 billion: the scale covers both ends
      }
    }
    boolean hedged = !r.yearLike() && (r.hedgedAfter() || hedgedBefore(text, r.start()));
    ArabicNumber num = r.number();
    double value = num.value(multiplier);
    if (Double.isFinite(value) && Double.isFinite(num.unit() * multiplier)) { // not a 400-digit string
      out.add(Figure.written(text, r.start(), r.end(), value, num.unit() * multiplier, hedged));
    }
    return r.end();
  }

  /** The figure whose digits start at {@code i}, or null when they belong to a name or a list. */
  private static Reading read(String text, int i) {
    int n = text.length();
    if (i > 0) {
      char p = text.charAt(i - 1);
      boolean name = LatinTokens.isLetter(p) && currencyStart(text, i) == i;
      if (name || (p == '.' && i > 1 && LatinTokens.isAlnum(text.charAt(i - 2)))) {
        return null; // A380, No.5
      }
    }
    ArabicNumber num = ArabicNumber.read(text, i);
    int j = num.end();
    if (j + 1 < n && (text.charAt(j) == ':' || text.charAt(j) == '.') && ArabicNumber.isDigit(text.charAt(j + 1))) {
      return null; // 3:30, 3:1, version 1.2.3
    }
    if (ArabicNumber.isListMarker(text, i, j)) {
      return null;
    }
    int start = currencyStart(text, i);
    double multiplier = 1;
    boolean hedgedAfter = false;
    int end = j;
    char next = j < n ? text.charAt(j) : 0;
    if (LatinTokens.isLetter(next)) {
      int k = LatinTokens.lettersEnd(text, j);
      if (k < n && ArabicNumber.isDigit(text.charAt(k))) {
        return null;
      }
      multiplier = LatinTokens.gluedMultiplier(text.substring(j, k), start < i);
      if (multiplier == 0) {
        return null; // 5G, 3D, 7B
      }
      end = k;
    } else if (next == '%' || next == '×') {
      end = j + 1;
    } else if (next == '+' && (j + 1 == n || !LatinTokens.isAlnum(text.charAt(j + 1)))) {
      end = j + 1;
      hedgedAfter = true; // 1,000+
    } else {
      int w = wordAfter(text, j); // after a space or a hyphen: $1.2-trillion
      int we = w > 0 ? LatinTokens.lettersEnd(text, w) : -1;
      Double scale = w > 0 ? SCALE_WORDS.get(lower(text, w, we)) : null;
      if (scale != null && scale == 100) {
        // "1.2 hundred million", as 亿 is often translated: the hundred scales the next scale word
        int w2 = wordAfter(text, we);
        int we2 = w2 > 0 ? LatinTokens.lettersEnd(text, w2) : -1;
        Double next2 = w2 > 0 && text.charAt(we) == ' ' ? SCALE_WORDS.get(lower(text, w2, we2)) : null;
        if (next2 != null && next2 > 100) {
          scale = 100 * next2;
          we = we2;
        }
      }
      if (scale != null && scale > 100) {
        multiplier = scale;
        end = we;
      } else {
        end = Math.max(j, percentOrMultipleEnd(text, j));
      }
    }
    return new Reading(start, end, num, multiplier, hedgedAfter);
  }

  /** Where a figure starts once its currency is counted: $5, US$5, HK$5, ¥5, €5, RMB5, USD 5. */
  private static int currencyStart(String text, int i) {
    if (i == 0) {
      return i;
    }
    if ("$¥€£".indexOf(text.charAt(i - 1)) < 0) {
      int e = text.charAt(i - 1) == ' ' ? i - 1 : i;
      int b = e;
      while (b > 0 && LatinTokens.isLetter(text.charAt(b - 1))) {
        b--;
      }
      return b < e && CURRENCY_CODES.contains(lower(text, b, e)) ? b : i;
    }
    int sign = i - 1;
    int k = sign;
    while (k > 0 && sign - k < 3 && isUpper(text.charAt(k - 1))) {
      k--;
    }
    return k < sign && (k == 0 || !LatinTokens.isLetter(text.charAt(k - 1))) ? k : sign;
  }

  /**
   * The figure that makes {@code r} the lower end of a range (5-7%, 2021–2030, 1 to 2 million,
   * between 5 and 7), or null.
   */
  private static Reading rangePartner(String text, Reading r) {
    int n = text.length();
    int k = skipSpaces(text, r.end());
    if (k >= n) {
      return null;
    }
    char c = text.charAt(k);
    if (c == '-' || c == '‑' || c == '–' || c == '—' || c == '~') {
      k++;
    } else if (LatinTokens.isLetter(c)) {
      int we = LatinTokens.lettersEnd(text, k);
      String w = lower(text, k, we);
      List<String> before = wordsBefore(text, r.start(), 1);
      if (!w.equals("to") && !(w.equals("and") && before.equals(List.of("between")))) {
        return null;
      }
      k = we;
    } else {
      return null;
    }
    k = skipSpaces(text, k);
    while (k < n && k - r.end() < 8 && (isUpper(text.charAt(k)) || "$¥€£".indexOf(text.charAt(k)) >= 0)) {
      k++; // 5 to US$7 billion
    }
    return k < n && ArabicNumber.isDigit(text.charAt(k)) ? read(text, k) : null;
  }

  /**
   * Reads the word starting at {@code i}: steps over names with digits (COVID-19, Chang'e-6), stops
   * before the digits of mid-2025, and reads spelled figures.
   */
  private static int word(String text, int i, List<Figure> out) {
    int n = text.length();
    int k = LatinTokens.lettersEnd(text, i);
    while (k + 1 < n && isApostrophe(text.charAt(k)) && LatinTokens.isLetter(text.charAt(k + 1))) {
      k = LatinTokens.lettersEnd(text, k + 1); // Chang'e, China's
    }
    if (k < n && ArabicNumber.isDigit(text.charAt(k))) {
      // RMB12bn is money; H3N2, PM2.5, FY2025 are names
      return CURRENCY_CODES.contains(lower(text, i, k)) ? k : LatinTokens.skipRun(text, i);
    }
    if (k + 1 < n && LatinTokens.isJoiner(text.charAt(k)) && ArabicNumber.isDigit(text.charAt(k + 1))) {
      boolean hyphen = text.charAt(k) == '-' || text.charAt(k) == '‑';
      return hyphen && HYPHEN_PREFIXES.contains(lower(text, i, k)) ? k + 1 : LatinTokens.skipRun(text, i);
    }
    String w = lower(text, i, k);
    if (w.length() > 4 && w.endsWith("fold")) {
      String times = w.substring(0, w.length() - 4);
      Integer v = NUMBER_WORDS.get(times);
      Double scale = SCALE_WORDS.get(times);
      if (v != null || (scale != null && scale <= 1e3)) { // tenfold, hundredfold; not manifold
        out.add(Figure.written(text, i, k, v != null ? v : scale, 1, hedgedBefore(text, i)));
      }
      return k;
    }
    if (NUMBER_WORDS.containsKey(w) || w.equals("a")) {
      return spelled(text, i, k, out);
    }
    return k;
  }

  /**
   * Reads a spelled number starting at {@code i} (its first word ending at {@code firstEnd}) and
   * keeps it when a scale, percent, "times" or "-fold" follows or "hundred" is in it: two million, a
   * billion, twenty-five percent, one hundred and twenty million, two hundred, ten times, ten-fold.
   */
  private static int spelled(String text, int i, int firstEnd, List<Figure> out) {
    int n = text.length();
    double value = 0;
    double scale = 1;
    boolean numeral = false;
    boolean hundred = false;
    int end = i;
    int j = i;
    while (true) {
      int we = LatinTokens.lettersEnd(text, j);
      String w = lower(text, j, we);
      Integer v = NUMBER_WORDS.get(w);
      Double s = SCALE_WORDS.get(w);
      if (v != null) {
        value += v;
        numeral = true;
      } else if (w.equals("a") && j == i) {
        value = 1; // a million, a hundred
      } else if (w.equals("hundred") && j > i) {
        value = Math.max(value, 1) * 100;
        numeral = true;
        hundred = true;
      } else if (w.equals("and") && hundred && followedByNumberWord(text, we)) {
        // one hundred and twenty
      } else if (s != null && j > i && s > 100) {
        scale = s;
        end = we;
        break;
      } else {
        break;
      }
      end = we;
      if (we + 1 < n && isSeparator(text.charAt(we)) && LatinTokens.isLetter(text.charAt(we + 1))) {
        j = we + 1;
      } else {
        break;
      }
    }
    if (scale == 1) {
      int f = numeral ? percentOrMultipleEnd(text, end) : -1;
      if (f >= 0) {
        end = f;
      } else if (!hundred) {
        return Math.max(firstEnd, end); // three schools, a new plan
      }
    }
    if (Double.isFinite(value)) { // not "hundred hundred hundred ..."
      out.add(Figure.written(text, i, end, value * scale, scale, hedgedBefore(text, i)));
    }
    return end;
  }

  /**
   * The end of "%", "percent", "per cent", "percentage point(s)", "pct", "times" or "-fold" after a
   * number ending at {@code j}, or -1.
   */
  private static int percentOrMultipleEnd(String text, int j) {
    int n = text.length();
    if (j + 1 < n && isSeparator(text.charAt(j)) && text.charAt(j) != '-' && text.charAt(j + 1) == '%') {
      return j + 2;
    }
    int w = wordAfter(text, j);
    if (w < 0) {
      return -1;
    }
    int we = LatinTokens.lettersEnd(text, w);
    boolean hyphen = text.charAt(j) == '-' || text.charAt(j) == '‑';
    switch (lower(text, w, we)) {
      case "percent":
      case "pct":
        return hyphen ? -1 : we;
      case "fold":
        return we;
      case "times":
        return hyphen ? -1 : we;
      case "per":
        return !hyphen && nextWordIs(text, we, "cent") ? LatinTokens.lettersEnd(text, we + 1) : -1;
      case "percentage":
        if (!hyphen && (nextWordIs(text, we, "point") || nextWordIs(text, we, "points"))) {
          return LatinTokens.lettersEnd(text, we + 1);
        }
        return -1;
      default:
        return -1;
    }
  }

  /** Whether "about", "nearly", "more than" and the like come right before {@code start}. */
  private static boolean hedgedBefore(String text, int start) {
    int k = start;
    while (k > 0 && Character.isWhitespace(text.charAt(k - 1))) {
      k--;
    }
    if (k > 0 && (text.charAt(k - 1) == '~' || text.charAt(k - 1) == '≈')) {
      return true;
    }
    if (k >= 7 && text.regionMatches(true, k - 7, "approx.", 0, 7)) {
      return true; // the one hedge written with a full stop, which ends the word scan below
    }
    List<String> words = wordsBefore(text, start, 3);
    String phrase = "";
    for (String w : words) {
      phrase = phrase.isEmpty() ? w : w + " " + phrase;
      if (HEDGES.contains(phrase)) {
        return true;
      }
    }
    return false;
  }

  /** Up to {@code max} lower-case words right before {@code index}, nearest first. */
  private static List<String> wordsBefore(String text, int index, int max) {
    List<String> words = new ArrayList<>(max);
    int k = index;
    while (words.size() < max) {
      int e = k;
      while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      int b = e;
      while (b > 0 && LatinTokens.isLetter(text.charAt(b - 1))) {
        b--;
      }
      if (b == e) {
        break; // punctuation: a hedge does not reach across it
      }
      words.add(lower(text, b, e));
      k = b;
    }
    return words;
  }

  /** The start of the word after {@code j} and one separator (space or hyphen), or -1. */
  private static int wordAfter(String text, int j) {
    return j + 1 < text.length() && isSeparator(text.charAt(j)) && LatinTokens.isLetter(text.charAt(j + 1)) ? j + 1 : -1;
  }

  private static boolean followedByNumberWord(String text, int j) {
    int w = wordAfter(text, j);
    return w > 0 && text.charAt(j) == ' ' && NUMBER_WORDS.containsKey(lower(text, w, LatinTokens.lettersEnd(text, w)));
  }

  private static boolean nextWordIs(String text, int j, String word) {
    int w = wordAfter(text, j);
    return w > 0 && text.charAt(j) != '-' && lower(text, w, LatinTokens.lettersEnd(text, w)).equals(word);
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '\u00A0' || c == '-' || c == '‑';
  }

  private static int skipSpaces(String text, int k) {
    while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\u00A0')) {
      k++;
    }
    return k;
  }

  private static String lower(String text, int start, int end) {
    return text.substring(start, end).toLowerCase(Locale.ROOT);
  }

  private static Map<String, Integer> numberWords() {
    String[] small = {
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
      "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"
    };
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    Map<String, Integer> words = new HashMap<>();
    for (int k = 0; k < small.length; k++) {
      words.put(small[k], k + 1);
    }
    for (int k = 0; k < tens.length; k++) {
      words.put(tens[k], 20 + 10 * k);
    }
    return Map.copyOf(words);
  }
}
