package dev.yuanwen.index;

import java.util.Locale;

/**
 * The language a query is written in; it decides which words are translated. Chinese words always
 * match Chinese paragraphs as written, English words English points; {@link #ZH} also glosses the
 * Chinese words into English, {@link #EN} translates the English words into Chinese, {@link #MIXED}
 * does both. Latin tokens (names, codes such as GPT-4o) and numbers always match as written too.
 */
public enum Language {
  ZH,
  EN,
  MIXED;

  /** {@code zh}, {@code en} or {@code mixed}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The language of {@code query} from its script: Chinese characters only (with digits and
   * punctuation) is {@link #ZH}, Latin letters only is {@link #EN}, both or neither is {@link
   * #MIXED} (a number alone is matched as written on both sides).
   */
  public static Language detect(String query) {
    boolean han = false;
    boolean latin = false;
    for (int i = 0; i < query.length(); ) {
      int cp = query.codePointAt(i);
      if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
        han = true;
      } else if (Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
        latin = true;
      }
      i += Character.charCount(cp);
    }
    return han && !latin ? ZH : latin && !han ? EN : MIXED;
  }
}
