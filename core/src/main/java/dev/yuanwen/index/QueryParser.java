package dev.yuanwen.index;

import dev.yuanwen.index.ParsedQuery.AnyOf;
import dev.yuanwen.index.ParsedQuery.Clause;
import dev.yuanwen.index.ParsedQuery.Field;
import dev.yuanwen.index.ParsedQuery.Filter;
import dev.yuanwen.index.ParsedQuery.Not;
import dev.yuanwen.index.ParsedQuery.Phrase;
import dev.yuanwen.index.ParsedQuery.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the little syntax a query has; everything else is text. The syntax:
 *
 * <ul>
 *   <li>a phrase in quotes: {@code "long-term care"}, {@code “长期照护”}, {@code 「长照」}, {@code 『…』}
 *       (a quote left open closes at the end);
 *   <li>{@code -word} and {@code -"phrase"}: exclusion (a {@code -} on its own, or inside a word as
 *       in long-term, is text);
 *   <li>{@code OR} or {@code |} between two words or phrases: either; {@code AND} between two: the
 *       default, accepted. Only capitals are operators; an operator at the start or the end, next
 *       to another operator, or next to an exclusion or filter is an ordinary word. {@code OR}
 *       binds its two neighbours only: {@code a b OR c} is a and (b or c);
 *   <li>{@code side:zh|en|both}, {@code doc:ID}, {@code tag:X}, {@code outlet:X} (a value may be
 *       quoted, a field name in any case; {@code -doc:ID} leaves the document out).
 * </ul>
 *
 * <p>Anything else ({@code *}, {@code ?}, {@code ~}, {@code ^}, {@code field:value} of another
 * field, brackets, HTML) is text. Control characters, format characters and unpaired surrogates
 * are spaces. Any input gives a query (perhaps of no clause); nothing throws.
 */
final class QueryParser {
  private QueryParser() {}

  private enum Kind { OPERAND, NOT, FILTER, OR, AND }

  private record Token(Kind kind, Clause clause, String text) {}

  static ParsedQuery parse(String query) {
    String s = clean(query);
    List<Token> tokens = tokens(s);
    return new ParsedQuery(clauses(tokens));
  }

