package dev.yuanwen.align;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the figures of Chinese text, simplified or traditional, in one pass: Arabic digits with
 * their scale (1.2万亿, 9650亿, 300多亿, 3.5万), Chinese numerals (三千五百亿, 二〇二六, 十四, 一点五),
 * percentages (47%, 百分之四十七, 千分之三), shares (八成 = 80), multiples (十倍), fractions (五分之一 =
 * 20, with 5 and 1 for "1 in 5"), decades (90年代 = 90 and 1990), approximate pairs (七八成 = 70 and
 * 80) and ranges (5至7万 = 5万 and 7万).
 *
 * <p>A lone 一 is a figure only before 倍, 成 or % (一倍, 一成), after 第, or opening a range (一至五月):
 * otherwise it is the article "a" (一家公司) or part of a word (一些, 一起, 统一, 唯一, 一度). A lone 零
 * is never one (零售). Vague numerals (十几, 几十万, 数十亿) and idioms and names whose numerals state no
 * quantity (四面八方, 一成不变, 四川) are skipped. Spurious figures here cost little (a point figure
 * matching by chance); missed ones cost a false alarm.
 */
final class ChineseFigures {
  private static final String[] NOT_FIGURES = {
    "一五一十", "三心二意", "乱七八糟", "七上八下", "五花八门", "四面八方", "九牛一毛", "一成不变", "十全十美", "三番五次",
    "接二连三", "七嘴八舌", "横七竖八", "一干二净", "独一无二", "三长两短", "五湖四海", "四分五裂", "三五成群", "不三不四",
    "说三道四", "三三两两", "九死一生", "一石二鸟", "千方百计", "千变万化", "千家万户", "成千上万", "千千万万", "万无一失",
    "一国两制", "四川", "三星", "三峡", "三菱", "五角大楼", "二手", "两岸", "两会"
  };

  /** For each numeral char, the idioms holding it and where: 七 → (乱七八糟, 1), (七上八下, 0), ... */
  private static final Map<Character, List<Placed>> NOT_FIGURES_BY_CHAR = indexNotFigures();

  /** Chars before a bare 百, 千, 万 or 亿 that make it a figure of one: 上千, 近万, 超千亿. */
  private static final String IMPLIED_ONE_AFTER = "上近逾超过破";

  /** Chars after 成 that make it part of a word, not a share in tenths: 成员, 成本, 成都. */
  private static final String NOT_A_SHARE = "员本为立功果就长熟绩型品分都年人交效";

  /** Chars after 兆 that make it a trillion (Taiwan's 1.5兆元) rather than mega (兆瓦, 100兆宽带). */
  private static final String CURRENCY_AFTER_TRILLION = "元美日韩韓台臺新人欧歐英港";

  private static final String RANGE_CONNECTORS = "至到-‑–—~";

  private ChineseFigures() {}

  private record Placed(String text, int offset) {}

  /** A number read from the text, before its suffix, hedge and range are settled. */
  private static final class Reading {
    int start;
    int end;
    double value;
    double unit;
    /** The other value of an approximate pair: 70 of 七八成. */
    double lowerValue = Double.NaN;
    /** The scale chars it ends with, which the lower end of a range shares: 万 of 5至7万. */
    double multiplier = 1;
    boolean hedged;
    boolean yearLike;
    /** A lone 一 or 零, or the 十 of 十分: a figure only before 倍, 成 or %. */
    boolean lone;
    /** Not a figure (一一, 三五); the scan resumes at {@code end}. */
    boolean skip;
  }

