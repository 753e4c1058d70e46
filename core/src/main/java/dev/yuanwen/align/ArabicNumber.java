package dev.yuanwen.align;

/**
 * A run of ASCII digits as written, with thousands separators and a decimal part: 35,000 · 1.935 ·
 * 2026. Both figure scanners read numbers through it, so that both sides of a comparison agree on
 * value and precision.
 *
 * @param mantissa the digits as an integer (1.935 → 1935)
 * @param decimals how many of them follow the decimal point
 * @param unit the worth of the last digit that carries information (see {@link #read})
 * @param end offset just past the last digit
 * @param yearLike a plain four-digit integer from 1800 to 2199: exact even when hedged
 */
record ArabicNumber(double mantissa, int decimals, double unit, int end, boolean yearLike) {
  /** 1e0 to 1e22, each exact as a double (the literals are; repeated multiplication is not). */
  private static final double[] POWERS_OF_TEN = {
    1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };

  /**
   * Reads the number starting at {@code start}, which must be an ASCII digit. A comma joins only
   * groups of exactly three digits (1,935,300; not the list 1,2,3). Trailing zeros of a
   * comma-grouped or five-digit-plus integer are taken as rounding, down to two significant digits
   * (35,000 → unit 1,000): writers round such numbers, and 35,000 for 34,800 is honest.
   */
  static ArabicNumber read(CharSequence s, int start) {
    int n = s.length();
    double mantissa = 0;
    int digits = 0;
    int trailingZeros = 0;
    boolean grouped = false;
    int j = start;
    while (true) {
      while (j < n && isDigit(s.charAt(j))) {
        int d = s.charAt(j) - '0';
        mantissa = mantissa * 10 + d;
        trailingZeros = d == 0 ? trailingZeros + 1 : 0;
        digits++;
        j++;
      }
      boolean groupFollows = j + 3 < n && s.charAt(j) == ',' && (grouped || digits <= 3)
          && isDigit(s.charAt(j + 1)) && isDigit(s.charAt(j + 2)) && isDigit(s.charAt(j + 3))
          && (j + 4 == n || !isDigit(s.charAt(j + 4)));
      if (!groupFollows) {
        break;
      }
      grouped = true;
      j++;
    }
    int decimals = 0;
    if (j + 1 < n && s.charAt(j) == '.' && isDigit(s.charAt(j + 1))) {
      j++;
      while (j < n && isDigit(s.charAt(j))) {
        mantissa = mantissa * 10 + (s.charAt(j) - '0');
        decimals++;
        j++;
      }
    }
    double unit;
    if (decimals > 0) {
      unit = 1 / pow10(decimals);
    } else if (grouped || digits >= 5) {
      unit = pow10(Math.min(trailingZeros, digits - 2));
    } else {
      unit = 1;
    }
    boolean yearLike = !grouped && decimals == 0 && digits == 4 && mantissa >= 1800 && mantissa < 2200;
    return new ArabicNumber(mantissa, decimals, unit, j, yearLike);
  }

  /**
   * The number times {@code multiplier}, dividing last so that decimal figures come out exact: 1.2
   * trillion is 12e12 / 10, not 1.2 * 1e12 (which is off in the last bit).
   */
  double value(double multiplier) {
    return mantissa * multiplier / pow10(decimals);
  }

  /**
   * Whether {@code s[start, end)}, one or two digits, numbers a list rather than states a figure:
   * (1), or 1. / 1) / 1、 opening a line.
   */
  static boolean isListMarker(CharSequence s, int start, int end) {
    if (end - start > 2) {
      return false;
    }
    int n = s.length();
    char next = end < n ? s.charAt(end) : 0;
    if (start > 0 && s.charAt(start - 1) == '(' && next == ')') {
      return true;
    }
    int k = start - 1;
    while (k >= 0 && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
      k--;
    }
    boolean opensLine = k < 0 || s.charAt(k) == '\n';
    return opensLine && (next == '、' || ((next == '.' || next == ')') && (end + 1 == n || s.charAt(end + 1) == ' ')));
  }

  static double pow10(int k) {
    return k < POWERS_OF_TEN.length ? POWERS_OF_TEN[k] : Math.pow(10, k);
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
