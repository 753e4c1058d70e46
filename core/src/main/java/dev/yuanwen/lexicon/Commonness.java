package dev.yuanwen.lexicon;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;

/**
 * How common a Chinese word is, from the word counts HanLP portable ships: its core dictionary
 * (counted on the 1998 People's Daily corpus) plus its custom dictionary (a larger, more recent
 * count that knows words like 分析师 and 芯片, which the core one lacks). The two are added: the
 * custom counts are the larger by an order of magnitude and dominate where both know a word.
 *
 * <p>Only {@link ReverseIndex#build} uses this, when the shipped index is regenerated (or, as a
 * fallback, rebuilt at run time); loading the lexicon normally never touches HanLP, whose
 * dictionaries take a second and tens of megabytes to load.
 */
final class Commonness {
  private Commonness() {}

  /** Occurrences of {@code word} counted by HanLP's dictionaries; 0 if they do not know it. */
  static long frequency(String word) {
    CoreDictionary.Attribute custom = CustomDictionary.get(word);
    return CoreDictionary.getTermFrequency(word) + (custom == null ? 0L : custom.totalFrequency);
  }
}
