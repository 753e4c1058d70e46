package dev.yuanwen.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Hostile text, as a list of pieces joined: Han runs (simplified and traditional), Latin words,
 * numbers in every script, runs of full-width and ASCII sentence punctuation before and after Han
 * characters, digits and closers ("1．弄堂", "。”", "……？！"), list and heading markers, every kind of
 * line break (LF, CRLF, CR, U+2028, U+2029, NEL, form feed) and space (tab, NBSP, U+3000), control and
 * zero-width characters, byte-order marks, lone surrogates, supplementary characters, HTML tags,
 * comments and entities, Markdown, any BMP character, and now and then one line of about a megabyte
 * (one piece repeated, or one char). Shrinking drops pieces, then halves them.
 */
final class Texts {
  private Texts() {}

  static final String HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严弄堂石库门长照臺灣發展經濟醫療體系關於為與個們時來會說對學國";
  private static final String TRADITIONAL = "長照與臺灣發展經濟醫療體系關於為個們時來會說對學國這樣還沒見過";
  private static final String[] LATIN = {
    "GPT-4o", "Anthropic", "U.S.", "Mr.", "Dr.", "e.g.", "Li Qiang", "PM2.5", "COVID-19", "C++", "IPO", "the",
    "market", "Xi Jinping", "Tesla", "Chang'e-6", "www.example.com", "A", "I.", "No.", "etc.", "$965 billion"
  };
  private static final String[] NUMBERS = {
    "3.5%", "1,249", "２０２６", "2026年", "三千五百亿", "百分之四十七", "1万亿元", "9650亿美元", "十倍", "七八", "1.", "3:30",
    "10", "0", "一", "〇", "五分之一", "5至7万", "１．５", "二〇二六", "99999999999999999999999999", "1e308"
  };
  private static final String TERMINATORS = "．。！？…⋯｡.!?；;，,：:、";
  private static final String QUOTES = "”’」』）)》】]〉\"»“‘「『（(《【[〈«'";
  private static final String[] MARKERS = {
    "1．", "2. ", "一．", "十．", "(3) ", "（4）", "III. ", "IV) ", "# ", "## ", "###### ", "- ", "* ", "+ ", "• ", "1、",
    "**", "---", "===", "* * *", "Conclusion: ", "In summary, ", "原文：", "Summary of key points", "\"Title\"", "> "
  };
  private static final String[] BREAKS = {
    "\n", "\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\u2028", "\u2029", "\u0085", "\f", " ", " ", "\t", "\u3000", "\u00A0",
    "  ", "\u2003", "\u202F"
  };
  private static final String INVISIBLE = "\u200B\u200C\u200D\u2060\uFEFF\u00AD\u180E\u202E\u061C";
  private static final String[] MARKUP = {
    "<p>", "</p>", "<br>", "<br/>", "<!--", "-->", "<!-- note -->", "<span class=\"x\">", "</span>", "<div>", "<td>",
    "&nbsp;", "&#x4e2d;", "&#0;", "&#55296;", "&lt;p&gt;", "&amp;", "&ldquo;", "&#x10FFFF;", "&bogus;", "<", ">", "&",
    "<Claude>", "<h1 ", "< / p >"
  };

