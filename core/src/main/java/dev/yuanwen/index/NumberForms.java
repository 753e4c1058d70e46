package dev.yuanwen.index;

import dev.yuanwen.align.Figure;
import dev.yuanwen.align.Figures;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of a query and the ways texts write them, so that 三千八百亿, 3,800亿, 3800亿, 3.8千亿
 * and 380 billion find each other, 50万 and 500,000 and half a million, 百分之四十七 and 47%. The
 * figures are read as the aligner reads them ({@link Figures}); the forms are written here: on the
 * Chinese side token prefixes (the index keeps 3800亿美元 as one token), on the English side token
 * sequences (380 billion is two).
 */
final class NumberForms {
  /** More figures than this in one query are matched as written only. */
  static final int MAX_NUMBERS = 16;
  /** Larger values are not written out (nor are they quantities anyone searches for). */
  private static final double MAX_VALUE = 1e15;

  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
  private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);
  private static final BigDecimal TRILLION = BigDecimal.valueOf(1_000_000_000_000L);
  private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);

  private static final Pattern HALF = Pattern.compile(
      "\\bhalf(?:\\s+an?)?\\s+(thousand|million|billion|trillion)\\b", Pattern.CASE_INSENSITIVE);
  /** Digits as written at the start of a figure, with the Chinese scale characters right after them. */
  private static final Pattern LEADING = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)([万萬亿億千百]*)");
  static final String NUMERALS = "零〇一二三四五六七八九十百千万亿两点";
  /** Numerals a form may end in and a longer number continue: 三千八百 is not in 三千八百五十. */
  private static final String ENDS_A_NUMERAL = "零〇一二三四五六七八九十百千两";
  private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

  private NumberForms() {}

  /**
   * One figure of the query.
   *
   * @param written the figure as the query writes it
   * @param start where it starts in the query
   * @param end where it ends
   * @param zh the Chinese side's forms: token prefixes (see {@link #regexp})
   * @param en the English side's forms: stem sequences
   */
  record Number(String written, int start, int end, List<String> zh, List<List<String>> en) {
    Number {
      zh = List.copyOf(zh);
      en = List.copyOf(en);
    }
  }

  /** The figures of {@code text}, in order, at most {@value #MAX_NUMBERS}. */
  static List<Number> find(String text) {
    List<Found> found = new ArrayList<>();
    Matcher half = HALF.matcher(text);
    while (half.find()) {
      double scale = switch (half.group(1).toLowerCase(Locale.ROOT)) {
        case "thousand" -> 1e3;
        case "million" -> 1e6;
        case "billion" -> 1e9;
        default -> 1e12;
      };
      found.add(new Found(half.group(), half.start(), half.end(), scale / 2));
    }
    for (Figure f : Figures.inChinese(text)) {
      found.add(new Found(f.surface(), f.start(), f.end(), f.value()));
    }
    for (Figure f : Figures.inEnglish(text)) {
      found.add(new Found(f.surface(), f.start(), f.end(), f.value()));
    }
    // Where both readers found a figure, the longer reading wins (380 billion, not 380; 3800亿, not 3800).
    found.sort(Comparator.comparingInt((Found f) -> f.end - f.start).reversed().thenComparingInt(f -> f.start));
    List<Found> kept = new ArrayList<>();
    for (Found f : found) {
      if (kept.stream().noneMatch(k -> k.start < f.end && f.start < k.end)) {
        kept.add(f);
      }
    }
    kept.sort(Comparator.comparingInt(f -> f.start));
    List<Number> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Found f : kept) {
      Number n = forms(f.surface, f.start, f.end, f.value);
      if (n != null && seen.add(String.join("|", n.zh()) + "#" + n.en()) && out.size() < MAX_NUMBERS) {
        out.add(n);
      }
    }
    return out;
  }

  private record Found(String surface, int start, int end, double value) {}

  /** The forms of one figure; null when it is not a quantity to rewrite (a multiple, a fraction). */
  static Number forms(String surface, int start, int end, double value) {
    String s = surface.toLowerCase(Locale.ROOT);
    if (s.contains("倍") || s.contains("times") || s.contains("fold") || s.contains("‰")
        || (s.contains("分之") && !s.contains("百分之")) || s.endsWith("x") || s.endsWith("×")) {
      return null;
    }
    boolean percent = s.contains("%") || s.contains("％") || s.contains("百分之") || s.contains("percent")
        || s.contains("per cent") || s.endsWith("成");
    Set<String> zh = new LinkedHashSet<>();
    Set<List<String>> en = new LinkedHashSet<>();
    // As written: the digits with any unit after them (47 finds 47% and 47万), or with their scale;
    // on the English side the digits as written (3.0, 3,800) and without separators.
    Matcher m = LEADING.matcher(s);
    boolean digits = m.find();
    // An English scale word after the digits (380 billion, 380bn) makes them no figure alone: 380
    // is not 380亿 nor 380 million.
    boolean englishScale = digits && s.substring(m.end()).matches("(?s)\\s*(?:thousand|million|billion|trillion|bn|mn|m|k)\\b.*");
    if (digits && !englishScale) {
      String scale = simplified(m.group(2));
      zh.add(m.group(1).replace(",", "") + scale);
      if (scale.isEmpty()) {
        en.add(List.of(m.group(1)));
        en.add(List.of(m.group(1).replace(",", "")));
      }
    } else if (!percent && leadingNumerals(surface).length() >= 2) {
      zh.add(leadingNumerals(surface)); // 三千八 as written (三千八百 is written below)
    }
    if (!digits && !percent && value < 10) {
      return null; // 三年, 五个: a count in words, matched as written
    }
    if (!(value > 0) || value >= MAX_VALUE || !Double.isFinite(value)) {
      return zh.isEmpty() ? null : new Number(surface, start, end, List.copyOf(zh), List.of());
    }
    BigDecimal v = new BigDecimal(Double.toString(value)).round(new MathContext(12)).stripTrailingZeros();
    if (percent) {
      zh.add(plain(v) + "%");
      String numeral = numeral(v);
      if (numeral != null) {
        zh.add("百分之" + numeral);
      }
      if (!digits) {
        en.add(List.of(plain(v)));
      }
      return new Number(surface, start, end, List.copyOf(zh), List.copyOf(en));
    }
    boolean yearLike = v.scale() <= 0 && v.compareTo(BigDecimal.valueOf(1800)) >= 0
        && v.compareTo(BigDecimal.valueOf(2200)) < 0 && !s.matches(".*[万亿千百a-z].*");
    if (yearLike) {
      zh.add(plain(v)); // 二〇二六 as 2026
      en.add(List.of(plain(v)));
      return new Number(surface, start, end, List.copyOf(zh), List.copyOf(en));
    }
    chinese(v, digits, zh);
    english(v, digits, en);
    return new Number(surface, start, end, List.copyOf(zh), List.copyOf(en));
  }

  /** 3800亿, 3,800亿, 三千八百亿, 3.8千亿; 50万, 五十万, 500,000; 1.2万亿, 一点二万亿. */
  private static void chinese(BigDecimal v, boolean digits, Set<String> zh) {
    if (v.compareTo(TRILLION) >= 0) {
      BigDecimal a = v.divide(TRILLION);
      zh.add(plain(a) + "万亿");
      addNumeral(a, "万亿", zh);
    }
    if (v.compareTo(HUNDRED_MILLION) >= 0) {
      BigDecimal a = v.divide(HUNDRED_MILLION);
      zh.add(plain(a) + "亿");
      zh.add(grouped(a) + "亿");
      addNumeral(a, "亿", zh);
      if (v.compareTo(TRILLION) < 0 && v.compareTo(HUNDRED_MILLION.multiply(THOUSAND)) >= 0) {
        zh.add(plain(v.divide(HUNDRED_MILLION.multiply(THOUSAND))) + "千亿");
      }
    } else if (v.compareTo(TEN_THOUSAND) >= 0) {
      BigDecimal a = v.divide(TEN_THOUSAND);
      zh.add(plain(a) + "万");
      zh.add(grouped(a) + "万");
      addNumeral(a, "万", zh);
      if (v.compareTo(TEN_THOUSAND.multiply(THOUSAND)) >= 0) {
        zh.add(plain(v.divide(TEN_THOUSAND.multiply(THOUSAND))) + "千万");
      } else if (v.compareTo(MILLION) >= 0) {
        zh.add(plain(v.divide(MILLION)) + "百万");
      }
      zh.add(plain(v));
      zh.add(grouped(v));
    } else {
      if (!digits) {
        zh.add(plain(v)); // 三千八百 as 3800 (3.0 stays 3.0, not any 3)
      }
      if (v.compareTo(THOUSAND) >= 0) {
        zh.add(grouped(v));
      }
      if (v.compareTo(BigDecimal.valueOf(100)) >= 0) {
        addNumeral(v, "", zh); // 三千八百; smaller numerals are too often words (十分, 一五一十)
      }
    }
  }

  /** 380 billion, 380bn, 380,000,000,000; half a million; 3,800 and 3800. */
  private static void english(BigDecimal v, boolean digits, Set<List<String>> en) {
    BigDecimal[] scales = {TRILLION, BILLION, MILLION, THOUSAND};
    String[] words = {"trillion", "billion", "million", "thousand"};
    for (int k = 0; k < 3; k++) {
      if (v.compareTo(scales[k]) >= 0) {
        BigDecimal a = v.divide(scales[k]);
        en.add(List.of(plain(a), words[k]));
        if (k == 1) {
          en.add(List.of(plain(a) + "bn"));
        }
        break;
      }
    }
    for (int k = 0; k < 4; k++) {
      if (v.multiply(BigDecimal.valueOf(2)).compareTo(scales[k]) == 0) {
        en.add(List.of("half", "", words[k])); // half a million: "a" is a stop word, a gap between
      }
    }
    if (v.compareTo(THOUSAND) >= 0) {
      en.add(List.of(grouped(v))); // 1,935.3 and 380,000,000,000
    }
    if ((v.compareTo(MILLION) < 0 || v.scale() > 0) && !(digits && v.compareTo(TEN_THOUSAND) < 0)) {
      en.add(List.of(plain(v)));
    }
  }

  private static void addNumeral(BigDecimal a, String scale, Set<String> zh) {
    String numeral = numeral(a);
    if (numeral != null) {
      zh.add(numeral + scale);
      if (numeral.startsWith("二") && numeral.length() > 1 && "千百万亿".indexOf(numeral.charAt(1)) >= 0) {
        zh.add("两" + numeral.substring(1) + scale); // 两千万, as often as 二千万
      }
    }
  }

  /**
   * {@code a} in Chinese numerals: 3800 三千八百, 47 四十七, 15 十五, 105 一百零五, 3.8 三点八, 120000
   * 十二万; null past 亿 or with more than four decimals.
   */
  static String numeral(BigDecimal a) {
    if (a.signum() <= 0 || a.compareTo(HUNDRED_MILLION) >= 0 || a.scale() > 4) {
      return null;
    }
    BigDecimal whole = a.setScale(0, java.math.RoundingMode.DOWN);
    long n = whole.longValueExact();
    StringBuilder out = new StringBuilder();
    if (n == 0) {
      out.append("零");
    } else if (n >= 10_000) {
      out.append(small((int) (n / 10_000))).append('万');
      int low = (int) (n % 10_000);
      if (low > 0) {
        out.append(low < 1000 ? "零" : "").append(small(low));
      }
    } else {
      out.append(small((int) n));
    }
    String s = out.toString();
    if (s.startsWith("一十")) {
      s = s.substring(1); // 十五, 十二万
    }
    BigDecimal fraction = a.subtract(whole);
    if (fraction.signum() > 0) {
      String digits = fraction.toPlainString().substring(2);
      StringBuilder f = new StringBuilder(s).append('点');
      for (char c : digits.toCharArray()) {
        f.append(DIGITS[c - '0']);
      }
      s = f.toString();
    }
    return s;
  }

  /** 1 to 9999 with 千, 百, 十 and 零 for a skipped place. */
  private static String small(int n) {
    String[] units = {"千", "百", "十", ""};
    int[] places = {1000, 100, 10, 1};
    StringBuilder out = new StringBuilder();
    boolean started = false;
    boolean gap = false;
    for (int k = 0; k < 4; k++) {
      int d = n / places[k] % 10;
      if (d == 0) {
        gap = started;
        continue;
      }
      if (gap) {
        out.append('零');
        gap = false;
      }
      out.append(DIGITS[d]).append(units[k]);
      started = true;
    }
    return out.toString();
  }

  /**
   * Whether an index token holds the Chinese form {@code form}: the token starts with it, and what
   * follows is nothing or may not continue the number. After a form that ends in a digit anything
   * but a digit or a decimal point may follow (47 finds 47% and 47万, not 470 or 47.5); after one
   * that ends in a Chinese numeral, anything but a numeral or a digit (三千八百 finds 三千八百亿, not
   * 三千八百五十); after a scale or a unit, anything (3800亿 finds 3800亿美元).
   */
  static boolean tokenHas(String form, String token) {
    if (!token.startsWith(form)) {
      return false;
    }
    return token.length() == form.length() || mayFollow(form, token.codePointAt(form.length()));
  }

  /** Whether the code point {@code next} may follow {@code form} in a token that holds it ({@link #tokenHas}). */
  static boolean mayFollow(String form, int next) {
    char last = form.charAt(form.length() - 1);
    if (Character.isDigit(last)) {
      return !(next >= '0' && next <= '9') && next != '.';
    }
    if (ENDS_A_NUMERAL.indexOf(last) >= 0) {
      return !(next >= '0' && next <= '9') && (next > 0xFFFF || NUMERALS.indexOf(next) < 0);
    }
    return true;
  }

  private static String leadingNumerals(String surface) {
    String s = simplified(surface);
    int i = 0;
    while (i < s.length() && NUMERALS.indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    return s.substring(0, i);
  }

  private static String simplified(String s) {
    return s.replace('萬', '万').replace('億', '亿').replace('兩', '两').replace('點', '点');
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /** 1935.3 as 1,935.3 (how English text writes it, and how its tokenizer keeps it). */
  private static String grouped(BigDecimal value) {
    String[] parts = plain(value).split("\\.");
    StringBuilder whole = new StringBuilder(parts[0]);
    for (int i = whole.length() - 3; i > 0; i -= 3) {
      whole.insert(i, ',');
    }
    return parts.length > 1 ? whole + "." + parts[1] : whole.toString();
  }
}
