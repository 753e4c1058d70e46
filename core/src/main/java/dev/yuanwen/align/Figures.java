package dev.yuanwen.align;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** TEMPORARY: replaced by the figures branch. */
final class Figures {
  private static final Pattern DIGITS = Pattern.compile("\\d+(?:[.,]\\d+)*");

  static List<Figure> inChinese(String text) {
    return find(text);
  }

  static List<Figure> inEnglish(String text) {
    return find(text);
  }

  private static List<Figure> find(String text) {
    List<Figure> out = new ArrayList<>();
    Matcher m = DIGITS.matcher(text);
    while (m.find()) {
      out.add(new Figure(Double.parseDouble(m.group().replace(",", "")), 0, m.group(), m.start(), m.end()));
    }
    return out;
  }

  static boolean sameFigure(Figure p, Figure a) {
    return Math.abs(p.value() - a.value()) < 1e-9;
  }
}