  /** Control, format and whitespace characters as spaces, unpaired surrogates too. */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        int cp = text.codePointAt(i);
        out.append(isSpace(cp) ? ' ' : text.substring(i, i + 2));
        i++;
      } else if (Character.isSurrogate(c) || isSpace(c)) {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)
        || Character.getType(cp) == Character.FORMAT;
  }

  /** Whether {@code c} opens a phrase (straight, curly, full-width and corner quotes). */
  private static boolean opensPhrase(char c) {
    return "\"＂“”„「『〝".indexOf(c) >= 0;
  }

  private static boolean closes(char open, char c) {
    return switch (open) {
      case '「' -> c == '」';
      case '『' -> c == '』';
      case '〝' -> c == '〞' || c == '〟';
      default -> "\"＂“”„".indexOf(c) >= 0;
    };
  }

  private static boolean isMinus(char c) {
    return c == '-' || c == '－' || c == '−';
  }

  private static boolean isBar(char c) {
    return c == '|' || c == '｜';
  }

  /** Where the phrase opened at {@code at} ends (past its closing quote, or the end of the text). */
  private static int phraseEnd(String s, int at) {
    char open = s.charAt(at);
    int i = at + 1;
    while (i < s.length() && !closes(open, s.charAt(i))) {
      i++;
    }
    return Math.min(s.length(), i + 1);
  }

  /** The phrase's words: inside the quotes, spaces collapsed. */
  private static String phraseText(String s, int at, int end) {
    int to = end;
    if (to > at + 1 && to <= s.length() && closes(s.charAt(at), s.charAt(to - 1))) {
      to--;
    }
    return s.substring(at + 1, Math.max(at + 1, to)).strip().replaceAll(" +", " ");
  }

  /** Where the word at {@code at} ends: at a space, a quote or a bar. */
  private static int wordEnd(String s, int at) {
    int i = at;
    while (i < s.length() && s.charAt(i) != ' ' && !opensPhrase(s.charAt(i)) && !isBar(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static List<Token> tokens(String s) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c == ' ') {
        i++;
        continue;
      }
      if (isBar(c)) {
        int j = i;
        while (j < n && isBar(s.charAt(j))) {
          j++;
        }
        out.add(new Token(Kind.OR, null, s.substring(i, j)));
        i = j;
        continue;
      }
      if (opensPhrase(c)) {
        int end = phraseEnd(s, i);
        String text = phraseText(s, i, end);
        if (!text.isEmpty()) {
          out.add(new Token(Kind.OPERAND, new Phrase(text), s.substring(i, end)));
        }
        i = end;
        continue;
      }
      boolean excluded = isMinus(c) && i + 1 < n && s.charAt(i + 1) != ' ' && !isMinus(s.charAt(i + 1))
          && !isBar(s.charAt(i + 1));
      int start = excluded ? i + 1 : i;
      if (excluded && opensPhrase(s.charAt(start))) {
        int end = phraseEnd(s, start);
        String text = phraseText(s, start, end);
        if (!text.isEmpty()) {
          out.add(new Token(Kind.NOT, new Not(new Phrase(text)), s.substring(i, end)));
        }
        i = end;
        continue;
      }
      int end = wordEnd(s, start);
      String word = s.substring(start, end);
      // A filter: a known field, a colon and a value (or a quoted value right after the colon).
      int colon = word.indexOf(':');
      Field field = colon > 0 ? field(word.substring(0, colon)) : null;
      if (field != null) {
        String value = word.substring(colon + 1);
        int next = end;
        if (value.isEmpty() && end < n && opensPhrase(s.charAt(end))) {
          next = phraseEnd(s, end);
          value = phraseText(s, end, next);
        }
        value = value.strip();
        Filter filter = filter(field, value, excluded);
        if (filter != null) {
          out.add(new Token(Kind.FILTER, filter, s.substring(i, next)));
          i = next;
          continue;
        }
      }
      if (excluded) {
        out.add(new Token(Kind.NOT, new Not(new Word(word)), s.substring(i, end)));
      } else if (word.equals("OR")) {
        out.add(new Token(Kind.OR, null, word));
      } else if (word.equals("AND")) {
        out.add(new Token(Kind.AND, null, word));
      } else {
        out.add(new Token(Kind.OPERAND, new Word(word), word));
      }
      i = end;
    }
    return out;
  }

  private static Field field(String name) {
    for (Field f : Field.values()) {
      if (f.label().equals(name.toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    return null;
  }

  /** The filter, or null when the value is not one the field takes (then it is text). */
  private static Filter filter(Field field, String value, boolean negated) {
    if (value.isEmpty()) {
      return null;
    }
    if (field == Field.SIDE) {
      String v = value.toLowerCase(Locale.ROOT);
      if (!v.equals("zh") && !v.equals("en") && !v.equals("both")) {
        return null;
      }
      return new Filter(field, v, negated);
    }
    return new Filter(field, value, negated);
  }

  /** Operators between two operands join them; any other operator is a word. */
  private static List<Clause> clauses(List<Token> tokens) {
    List<Clause> out = new ArrayList<>();
    List<Clause> chain = new ArrayList<>();
    boolean joinNext = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      boolean between = i > 0 && tokens.get(i - 1).kind() == Kind.OPERAND
          && i + 1 < tokens.size() && tokens.get(i + 1).kind() == Kind.OPERAND;
      if (t.kind() == Kind.OR || t.kind() == Kind.AND) {
        if (between) {
          joinNext = t.kind() == Kind.OR;
          continue;
        }
        t = new Token(Kind.OPERAND, new Word(t.text()), t.text()); // a word after all
      }
      if (t.kind() == Kind.OPERAND) {
        if (!joinNext) {
          flush(chain, out);
        }
        chain.add(t.clause());
        joinNext = false;
      } else {
        flush(chain, out);
        out.add(t.clause());
      }
    }
    flush(chain, out);
    return out;
  }

  private static void flush(List<Clause> chain, List<Clause> out) {
    if (chain.size() == 1) {
      out.add(chain.get(0));
    } else if (chain.size() > 1) {
      out.add(new AnyOf(chain));
    }
    chain.clear();
  }
}
