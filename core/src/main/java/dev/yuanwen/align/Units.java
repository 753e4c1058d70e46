package dev.yuanwen.align;

import java.util.Locale;
import java.util.Map;

/**
 * The unit written after a figure, as a dimension and a factor to a base unit, so that a point's
 * figure and an article's agree across units: 5 kg = 5000克 = 10斤, 3 km = 3000米, 8 square metres
 * = 86平方呎, 10 megawatts = 1万千瓦; and clock hours: 5 p.m. = 17时.
 */
final class Units {
  private Units() {}

  /** A dimension and the factor to its base unit (grams, metres, square metres, watts). */
  record Unit(String dimension, double factor) {}

  private static final Map<String, Unit> ENGLISH = Map.ofEntries(
      Map.entry("g", new Unit("mass", 1)), Map.entry("gram", new Unit("mass", 1)), Map.entry("grams", new Unit("mass", 1)),
      Map.entry("kg", new Unit("mass", 1e3)), Map.entry("kilogram", new Unit("mass", 1e3)),
      Map.entry("kilograms", new Unit("mass", 1e3)), Map.entry("kilos", new Unit("mass", 1e3)),
      Map.entry("tonne", new Unit("mass", 1e6)), Map.entry("tonnes", new Unit("mass", 1e6)),
      Map.entry("ton", new Unit("mass", 1e6)), Map.entry("tons", new Unit("mass", 1e6)),
      Map.entry("jin", new Unit("mass", 500)), Map.entry("catties", new Unit("mass", 500)),
      Map.entry("m", new Unit("length", 1)), Map.entry("metre", new Unit("length", 1)), Map.entry("metres", new Unit("length", 1)),
      Map.entry("meter", new Unit("length", 1)), Map.entry("meters", new Unit("length", 1)),
      Map.entry("cm", new Unit("length", 0.01)), Map.entry("centimetres", new Unit("length", 0.01)),
      Map.entry("km", new Unit("length", 1e3)), Map.entry("kilometres", new Unit("length", 1e3)),
      Map.entry("kilometers", new Unit("length", 1e3)), Map.entry("kilometre", new Unit("length", 1e3)),
      Map.entry("miles", new Unit("length", 1609.344)),
      Map.entry("hectares", new Unit("area", 1e4)), Map.entry("hectare", new Unit("area", 1e4)),
      Map.entry("ha", new Unit("area", 1e4)), Map.entry("mu", new Unit("area", 10000.0 / 15)),
      Map.entry("acres", new Unit("area", 4046.856)),
      Map.entry("kw", new Unit("power", 1e3)), Map.entry("kilowatts", new Unit("power", 1e3)),
      Map.entry("mw", new Unit("power", 1e6)), Map.entry("megawatts", new Unit("power", 1e6)),
      Map.entry("gw", new Unit("power", 1e9)), Map.entry("gigawatts", new Unit("power", 1e9)));

  /** Two-word English units. */
  private static final Map<String, Unit> ENGLISH_PAIRS = Map.of(
      "square metres", new Unit("area", 1), "square meters", new Unit("area", 1), "sq m", new Unit("area", 1),
      "square kilometres", new Unit("area", 1e6), "square kilometers", new Unit("area", 1e6), "sq km", new Unit("area", 1e6),
      "square feet", new Unit("area", 0.09290304), "sq ft", new Unit("area", 0.09290304));

  /** Chinese units, longest first where one begins another. */
  private static final String[][] CHINESE = {
    {"平方公里", "area", "1e6"}, {"平方千米", "area", "1e6"}, {"平方米", "area", "1"}, {"平方呎", "area", "0.09290304"},
    {"平方英尺", "area", "0.09290304"}, {"公顷", "area", "1e4"}, {"亩", "area", "666.6666667"},
    {"千克", "mass", "1e3"}, {"公斤", "mass", "1e3"}, {"克", "mass", "1"}, {"斤", "mass", "500"}, {"吨", "mass", "1e6"},
    {"公里", "length", "1e3"}, {"千米", "length", "1e3"}, {"厘米", "length", "0.01"}, {"英里", "length", "1609.344"},
    {"米", "length", "1"}, {"千瓦", "power", "1e3"}, {"兆瓦", "power", "1e6"}, {"吉瓦", "power", "1e9"}, {"瓦", "power", "1"},
  };

  /** The unit right after {@code text[end...]} in English (after a space), or null. */
  static Unit english(String text, int end) {
    if (end > text.length()) {
      return null;
    }
    int i = end;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    String w1 = word(text, i);
    if (w1.isEmpty()) {
      return null;
    }
    int j = i + w1.length();
    if (j < text.length() && text.charAt(j) == ' ') {
      String w2 = word(text, j + 1);
      Unit pair = ENGLISH_PAIRS.get((w1 + " " + w2).toLowerCase(Locale.ROOT));
      if (pair != null) {
        return pair;
      }
    }
    return ENGLISH.get(w1.toLowerCase(Locale.ROOT));
  }

  private static String word(String text, int i) {
    int j = i;
    while (j < text.length() && Character.isLetter(text.charAt(j))) {
      j++;
    }
    return text.substring(i, j);
  }

  /** The unit right after {@code text[end...]} in Chinese (after 多, 余), or null. */
  static Unit chinese(String text, int end) {
    if (end > text.length()) {
      return null;
    }
    int i = end;
    if (i < text.length() && (text.charAt(i) == '多' || text.charAt(i) == '余')) {
      i++;
    }
    for (String[] u : CHINESE) {
      if (text.startsWith(u[0], i)) {
        return new Unit(u[1], Double.parseDouble(u[2]));
      }
    }
    return null;
  }

  /**
   * Whether the point's figure, in the unit after it, is the article's in the unit after that one:
   * the same dimension and, in base units, within the point's tolerance (scaled) or a hundredth of
   * the value (rounded conversions: 8 square metres is 86.1 square feet).
   */
  static boolean sameQuantity(Figure point, String pointText, Figure article, String articleText) {
    Unit p = english(pointText, point.end());
    if (p == null) {
      return false;
    }
    Unit a = chinese(articleText, article.end());
    if (a == null || !a.dimension().equals(p.dimension()) || a.factor() == p.factor()) {
      return false; // same unit: the values were compared already
    }
    double pv = point.value() * p.factor();
    double av = article.value() * a.factor();
    double slack = Math.max(point.tolerance() * p.factor(), 0.01 * Math.abs(pv));
    return Math.abs(pv - av) <= slack;
  }

  /** "5 p.m." for 17时: the point's clock hour after noon, on the 24-hour clock; or -1. */
  static double afternoonHour(Figure point, String pointText) {
    if (point.end() > pointText.length()) {
      return -1;
    }
    int i = point.end();
    while (i < pointText.length() && pointText.charAt(i) == ' ') {
      i++;
    }
    String rest = pointText.substring(i, Math.min(pointText.length(), i + 4)).toLowerCase(Locale.ROOT);
    boolean pm = rest.startsWith("p.m") || rest.startsWith("pm") && (rest.length() == 2 || !Character.isLetter(rest.charAt(2)));
    return pm && point.value() >= 1 && point.value() < 12 && point.value() == Math.rint(point.value()) ? point.value() + 12 : -1;
  }
}