  /** What a saved web page is made of: page tags, scripts and styles, navigation, blocks, entities, broken markup. */
  private static final String[] PAGE_MARKUP = {
    "<!DOCTYPE html>", "<html lang=\"zh-CN\">", "</html>", "<head>", "</head>", "<body>", "</body>", "<meta charset=\"utf-8\">",
    "<title>", "</title>", "<style>p{color:red}</style>", "<style>", "</style>", "<script>var x=\"<p>\";</script>", "<script>",
    "</script>", "<noscript>", "<nav><a href=\"/\">首页</a></nav>", "<header>", "</header>", "<footer>", "</footer>",
    "<aside>", "</aside>", "<form>", "</form>", "<div class=\"a\">", "</div>", "<p>", "</p>", "<br>", "<br><br>", "<li>",
    "<ul>", "</ul>", "<h1>", "</h1>", "<h3>", "<blockquote>", "<table><tr><td>", "</td><td>", "</table>", "<pre>", "</pre>",
    "<b>", "</b>", "<i>", "<a href=\"x\">", "</a>", "<span hidden>", "<div aria-hidden=\"true\">", "<img alt=\"图\">",
    "<![CDATA[", "]]>", "<?xml version=\"1.0\"?>", "<svg><text>", "</svg>", "<template>", "<textarea>", "<plaintext>",
    "&frac12;", "&nbsp;", "&#12288;", "&#x3001;", "&ldquo;", "&rdquo;", "&copy;", "&amp;", "&lt;", "&gt;", "&#0;",
    "&#xD800;", "&#1114111;", "&notanentity;", "&frac12", "&", "<", ">", "\"", "'", "=", "</", "<!--", "-->", "<!---->"
  };

  /**
   * A web page: an opening such as {@code <!DOCTYPE html>} (so that it is read as HTML), then pieces
   * that are page markup as often as text, and now and then one piece of about {@code bigChars} chars
   * (a repeated tag among them: thousands of nested {@code <div>}s, unclosed {@code <b>}s).
   */
  static Gen<List<String>> page(int maxPieces, double bigChance, int bigChars) {
    Gen<List<String>> pieces =
        Gen.listOf(r -> r.nextBoolean() ? PAGE_MARKUP[r.nextInt(PAGE_MARKUP.length)] : piece(r), 0, maxPieces);
    return new Gen<>() {
      @Override
      public List<String> sample(Random r) {
        List<String> out = pieces.sample(r);
        out.add(0, PAGE_MARKUP[r.nextInt(8)]);
        if (r.nextDouble() < bigChance) {
          String unit = r.nextBoolean() ? PAGE_MARKUP[r.nextInt(PAGE_MARKUP.length)] : piece(r);
          if (unit.isEmpty()) {
            unit = "<div>";
          }
          out.add(r.nextInt(out.size() + 1), unit.repeat(Math.max(1, bigChars / unit.length())));
        }
        return out;
      }

      @Override
      public Stream<List<String>> shrink(List<String> value) {
        return Gen.shrinkList(value, 0, Gen::shrinkString);
      }
    };
  }

  /** Text of up to {@code maxPieces} pieces; with probability {@code bigChance} one more piece of about {@code bigChars} chars. */
  static Gen<List<String>> text(int maxPieces, double bigChance, int bigChars) {
    Gen<List<String>> pieces = Gen.listOf(r -> piece(r), 0, maxPieces);
    return new Gen<>() {
      @Override
      public List<String> sample(Random r) {
        List<String> out = pieces.sample(r);
        if (r.nextDouble() < bigChance) {
          out.add(r.nextInt(out.size() + 1), big(r, bigChars));
        }
        return out;
      }

      @Override
      public Stream<List<String>> shrink(List<String> value) {
        return Gen.shrinkList(value, 0, Gen::shrinkString);
      }
    };
  }

  static String join(List<String> pieces) {
    return String.join("", pieces);
  }

  /** One piece; Han and punctuation come most often, since the splitter and the segmenter work on them. */
  static String piece(Random r) {
    switch (r.nextInt(20)) {
      case 0, 1, 2, 3:
        return han(r, 1 + r.nextInt(12));
      case 4:
        return traditional(r, 1 + r.nextInt(6));
      case 5, 6:
        return LATIN[r.nextInt(LATIN.length)] + (r.nextBoolean() ? " " : "");
      case 7:
        return NUMBERS[r.nextInt(NUMBERS.length)];
      case 8, 9:
        return run(r, TERMINATORS, 1 + r.nextInt(r.nextInt(4) == 0 ? 8 : 3));
      case 10:
        return run(r, QUOTES, 1 + r.nextInt(3));
      case 11:
        return MARKERS[r.nextInt(MARKERS.length)];
      case 12, 13:
        return BREAKS[r.nextInt(BREAKS.length)];
      case 14:
        return control(r);
      case 15:
        return String.valueOf(INVISIBLE.charAt(r.nextInt(INVISIBLE.length())));
      case 16:
        return String.valueOf((char) (0xD800 + r.nextInt(0x800))); // a lone surrogate, high or low
      case 17:
        return new String(Character.toChars(0x10000 + r.nextInt(0x100000 - 0x10000)));
      case 18:
        return MARKUP[r.nextInt(MARKUP.length)];
      default:
        return String.valueOf((char) r.nextInt(0x10000)); // anything in the BMP
    }
  }

