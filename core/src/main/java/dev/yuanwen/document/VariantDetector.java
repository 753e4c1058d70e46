package dev.yuanwen.document;

import com.hankcs.hanlp.HanLP;
import java.util.List;

/**
 * Tells traditional from simplified text by how many Han characters HanLP's traditional-to-simplified
 * conversion changes. Simplified text keeps (nearly) all of them; traditional text loses a quarter or
 * more. The conversion is phrase-aware, so names such as 乾隆 in simplified text do not count.
 */
final class VariantDetector {
  private VariantDetector() {}

  /** Enough text to decide; detection need not read a whole book. */
  private static final int SAMPLE_CHARS = 20_000;

  /** Share of changed Han characters from which a text is traditional. */
  static final double TRADITIONAL_SHARE = 0.10;

  static Article.Variant detect(String title, List<String> paragraphs) {
    StringBuilder text = new StringBuilder(title);
    for (int i = 0; i < paragraphs.size() && text.length() < SAMPLE_CHARS; i++) {
      text.append('\n').append(paragraphs.get(i));
    }
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text.toString();
    int[] counts = count(sample);
    int han = counts[0];
    int changed = counts[1];
    return changed > 0 && changed >= han * TRADITIONAL_SHARE
        ? Article.Variant.TRADITIONAL
        : Article.Variant.SIMPLIFIED;
  }

  /** {Han characters, Han characters that simplify to something else}. */
  static int[] count(String sample) {
    String simplified = HanLP.convertToSimplifiedChinese(sample);
    int han = 0;
    int changed = 0;
    if (simplified.length() == sample.length()) {
      for (int i = 0; i < sample.length(); i++) {
        char c = sample.charAt(i);
        if (TextCleaner.isHan(c)) {
          han++;
          if (simplified.charAt(i) != c) {
            changed++;
          }
        }
      }
      return new int[] {han, changed};
    }
    // A phrase mapping changed the length: positions no longer line up, so go character by character.
    for (int i = 0; i < sample.length(); ) {
      int cp = sample.codePointAt(i);
      i += Character.charCount(cp);
      if (TextCleaner.isHan(cp)) {
        han++;
        String c = new String(Character.toChars(cp));
        if (!HanLP.convertToSimplifiedChinese(c).equals(c)) {
          changed++;
        }
      }
    }
    return new int[] {han, changed};
  }
}