  static List<Figure> find(String text) {
    String s = fold(text);
    List<Figure> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      int next;
      if (ArabicNumber.isDigit(c)) {
        Reading r = arabic(s, i);
        next = r == null ? LatinTokens.skipRun(s, i) : finish(text, s, r, out);
      } else if (LatinTokens.isLetter(c)) {
        next = LatinTokens.skipRun(s, i); // GPT-4o, H3N2, COVID-19, Qwen2.5
      } else if (isNumeralChar(c)) {
        next = numeral(text, s, i, out);
      } else {
        next = i + 1;
      }
      // Every reader returns a position past i (each reads at least the char at i); should one
      // ever not, the scan still moves on rather than loop forever. Tests run with -ea.
      assert next > i : "figure scan stalled at " + i + " in " + text;
      i = Math.max(next, i + 1);
    }
    return Collections.unmodifiableList(out);
  }

  /** Handles the Chinese numeral char at {@code i}; returns where the scan goes on. */
  private static int numeral(String text, String s, int i, List<Figure> out) {
    int idiomEnd = notAFigureEnd(s, i);
    if (idiomEnd > i) {
      return idiomEnd;
    }
    char c = s.charAt(i);
    if (s.startsWith("百分百", i) || s.startsWith("百分之百", i)) {
      int end = s.charAt(i + 2) == '百' ? i + 3 : i + 4;
      emit(out, text, i, end, 100, 1, false);
      return end;
    }
    if ((c == '百' || c == '千' || c == '万') && s.startsWith("分之", i + 1)) {
      return perHundred(text, s, i, out);
    }
    Reading r = chineseNumeral(s, i);
    if (r == null) {
      return i + 1;
    }
    return r.skip ? r.end : finish(text, s, r, out);
  }

  /** 百分之四十七 = 47, 百分之4.5 = 4.5, 千分之三 = 0.3, 万分之五 = 0.05: all as percentages. */
  private static int perHundred(String text, String s, int i, List<Figure> out) {
    char c = s.charAt(i);
    double toPercent = c == '百' ? 1 : c == '千' ? 0.1 : 0.01;
    Reading y = numeralAt(s, i + 3);
    if (y == null || y.skip) {
      return i + 3;
    }
    boolean hedged = y.hedged || hedgedAround(s, i, y.end);
    emit(out, text, i, y.end, y.value * toPercent, y.unit * toPercent, hedged);
    return y.end;
  }

  /** Settles the suffix (成, 倍, %, 分之), hedge and range of {@code r}, and adds its figures. */
  private static int finish(String text, String s, Reading r, List<Figure> out) {
    int n = s.length();
    int j = r.end;
    if (s.startsWith("分之", j) && r.value > 0) { // 三分之一, 十万分之一
      Reading y = numeralAt(s, j + 2);
      if (y != null && !y.skip) {
        // also its parts: a digest may write 五分之一 as "1 in 5" as well as "20%"
        emit(out, text, r.start, j, r.value, r.unit, false);
        emit(out, text, r.start, y.end, y.value / r.value * 100, 0.1, hedgedAround(s, r.start, y.end));
        emit(out, text, y.start, y.end, y.value, y.unit, false);
        return y.end;
      }
    }
    if (ArabicNumber.isListMarker(s, r.start, j)) {
      return j; // 二、 opening a line, (3)
    }
    char c = j < n ? s.charAt(j) : 0;
    boolean marked = true;
    if (c == '成' && r.multiplier == 1 && r.value <= 10 && (j + 1 == n || NOT_A_SHARE.indexOf(s.charAt(j + 1)) < 0)) {
      tenfold(r);
      j++;
    } else if (c == '倍' || c == '%') {
      j++;
    } else if (c == '‰') {
      r.value /= 10;
      r.unit /= 10;
      j++;
    } else {
      marked = false;
    }
    if (r.lone && !marked && !opensRange(s, j)) {
      return r.end; // 一些, 零售; but 一至五月
    }
    if (!marked && r.multiplier == 1 && !r.yearLike) {
      lowerEndOfRange(s, j, r);
    }
    boolean hedged = !r.yearLike && (r.hedged || hedgedAround(s, r.start, j));
    if (!Double.isNaN(r.lowerValue)) {
      emit(out, text, r.start, j, r.lowerValue, r.unit, hedged);
    }
    emit(out, text, r.start, j, r.value, r.unit, hedged);
    if (!marked && s.startsWith("年代", j) && r.value >= 10 && r.value <= 90 && r.value % 10 == 0) {
      emit(out, text, r.start, j, 1900 + r.value, 0.5, false); // 90年代 = the 1990s
      if (r.value <= 30) {
        emit(out, text, r.start, j, 2000 + r.value, 0.5, false); // 20年代 may be the 2020s
      }
    }
    return j;
  }

  /**
   * Gives {@code r} the scale or 成 of the upper end when it is the bare lower end of a range:
   * 5至7万 → 5万, 1-2万亿 → 1万亿, 五至七成 → 五成.
   */
  private static void lowerEndOfRange(String s, int j, Reading r) {
    if (j + 1 >= s.length() || RANGE_CONNECTORS.indexOf(s.charAt(j)) < 0) {
      return;
    }
    Reading upper = numeralAt(s, j + 1);
    if (upper == null || upper.skip) {
      return;
    }
    if (upper.multiplier > 1) {
      r.value *= upper.multiplier;
      r.unit *= upper.multiplier;
      r.lowerValue *= upper.multiplier;
    } else if (upper.end < s.length() && s.charAt(upper.end) == '成' && r.value <= 10) {
      tenfold(r);
    }
  }

  private static boolean opensRange(String s, int j) {
    return j + 1 < s.length() && RANGE_CONNECTORS.indexOf(s.charAt(j)) >= 0 && numeralAt(s, j + 1) != null;
  }

  private static void tenfold(Reading r) {
    r.value *= 10;
    r.unit *= 10;
    r.lowerValue *= 10;
  }

  /** The number (Arabic or Chinese) starting at {@code k}, or null. */
  private static Reading numeralAt(String s, int k) {
    if (k >= s.length()) {
      return null;
    }
    char c = s.charAt(k);
    if (ArabicNumber.isDigit(c)) {
      return arabic(s, k);
    }
    return isNumeralChar(c) ? chineseNumeral(s, k) : null;
  }

  /**
   * Arabic digits at {@code i} and the scale chars after them: 1.2万亿, 9650亿, 300多亿, 5千万; null
   * when they belong to a name (5G) or a list, or tell a time (3:30).
   */
  private static Reading arabic(String s, int i) {
    int n = s.length();
    if (i > 0) {
      char p = s.charAt(i - 1);
      if (LatinTokens.isLetter(p) || (p == '.' && i > 1 && LatinTokens.isAlnum(s.charAt(i - 2)))) {
        return null;
      }
    }
    ArabicNumber num = ArabicNumber.read(s, i);
    int j = num.end();
    if (j + 1 < n && (s.charAt(j) == ':' || s.charAt(j) == '.') && ArabicNumber.isDigit(s.charAt(j + 1))) {
      return null;
    }
    double multiplier = 1;
    boolean hedged = false;
    if (j < n && LatinTokens.isLetter(s.charAt(j))) {
      int k = LatinTokens.lettersEnd(s, j);
      boolean name = k < n && ArabicNumber.isDigit(s.charAt(k));
      multiplier = name ? 0 : LatinTokens.gluedMultiplier(s.substring(j, k), false);
      if (multiplier == 0) {
        return null; // 5G, 7B
      }
      j = k;
    } else {
      while (j < n) {
        double u = Math.max(smallUnit(s, j), bigUnit(s, j));
        if (u > 0) {
          multiplier *= u;
          j++;
        } else if ((s.charAt(j) == '多' || s.charAt(j) == '余') && j + 1 < n && bigUnit(s, j + 1) > 0) {
          hedged = true; // 300多亿
          j++;
        } else {
          break;
        }
      }
    }
    Reading r = new Reading();
    r.start = i;
    r.end = j;
    r.value = num.value(multiplier);
    r.unit = num.unit() * multiplier;
    r.multiplier = multiplier;
    r.hedged = hedged;
    r.yearLike = num.yearLike() && multiplier == 1;
    return r;
  }

  /**
   * The Chinese numeral at {@code i}: a digit string (二〇二六), an approximate pair (七八, 两三), a
   * positional numeral (三千五百亿, 十四, 一点五万), or a bare scale after 上/近/超 (上千); null if none.
   */
  private static Reading chineseNumeral(String s, int i) {
    Reading r = numeralOrPair(s, i);
    if (r != null && !r.skip) {
      char before = i > 0 ? s.charAt(i - 1) : 0;
      char after = r.end < s.length() ? s.charAt(r.end) : 0;
      if (before == '几' || (before == '数' && s.charAt(i) == '十') || after == '几') {
        r.skip = true; // 几十万, 数十亿, 十几个: no definite quantity
      }
    }
    return r;
  }

  /** {@link #chineseNumeral} before the vagueness check. */
  private static Reading numeralOrPair(String s, int i) {
    int n = s.length();
    char c = s.charAt(i);
    if (digitValue(c) < 0) {
      boolean impliedOne = c != '十' && i > 0 && IMPLIED_ONE_AFTER.indexOf(s.charAt(i - 1)) >= 0
          && !(i > 1 && s.charAt(i - 1) == '近' && (s.charAt(i - 2) == '最' || s.charAt(i - 2) == '附'))
          && (smallUnit(s, i) > 0 || bigUnit(s, i) > 0);
      return c == '十' || impliedOne ? positional(s, i, impliedOne) : null;
    }
    int k = i;
    boolean zero = false;
    while (k < n && digitValue(s.charAt(k)) >= 0) {
      zero |= digitValue(s.charAt(k)) == 0;
      k++;
    }
    int run = k - i;
    if (run >= 3 || (run == 2 && zero)) {
      return digitString(s, i, k);
    }
    if (run == 2) {
      int first = digitValue(c);
      int second = digitValue(s.charAt(i + 1));
      if (second == first + 1) {
        Reading upper = positional(s, i + 1, false); // 三四十万: read 四十万, scale it to 三十万
        upper.start = i;
        upper.lowerValue = upper.value * first / second;
        upper.lone = false;
        return upper;
      }
      Reading skip = new Reading(); // 一一, 三五: no single quantity
      skip.end = k;
      skip.skip = true;
      return skip;
    }
    Reading r = positional(s, i, false);
    if (r != null && r.end == i + 1) {
      boolean ordinal = i > 0 && s.charAt(i - 1) == '第';
      r.lone = (c == '一' && !ordinal) || c == '零' || c == '〇';
    }
    return r;
  }

  /** 二〇二六 = 2026, 一九九七 = 1997: digits read one by one, as in years. */
  private static Reading digitString(String s, int i, int end) {
    double value = 0;
    for (int k = i; k < end; k++) {
      value = value * 10 + digitValue(s.charAt(k));
    }
    Reading r = new Reading();
    r.start = i;
    r.end = end;
    r.value = value;
    r.unit = 1;
    r.yearLike = end - i == 4 && value >= 1800 && value < 2200;
    return r;
  }

  /**
   * A positional numeral: digits times 十, 百, 千, grouped by 万 and 亿 (一亿二千万 = 1.2e8), with 零 for
   * a skipped place (一百零五), 点 for decimals (三点五万 = 35000), and a last digit right after a unit
   * standing for the next place down (三万五 = 35000). {@code impliedOne} reads a bare scale (上千).
   */
  private static Reading positional(String s, int i, boolean impliedOne) {
    int n = s.length();
    double total = 0; // whole 亿 groups
    double section = 0; // whole 万 groups within the current 亿 group
    double small = 0; // digits times 十, 百, 千 within the current 万 group
    double pending = impliedOne ? 1 : -1; // the last digit, not yet given a unit; 0 after 零
    boolean pendingAfterUnit = false;
    boolean fraction = false;
    double lastUnit = 0;
    double place = 1; // worth of the last digit written
    double multiplier = 1;
    boolean hedged = false;
    boolean tenAtStart = s.charAt(i) == '十';
    int j = i;
    while (j < n) {
      char c = s.charAt(j);
      int d = digitValue(c);
      if (d == 0) {
        if (pending > 0 || fraction) {
          break;
        }
        pending = 0;
        j++;
        continue;
      }
      if (d > 0) {
        if (pending > 0 || fraction) {
          break; // 十一五: a second digit starts another figure
        }
        pendingAfterUnit = lastUnit > 0 && pending < 0;
        pending = d;
        place = 1;
        multiplier = 1;
        j++;
        continue;
      }
      if (c == '点' && pending >= 0 && !fraction && j + 1 < n && plainDigit(s.charAt(j + 1)) >= 0) {
        int k = j + 1;
        double mantissa = 0;
        while (k < n && plainDigit(s.charAt(k)) >= 0) {
          mantissa = mantissa * 10 + plainDigit(s.charAt(k));
          k++;
        }
        place = 1 / ArabicNumber.pow10(k - j - 1);
        pending += mantissa * place;
        fraction = true;
        j = k;
        continue;
      }
      double u = smallUnit(s, j);
      if (u > 0) {
        double times = pending > 0 ? pending : pending < 0 && u == 10 ? 1 : 0;
        if (times == 0 || fraction) {
          break;
        }
        small += times * u;
        place = u;
        lastUnit = u;
        pending = -1;
        multiplier = 1;
        j++;
        continue;
      }
      double big = bigUnit(s, j);
      if (big > 0) {
        double tail = tail(pending, pendingAfterUnit, lastUnit);
        if (small + tail + section + total == 0) {
          break;
        }
        if (pending > 0 && pendingAfterUnit) {
          place *= lastUnit / 10;
        }
        if (big == 1e4) {
          section += (small + tail) * big;
        } else {
          total = (total + section + small + tail) * big;
          section = 0;
        }
        small = 0;
        pending = -1;
        pendingAfterUnit = false;
        fraction = false;
        lastUnit = big;
        place *= big;
        multiplier *= big;
        j++;
        continue;
      }
      if ((c == '多' || c == '余') && j + 1 < n && bigUnit(s, j + 1) > 0 && (small > 0 || pending > 0)) {
        hedged = true; // 三百多万
        j++;
        continue;
      }
      break;
    }
    if (j == i) {
      return null;
    }
    if (pending > 0 && pendingAfterUnit) {
      place *= lastUnit / 10;
    }
    Reading r = new Reading();
    r.start = i;
    r.end = j;
    r.value = total + section + small + tail(pending, pendingAfterUnit, lastUnit);
    // like 35,000 in ArabicNumber: 三千 and 十 are read to two significant digits, not as ±500, ±5
    r.unit = r.value >= 10 ? Math.min(place, ArabicNumber.pow10((int) Math.log10(r.value) - 1)) : place;
    r.multiplier = multiplier;
    r.hedged = hedged;
    if (tenAtStart && j == i + 1 && j < n && "分足字全".indexOf(s.charAt(j)) >= 0 && !s.startsWith("分之", j)) {
      r.lone = true; // 十分重要: very
    }
    return r;
  }

  /** What the pending digit adds: 五 of 三万五 is 5000, of 一百零五 is 5. */
  private static double tail(double pending, boolean afterUnit, double lastUnit) {
    if (pending <= 0) {
      return 0;
    }
    return afterUnit ? pending * lastUnit / 10 : pending;
  }

  /** 十, 百, 千 as units; not 百 of 百分点 or 百帕 (hectopascals), nor 千 of 千克, 千米, 千瓦, 千兆. */
  private static double smallUnit(String s, int j) {
    char next = j + 1 < s.length() ? s.charAt(j + 1) : 0;
    switch (s.charAt(j)) {
      case '十':
        return 10;
      case '百':
        return next == '分' || next == '帕' ? 0 : 100;
      case '千':
        return "克米瓦卡帕赫焦伏兆".indexOf(next) >= 0 ? 0 : 1000;
      default:
        return 0;
    }
  }

  /** 万, 亿, and 兆 before a currency. */
  private static double bigUnit(String s, int j) {
    switch (s.charAt(j)) {
      case '万':
        return 1e4;
      case '亿':
        return 1e8;
      case '兆':
        return j + 1 < s.length() && CURRENCY_AFTER_TRILLION.indexOf(s.charAt(j + 1)) >= 0 ? 1e12 : 0;
      default:
        return 0;
    }
  }

  /** 约, 近, 逾, 超过, 不到, 至少 before the figure; 多, 余 after it, 左右, 以上 after it and its unit. */
  private static boolean hedgedAround(String s, int start, int end) {
    char b1 = start > 0 ? s.charAt(start - 1) : 0;
    char b2 = start > 1 ? s.charAt(start - 2) : 0;
    if (b1 == '约' || b1 == '逾' || b1 == '超' || (b1 == '近' && b2 != '最' && b2 != '附')) {
      return true;
    }
    String before = "" + b2 + b1;
    if (before.equals("超过") || before.equals("不到") || before.equals("不足") || before.equals("至少")
        || before.equals("最多") || before.equals("多达") || before.equals("大概")) {
      return true;
    }
    if (end >= s.length()) {
      return false;
    }
    char a1 = s.charAt(end);
    if (a1 == '多' || a1 == '余') {
      return true;
    }
    for (int k = end; k < Math.min(end + 3, s.length()); k++) { // past a unit: 3800亿美元左右
      if (s.startsWith("左右", k) || s.startsWith("上下", k) || s.startsWith("以上", k) || s.startsWith("出头", k)) {
        return true;
      }
      char c = s.charAt(k);
      if (c < '\u4e00' || c > '\u9fff' || isNumeralChar(c)) {
        return false;
      }
    }
    return false;
  }

  /** Adds a figure unless absurd input (一一一… a thousand chars long) overflowed it. */
  private static void emit(
      List<Figure> out, String text, int start, int end, double value, double unit, boolean hedged) {
    if (Double.isFinite(value) && Double.isFinite(unit)) {
      out.add(Figure.written(text, start, end, value, unit, hedged));
    }
  }

  /** Where the idiom or name covering {@code i} ends, or -1 when none does. */
  private static int notAFigureEnd(String s, int i) {
    List<Placed> candidates = NOT_FIGURES_BY_CHAR.get(s.charAt(i));
    if (candidates != null) {
      for (Placed p : candidates) {
        int b = i - p.offset();
        if (b >= 0 && s.startsWith(p.text(), b)) {
          return b + p.text().length();
        }
      }
    }
    return -1;
  }

  private static boolean isNumeralChar(char c) {
    return digitValue(c) >= 0 || c == '十' || c == '百' || c == '千' || c == '万' || c == '亿';
  }

  private static int digitValue(char c) {
    switch (c) {
      case '〇': case '零': return 0;
      case '一': return 1;
      case '二': case '两': return 2;
      case '三': return 3;
      case '四': return 4;
      case '五': return 5;
      case '六': return 6;
      case '七': return 7;
      case '八': return 8;
      case '九': return 9;
      default: return -1;
    }
  }

  /** A digit as written after 点: no 两. */
  private static int plainDigit(char c) {
    return c == '两' ? -1 : digitValue(c);
  }

  /**
   * The text with the few traditional chars that matter here simplified (萬億兩點餘約過) and full-width
   * digits, letters and signs made ASCII; same length, so offsets hold in the original.
   */
  private static String fold(String text) {
    char[] out = null;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      char f = fold(c);
      if (f != c) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[k] = f;
      }
    }
    return out == null ? text : new String(out);
  }

  private static char fold(char c) {
    if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
      return (char) (c - 0xFEE0);
    }
    switch (c) {
      case '萬': return '万';
      case '億': return '亿';
      case '兩': return '两';
      case '點': return '点';
      case '餘': return '余';
      case '約': return '约';
      case '過': return '过';
      case '．': return '.';
      case '％': return '%';
      case '－': return '-';
      case '～': return '~';
      case '（': return '(';
      case '）': return ')';
      case '：': return ':';
      default: return c;
    }
  }

  private static Map<Character, List<Placed>> indexNotFigures() {
    Map<Character, List<Placed>> index = new HashMap<>();
    for (String idiom : NOT_FIGURES) {
      for (int k = 0; k < idiom.length(); k++) {
        if (isNumeralChar(idiom.charAt(k))) {
          index.computeIfAbsent(idiom.charAt(k), x -> new ArrayList<>()).add(new Placed(idiom, k));
        }
      }
    }
    index.replaceAll((c, list) -> List.copyOf(list));
    return Map.copyOf(index);
  }
}
