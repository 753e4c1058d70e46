package dev.yuanwen.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures an article states without writing them as numbers, which a digest writes out: 今年,
 * 去年, 明年 as the years they are when the article names its year (今年 in an article about 2025 is
 * 2025, 去年 2024); 百公里 and 每千人 as 100 and 1,000; the number glued to a Latin name (HPV16型 is
 * type 16). The aligner checks a point's figure against them before it flags it; they are no
 * evidence, and the search reads figures as written ({@link Figures#inChinese}).
 */
final class ImpliedFigures {
  private ImpliedFigures() {}

  /** A year as the article writes it: four digits and 年. */
  private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})年");
  private static final Pattern RELATIVE_YEAR = Pattern.compile("今年|去年|前年|明年|后年|上年");
  /** 百 or 千 with no numeral before it, before a unit or after 每: 百公里, 每千人. */
  private static final Pattern BARE_SCALE =
      Pattern.compile("(?<![0-9一二三四五六七八九十两零〇几数.．])(?:(?<=每)([百千万])|([百千])(?=公里|千米|米|克|公斤|户|人|元|家|名|斤|亩|吨))");
  /** Digits glued after Latin letters: HPV16, G20, CR450 (not a figure the Chinese parser reads). */
  private static final Pattern LATIN_NUMBER = Pattern.compile("(?<=[A-Za-z])([0-9]{1,4})(?![0-9.,])");

  /** Per paragraph, its implied figures in text order (empty lists where there are none). */
  static List<List<Figure>> of(String[] simplified) {
    List<List<Figure>> out = new ArrayList<>(simplified.length);
    Integer year = articleYear(simplified);
    for (int z = 0; z < simplified.length; z++) {
      String text = simplified[z];
      List<Figure> more = null;
      if (year != null) {
        Matcher m = RELATIVE_YEAR.matcher(text);
        while (m.find()) {
          int offset = switch (m.group()) {
            case "今年" -> 0;
            case "去年", "上年" -> -1;
            case "前年" -> -2;
            case "明年" -> 1;
            default -> 2; // 后年
          };
          more = add(more, new Figure(year + offset, 0, m.group(), m.start(), m.end()));
        }
      }
      Matcher b = BARE_SCALE.matcher(text);
      while (b.find()) {
        String c = b.group(1) != null ? b.group(1) : b.group(2);
        double value = c.equals("百") ? 100 : c.equals("千") ? 1000 : 10000;
        more = add(more, new Figure(value, 0, c, b.start(), b.end()));
      }
      Matcher l = LATIN_NUMBER.matcher(text);
      while (l.find()) {
        more = add(more, new Figure(Integer.parseInt(l.group(1)), 0, l.group(1), l.start(1), l.end(1)));
      }
      if (more != null) {
        more.sort(Comparator.comparingInt(Figure::start));
      }
      out.add(more == null ? List.of() : more);
    }
    return out;
  }

  private static List<Figure> add(List<Figure> list, Figure f) {
    List<Figure> out = list == null ? new ArrayList<>(2) : list;
    out.add(f);
    return out;
  }

  /**
   * The year the article is written in, if it says: the year it names most often (the later of
   * two as often), or null when it names none.
   */
  static Integer articleYear(String[] simplified) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (String text : simplified) {
      Matcher m = YEAR.matcher(text);
      while (m.find()) {
        counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
      }
    }
    Integer best = null;
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
      if (best == null || e.getValue() > counts.get(best) || e.getValue().equals(counts.get(best)) && e.getKey() > best) {
        best = e.getKey();
      }
    }
    return best;
  }
}
