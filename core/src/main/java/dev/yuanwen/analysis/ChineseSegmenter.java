package dev.yuanwen.analysis;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Chinese word segmentation for the whole library, on HanLP portable: one instance per JVM
 * ({@link #shared()}), safe to call from many threads.
 *
 * <p>On top of HanLP it keeps whole what HanLP portable cuts into pieces (foreign names joined by
 * "·", Latin and alphanumeric tokens, percentages; numbers with units come from HanLP's own
 * number-quantifier recognition), and it accepts traditional Chinese: the text is converted to
 * simplified for segmentation and every token points back at the original characters.
 *
 * <pre>{@code
 * for (Token t : ChineseSegmenter.shared().segment("美国分析师罗布·恩德勒表示……")) { ... }
 * }</pre>
 */
public final class ChineseSegmenter {
  private static final ChineseSegmenter SHARED = new ChineseSegmenter();

  private ChineseSegmenter() {}

  /** The segmenter; the first call loads HanLP's dictionaries (about a second). */
  public static ChineseSegmenter shared() {
    HanLPRuntime.segment();
    return SHARED;
  }

  /**
   * Segments {@code text} into tokens in order, covering every non-space character; punctuation
   * comes as {@link TokenType#PUNCTUATION} tokens, whitespace is dropped.
   */
  public List<Token> segment(CharSequence text) {
    return segment(text, null);
  }

  /**
   * As {@link #segment(CharSequence)}; {@code normalized[0]}, when given, receives the text's
   * {@link #simplified} form, the very string given when that is the same.
   */
  List<Token> segment(CharSequence text, String[] normalized) {
    String original = text.toString();
    String norm = ScriptConverter.normalize(original);
    if (normalized != null) {
      normalized[0] = norm == original ? null : norm;
    }
    List<Token> out = new ArrayList<>(Math.max(8, norm.length() / 2));
    if (norm.isBlank()) {
      return out;
    }
    List<ProtectedSpans.Span> spans = ProtectedSpans.find(norm);
    // One HanLP call for the whole text: it sees full context, and per-call cost is paid once.
    List<Term> terms = HanLPRuntime.segment().seg(norm);
    int offset = 0;
    int span = 0; // first span that may still overlap
    int nextToEmit = 0; // first span not yet emitted
    for (Term term : terms) {
      String word = term.word;
      int start = norm.startsWith(word, offset) ? offset : norm.indexOf(word, offset);
      if (start < 0) {
        continue; // HanLP returns the text cut into pieces; never seen otherwise
      }
      int end = start + word.length();
      offset = end;
      String pos = term.nature == null ? "n" : term.nature.toString();
      // Cut the term around protected spans: a span is emitted once, whole, where it starts.
      int s = start;
      while (s < end) {
        while (span < spans.size() && spans.get(span).end() <= s) {
          span++;
        }
        ProtectedSpans.Span sp = span < spans.size() ? spans.get(span) : null;
        if (sp == null || sp.start() >= end) {
          if (s == start && original == norm && !word.isEmpty() && !Character.isWhitespace(word.charAt(0))
              && !Character.isWhitespace(word.charAt(word.length() - 1))) {
            add(original, norm, start, end, word, pos, out); // the common case: HanLP's own string
          } else {
            addTrimmed(original, norm, s, end, pos, out);
          }
          break;
        }
        if (sp.start() > s) {
          addTrimmed(original, norm, s, sp.start(), pos, out);
        }
        if (span >= nextToEmit) {
          out.add(token(original, norm, sp.start(), sp.end(), sp.type(), sp.pos()));
          nextToEmit = span + 1;
        }
        // sp ends after s (the spans ending at or before s were skipped above), so s moves on
        assert sp.end() > s : "segment scan stalled at " + s;
        s = Math.max(s + 1, Math.min(end, sp.end()));
      }
    }
    return out;
  }

  /** Content terms only (normalized, simplified), e.g. for matching and counting. */
  public List<String> terms(CharSequence text) {
    List<String> terms = new ArrayList<>();
    for (Token t : segment(text)) {
      if (t.isContent()) {
        terms.add(t.term());
      }
    }
    return terms;
  }

  /** The simplified, half-width form of {@code text}, of the same length (offsets carry over). */
  public String simplified(CharSequence text) {
    return ScriptConverter.normalize(text);
  }

  /**
   * Adds the piece [start, end) of a HanLP term. Spaces HanLP keeps inside a term (English phrases)
   * are dropped from the ends. A numeral or quantifier right after a numeral joins it, so that a
   * figure and its unit are one token: 1万亿元 (1/m 万亿/q 元/q), 2026年, 9650亿美元, 百分之四十七.
   * HanLP's own number-quantifier pass does this too but costs more than this one comparison.
   */
  private static void addTrimmed(String original, String norm, int start, int end, String pos, List<Token> out) {
    while (start < end && Character.isWhitespace(norm.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(norm.charAt(end - 1))) {
      end--;
    }
    if (start < end) {
      add(original, norm, start, end, null, pos, out);
    }
  }

  /** Adds [start, end), {@code word} being its text when the caller has it already. */
  private static void add(String original, String norm, int start, int end, String word, String pos, List<Token> out) {
    char tag = pos.isEmpty() ? ' ' : pos.charAt(0);
    if ((tag == 'm' || tag == 'q') && !out.isEmpty()) {
      Token prev = out.get(out.size() - 1);
      if (prev.end() == start && isNumeralToken(prev)) {
        int from = prev.start();
        out.set(out.size() - 1, token(original, norm, from, end, typeOf("mq", norm, from, end), "mq"));
        return;
      }
    }
    TokenType type = typeOf(pos, norm, start, end);
    out.add(word != null ? new Token(word, word, start, end, type, pos) : token(original, norm, start, end, type, pos));
  }

  /** A HanLP numeral (m, mq), not one of our kept-whole spans (percentages end in % or ‰). */
  private static boolean isNumeralToken(Token t) {
    String pos = t.pos();
    if (pos.isEmpty() || pos.charAt(0) != 'm') {
      return false;
    }
    char last = t.term().charAt(t.term().length() - 1);
    return last != '%' && last != '‰';
  }

  private static Token token(String original, String norm, int start, int end, TokenType type, String pos) {
    String surface = original.substring(start, end);
    // Simplified text normalizes to itself (the same object): share the string.
    String term = original == norm ? surface : norm.substring(start, end);
    return new Token(surface, term, start, end, type, pos);
  }

  static TokenType typeOf(String pos, String norm, int start, int end) {
    char tag = pos.isEmpty() ? 'n' : pos.charAt(0);
    char sub = pos.length() > 1 ? pos.charAt(1) : ' ';
    if (tag == 'w') {
      return TokenType.PUNCTUATION;
    }
    if (tag == 'n') {
      switch (sub) {
        case 'r':
          return TokenType.NAME;
        case 's':
          return TokenType.PLACE;
        case 't':
          return TokenType.ORGANIZATION;
        case 'x': // HanLP's tag for anything non-Chinese: Latin, but also symbols
          if (isAllPunctuation(norm, start, end)) {
            return TokenType.PUNCTUATION;
          }
          return hasAsciiLetterOrDigit(norm, start, end) ? TokenType.LATIN : TokenType.WORD;
        default:
          return TokenType.WORD;
      }
    }
    if ((tag == 'm' || tag == 'q') && statesAFigure(norm, start, end)) {
      return TokenType.NUMBER; // 2026年, 1万亿元, 十倍, 三年; not 一个, 一次, 不少
    }
    // Symbols HanLP did not tag as punctuation (it tags a lone "%" or "—" variously).
    return end - start == 1 && !Character.isLetterOrDigit(norm.charAt(start))
        ? TokenType.PUNCTUATION
        : TokenType.WORD;
  }


  /**
   * HanLP tags 一个, 一次 and 不少 as numerals too; a token states a figure when it has a digit or a
   * numeral other than a lone 一 (which mostly works as an article: "a", "one").
   */
  private static boolean statesAFigure(String s, int start, int end) {
    int numerals = 0;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
      if ("零〇二两三四五六七八九十百千万亿".indexOf(c) >= 0) {
        return true;
      }
      if (c == '一') {
        numerals++;
      }
    }
    return numerals > 1;
  }

  private static boolean isAllPunctuation(String s, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasAsciiLetterOrDigit(String s, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c < 128 && Character.isLetterOrDigit(c)) {
        return true;
      }
    }
    return false;
  }
}