  static String han(Random r, int n) {
    return run(r, HAN, n);
  }

  private static String traditional(Random r, int n) {
    return run(r, TRADITIONAL, n);
  }

  private static String run(Random r, String alphabet, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  private static String control(Random r) {
    int k = r.nextInt(40);
    if (k == 0) {
      return "\u0000";
    }
    return String.valueOf((char) (k < 32 ? k : 0x7F + r.nextInt(0x21)));
  }

  /** About {@code chars} chars: one char, or one short piece, repeated (a line with no break, a run of dashes). */
  static String big(Random r, int chars) {
    String unit;
    switch (r.nextInt(6)) {
      case 0:
        String marks = "-=#*<．。!\"“ ";
        unit = String.valueOf(marks.charAt(r.nextInt(marks.length())));
        break;
      case 1:
        unit = han(r, 1 + r.nextInt(30));
        break;
      case 2:
        unit = han(r, 5) + run(r, TERMINATORS, 1) + (r.nextBoolean() ? run(r, QUOTES, 1) : "");
        break;
      case 3:
        unit = MARKUP[r.nextInt(MARKUP.length)];
        break;
      default:
        StringBuilder b = new StringBuilder();
        for (int i = 0, n = 1 + r.nextInt(6); i < n; i++) {
          String p = piece(r);
          b.append(p.contains("\n") || p.contains("\r") ? " " : p);
        }
        unit = b.toString();
    }
    if (unit.isEmpty()) {
      unit = "中";
    }
    return unit.repeat(Math.max(1, chars / unit.length()));
  }

  /** The input as a reader can take it: long pieces cut to their ends, every unprintable char as \\uXXXX. */
  static String describe(List<String> pieces) {
    StringBuilder b = new StringBuilder();
    int total = 0;
    for (String p : pieces) {
      total += p.length();
    }
    b.append(total).append(" chars in ").append(pieces.size()).append(" pieces: ");
    for (int i = 0; i < pieces.size(); i++) {
      if (i > 0) {
        b.append(" + ");
      }
      b.append(literal(pieces.get(i)));
    }
    return b.toString();
  }

  static String literal(String s) {
    if (s.length() > 200) {
      return literal(s.substring(0, 60)) + " ...(" + s.length() + " chars)... " + literal(s.substring(s.length() - 20));
    }
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean plain = c >= 0x20 && c != '"' && c != '\\' && c != 0x7F
          && !(c >= 0x80 && c <= 0xA0) && !Character.isSurrogate(c) && INVISIBLE.indexOf(c) < 0
          && Character.getType(c) != Character.FORMAT && Character.getType(c) != Character.LINE_SEPARATOR
          && Character.getType(c) != Character.PARAGRAPH_SEPARATOR && Character.getType(c) != Character.UNASSIGNED
          && Character.getType(c) != Character.PRIVATE_USE && c != '\u3000';
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else if (plain) {
        b.append(c);
      } else {
        b.append(String.format("\\u%04X", (int) c));
      }
    }
    return b.append('"').toString();
  }

  /** UTF-8 of {@code text}, with one to three bytes changed when {@code corrupt}: every path to the decoder. */
  static byte[] bytes(String text, boolean corrupt) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    if (corrupt && b.length > 0) {
      Random r = new Random(text.hashCode());
      for (int k = r.nextInt(3); k >= 0; k--) {
        b[r.nextInt(b.length)] = (byte) (0x80 + r.nextInt(0x80));
      }
    }
    return b;
  }
}
