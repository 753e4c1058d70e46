package dev.yuanwen.eval;

import dev.yuanwen.document.GoldDocument;
import dev.yuanwen.document.GoldDocument.AlteredNumber;
import dev.yuanwen.document.GoldDocument.GoldLink;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes copies of gold documents whose English points state a wrong figure, to measure how many
 * altered figures the aligner catches ({@code altered_caught}) on more cases than the hand-labelled
 * ones.
 *
 * <p><b>Which points.</b> Every English point (or parallel paragraph) that has at least one gold link
 * and at least one figure written in digits gets exactly one of its figures changed; points without
 * a gold link are left alone (a point with no source has nothing to contradict).
 *
 * <p><b>What is a figure.</b> A number written in digits, with optional thousands commas and
 * decimals ({@code 18}, {@code 6,000}, {@code 25.8}, {@code $965}), optionally followed by {@code %}
 * or "percent"/"per cent". Not figures: the digits of a leading list marker ({@code "1."}, {@code
 * "(2)"}, {@code "3、"}); digits touching a letter, a hyphen, a dot, a comma, a slash or a colon
 * on their left or a letter on their right, which are names and codes rather than quantities ({@code GPT-4},
 * {@code A321}, {@code G7}, {@code COVID-19}, {@code 65th}, {@code 10x}, {@code 5G}); parts of times
 * and fractions ({@code 10:30}, {@code 3/4}). A figure whose digits are all zero cannot be altered.
 *
 * <p><b>How it changes</b> (one figure per point, chosen uniformly among the point's figures):
 *
 * <ul>
 *   <li>a percentage is scaled by a factor 1 ± u, u uniform in [0.10, 0.40], and rounded to as many
 *       decimals as the original ({@code 25.8%} may become {@code 31.4%} or {@code 19.6%}); a
 *       percentage of at most 100 is scaled down when scaling up would take it above 100; when
 *       rounding gives back the original or a value ≤ 0 ({@code 1%}), the digit rule below applies;
 *   <li>a year (four digits from 1900 to 2099, no comma) has its last digit moved by 1 to 3 ({@code
 *       2023} may become {@code 2020}, {@code 2021}, {@code 2022}, {@code 2024}, {@code 2025} or
 *       {@code 2026});
 *   <li>any other number has one of its non-zero digits, chosen uniformly, replaced by a different
 *       non-zero digit, so its written form and order of magnitude stay ({@code 6,000} may become
 *       {@code 8,000}, {@code 18} may become {@code 13} or {@code 48}, {@code 0.5} may become {@code
 *       0.7}).
 * </ul>
 *
 * <p>A new value that one of the point's gold paragraphs contains as a number (thousands commas
 * ignored) is never chosen, since the point would then not state a figure its sources lack: a
 * percentage is drawn again (up to 20 times, then the digit rule applies), a year or digit change
 * is chosen among the values left, and when a figure has none another of the point's figures is
 * tried; a point with no figure left is not altered.
 *
 * <p><b>The copy</b> has the altered points' texts and an {@code altered_numbers} list (so every
 * copy counts towards {@code altered_caught} and {@code figure_false_alarms}) holding, for each
 * altered point, {@code [index, original figure, new figure]}; this replaces the gold's list, except
 * that a gold entry is kept for a point the tool did not alter (its figure is then usually written
 * in words), which still states a figure its sources lack. The {@code digest} text is left as
 * published (the evaluation does not read it).
 *
 * <p><b>Reproducible:</b> the choices for a document depend only on the seed and the document's id,
 * not on the other documents or their order.
 */
