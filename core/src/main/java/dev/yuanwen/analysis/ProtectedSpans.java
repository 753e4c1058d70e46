package dev.yuanwen.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the stretches of (normalized) text that HanLP portable would cut into pieces and that must
 * stay whole: Latin and alphanumeric tokens (GPT-4o, H3N2, PM2.5, COVID-19), percentages (47%,
 * 3.5%) and foreign names joined by a middle dot (罗布·恩德勒, 埃隆·马斯克). The segmenter emits these
 * as single tokens and lets HanLP segment the text between them.
 */
final class ProtectedSpans {
  /** A protected stretch [start, end) and what it is. */
  record Span(int start, int end, TokenType type, String pos) {}


  /**
   * Characters of the standard transliteration tables for foreign names. A name part is a run of
   * these next to a middle dot; the run stops at the first ordinary character (表示, 说, 也 ...).
   */
  private static final String TRANSLITERATION =
      "阿埃艾爱安昂奥澳巴拔芭白拜班邦包保鲍贝本比彼毕庇宾滨波玻伯勃博布步查柴昌彻陈楚达"
          + "黛戴丹但当道德登邓狄迪蒂帝第丁东杜敦顿多朵俄厄恩尔法凡范梵菲费芬丰冯佛弗伏福富"
          + "盖甘冈高戈哥格葛根贡古顾瓜圭桂哈海亥汉豪赫黑亨洪侯胡华怀惠霍基吉加佳贾简杰捷金"
          + "京久居卡凯坎康考柯科可克肯孔库夸奎昆拉腊莱赖兰朗劳勒雷蕾累黎里理丽利莉连林琳"
          + "铃留刘柳龙隆卢鲁陆路露伦罗洛马玛迈麦曼芒梅美门蒙孟米密敏明缪摩莫默姆木穆纳娜"
          + "乃奈南内妮尼宁纽努诺欧帕派潘庞培佩彭皮珀坡珀普齐奇琪乔切钦琴秦丘屈然让热荣"
          + "茹儒瑞若萨塞赛桑瑟森沙莎山善尚绍舍申圣施什史士舒斯思松苏索塔泰坦汤唐陶特"
          + "滕提蒂廷通图土托瓦万旺威韦维温文沃乌伍武西希锡席夏贤谢辛欣休修雅亚延扬耶"
          + "叶伊依因英尤于约泽扎詹佐翰茨兹芙娅丝琼汀娃夫茜珊薇嘉卓瑙涅聂雪爵泊蕊姬璐洁妃葛";

  private static final boolean[] IS_TRANSLIT = new boolean[65536];

  static {
    for (char c : TRANSLITERATION.toCharArray()) {
      IS_TRANSLIT[c] = true;
    }
  }

  private static final int MAX_NAME_PART = 6;

  private ProtectedSpans() {}

  /** Non-overlapping spans in order of position. */
  static List<Span> find(String text) {
    if (!mayHaveSpans(text)) {
      return List.of(); // most Chinese text: one cheap scan and no allocation
    }
    List<Span> spans = new ArrayList<>();
    addAlphanumeric(spans, text);
    int latin = spans.size();
    addDottedNames(spans, text);
    if (latin > 0 && spans.size() > latin) {
      // Rare: both kinds present; merge into position order, first come wins on overlap.
      spans.sort((x, y) -> x.start() != y.start() ? Integer.compare(x.start(), y.start()) : y.end() - x.end());
      List<Span> kept = new ArrayList<>(spans.size());
      int end = 0;
      for (Span sp : spans) {
        if (sp.start() >= end) {
          kept.add(sp);
          end = sp.end();
        }
      }
      return kept;
    }
    return spans;
  }

  private static boolean mayHaveSpans(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c < 128 ? isAsciiAlnum(c) : isNameDot(c)) {
        return true;
      }
    }
    return false;
  }

  /** Middle dots used between the parts of a transliterated name. */
  private static boolean isNameDot(char c) {
    return c == '·' || c == '•' || c == '‧' || c == '・';
  }

  /**
   * One pass over the text (regexes cost several times more on this hot path). A run is ASCII
   * letters and digits, joined by - . + _ / &amp; inside it, with trailing + (C++). With a letter
   * in it, it is a Latin token (GPT-4o, H3N2, PM2.5, 5G); without, it is a plain number, left to
   * HanLP (which joins it with its unit) unless a % or ‰ follows (47%, 3.5 %).
   */
  private static void addAlphanumeric(List<Span> spans, String text) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isAsciiAlnum(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean letter = false;
      int j = i;
      while (true) {
        while (j < n && isAsciiAlnum(text.charAt(j))) {
          letter |= text.charAt(j) > '9';
          j++;
        }
        if (j + 1 < n && isJoiner(text.charAt(j)) && isAsciiAlnum(text.charAt(j + 1))) {
          j++;
          continue;
        }
        break;
      }
      if (letter) {
        while (j < n && text.charAt(j) == '+') {
          j++;
        }
        spans.add(new Span(start, j, TokenType.LATIN, "nx"));
      } else {
        int k = j < n && text.charAt(j) == ' ' ? j + 1 : j;
        if (k < n && (text.charAt(k) == '%' || text.charAt(k) == '‰')) {
          j = k + 1;
          spans.add(new Span(start, j, TokenType.NUMBER, "mq"));
        }
      }
      i = j;
    }
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isJoiner(char c) {
    return c == '-' || c == '.' || c == '+' || c == '_' || c == '/' || c == '&';
  }

  private static void addDottedNames(List<Span> spans, String text) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      int dot = indexOfDot(text, i);
      if (dot < 0) {
        return;
      }
      int start = dot;
      while (start > 0 && dot - start < MAX_NAME_PART && IS_TRANSLIT[text.charAt(start - 1)]) {
        start--;
      }
      if (start == dot) {
        i = dot + 1;
        continue;
      }
      int end = dot;
      // A name may have several dotted parts: 约翰·菲茨杰拉德·肯尼迪.
      while (end < n && isNameDot(text.charAt(end))) {
        int p = end + 1;
        while (p < n && p - end - 1 < MAX_NAME_PART && IS_TRANSLIT[text.charAt(p)]) {
          p++;
        }
        if (p == end + 1) {
          break;
        }
        end = p;
      }
      if (end > dot) {
        spans.add(new Span(start, end, TokenType.NAME, "nrf"));
        i = end;
      } else {
        i = dot + 1;
      }
    }
  }

  private static int indexOfDot(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (isNameDot(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