final class FigureAlterer {
  private static final int DRAWS = 20;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** A number in digits and its percent suffix; lookarounds keep out codes, names, times and fractions. */
  private static final Pattern FIGURE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}_\\-\\u2010-\\u2015.,/:])"
              + "(?<number>(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)"
              + "(?![\\p{L}\\p{N}_]|[.,:/]\\d)"
              + "(?<percent>\\s?%|\\s(?:percent|per\\s?cent)\\b)?");

  /** A leading list marker: "1." or "1)" before a space, "(1)", "1、". */
  private static final Pattern MARKER = Pattern.compile("^\\s*(?:\\(\\d{1,3}\\)|\\d{1,3}(?:[.)](?=\\s)|、))");

  private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3})");

  private FigureAlterer() {}

  /**
   * A figure in a text.
   *
   * @param start offset of its first digit
   * @param end offset after its last character (percent sign or word included)
   * @param number the number as written ({@code "6,000"})
   * @param percent whether it is a percentage
   */
  record Figure(int start, int end, String number, boolean percent) {
    /** The figure as written, with its percent suffix. */
    String text(String in) {
      return in.substring(start, end);
    }
  }

  /** The alterable figures of {@code text}, in order (see the class comment). */
  static List<Figure> figures(String text) {
    Matcher marker = MARKER.matcher(text);
    int from = marker.find() ? marker.end() : 0;
    List<Figure> out = new ArrayList<>();
    Matcher m = FIGURE.matcher(text);
    while (m.find()) {
      if (m.start() < from || m.group("number").chars().noneMatch(c -> c >= '1' && c <= '9')) {
        continue;
      }
      out.add(new Figure(m.start(), m.end(), m.group("number"), m.group("percent") != null));
    }
    return out;
  }

  /** A copy of {@code doc} with one figure altered in each linked point that has one. */
  static GoldDocument alter(GoldDocument doc, long seed) {
    Random random = new Random(seed * 0x9E3779B97F4A7C15L ^ doc.id().hashCode());
    List<List<String>> sources = new ArrayList<>();
    for (int i = 0; i < doc.en().size(); i++) {
      sources.add(new ArrayList<>());
    }
    for (GoldLink l : doc.links()) {
      sources.get(l.en()).add(normalized(doc.zh().get(l.zh())));
    }
    List<String> en = new ArrayList<>(doc.en());
    List<AlteredNumber> altered = new ArrayList<>();
    Set<Integer> touched = new HashSet<>();
    for (int i = 0; i < en.size(); i++) {
      List<String> linked = sources.get(i);
      if (linked.isEmpty()) {
        continue;
      }
      String text = en.get(i);
      List<Figure> figures = new ArrayList<>(figures(text));
      Collections.shuffle(figures, random);
      for (Figure f : figures) {
        String number = changed(f, random, n -> !inAny(linked, n));
        if (number == null) {
          continue;
        }
        String written = f.text(text);
        String replaced = number + written.substring(f.number().length());
        en.set(i, text.substring(0, f.start()) + replaced + text.substring(f.end()));
        altered.add(new AlteredNumber(i, written, replaced));
        touched.add(i);
        break;
      }
    }
    for (AlteredNumber a : doc.alteredNumbers()) {
      if (!touched.contains(a.point())) {
        altered.add(a);
      }
    }
    altered.sort(Comparator.comparingInt(AlteredNumber::point));
    return new GoldDocument(doc.id(), doc.kind(), doc.source(), doc.titleZh(), doc.titleEn(), doc.zh(), en,
        doc.links(), doc.unsupported(), altered, doc.digestText(), true, doc.beads());
  }

  /** A different value for {@code f}, written like it, by the class comment's rule; null when there is none. */
  static String changed(Figure f, Random random) {
    return changed(f, random, n -> true);
  }

  /** As {@link #changed(Figure, Random)}, among the values {@code allowed} accepts. */
  static String changed(Figure f, Random random, Predicate<String> allowed) {
    String number = f.number();
    if (f.percent()) {
      for (int draw = 0; draw < DRAWS; draw++) {
        String scaled = scaled(number, random);
        if (scaled == null) {
          break; // rounding cannot move it
        }
        if (allowed.test(scaled)) {
          return scaled;
        }
      }
    }
    if (number.length() == 4 && number.matches("(19|20)\\d\\d") && !f.percent()) {
      int last = number.charAt(3) - '0';
      List<String> options = new ArrayList<>();
      for (int d = -3; d <= 3; d++) {
        String year = number.substring(0, 3) + (last + d);
        if (d != 0 && last + d >= 0 && last + d <= 9 && allowed.test(year)) {
          options.add(year);
        }
      }
      return options.isEmpty() ? null : options.get(random.nextInt(options.size()));
    }
    List<Integer> nonZero = new ArrayList<>();
    for (int k = 0; k < number.length(); k++) {
      char c = number.charAt(k);
      if (c >= '1' && c <= '9') {
        nonZero.add(k);
      }
    }
    Collections.shuffle(nonZero, random);
    for (int k : nonZero) {
      List<String> options = new ArrayList<>();
      for (char d = '1'; d <= '9'; d++) {
        String v = number.substring(0, k) + d + number.substring(k + 1);
        if (d != number.charAt(k) && allowed.test(v)) {
          options.add(v);
        }
      }
      if (!options.isEmpty()) {
        return options.get(random.nextInt(options.size()));
      }
    }
    return null;
  }

  /** {@code number} scaled by 1 ± [0.10, 0.40] and rounded like it, or null when that gives no new positive value. */
  private static String scaled(String number, Random random) {
    BigDecimal value = new BigDecimal(number.replace(",", ""));
    int decimals = Math.max(0, value.scale());
    double u = 0.10 + 0.30 * random.nextDouble();
    boolean up = random.nextBoolean();
    if (up && value.compareTo(HUNDRED) <= 0 && value.doubleValue() * (1 + u) > 100) {
      up = false; // a share stays a share
    }
    double factor = up ? 1 + u : 1 - u;
    BigDecimal result = BigDecimal.valueOf(value.doubleValue() * factor).setScale(decimals, RoundingMode.HALF_UP);
    if (result.signum() <= 0 || result.compareTo(value) == 0) {
      return null;
    }
    if (number.contains(",")) {
      return String.format(Locale.ROOT, "%,." + decimals + "f", result);
    }
    return result.toPlainString();
  }

  private static String normalized(String zh) {
    return THOUSANDS.matcher(zh).replaceAll("");
  }

  /** Whether any of the texts contains {@code number} as a whole number. */
  private static boolean inAny(List<String> texts, String number) {
    Pattern p = Pattern.compile("(?<![\\d.])" + Pattern.quote(number.replace(",", "")) + "(?!\\d|\\.\\d)");
    for (String t : texts) {
      if (p.matcher(t).find()) {
        return true;
      }
    }
    return false;
  }
}
