package dev.yuanwen.align;

import java.util.Map;
import java.util.Set;

/**
 * English words the aligner does not match: function words, reporting verbs and the words that
 * belong to a figure (million, yuan, percent), which the figure itself matches. Lucene's English
 * stop set is much shorter: it serves search, where such words are cheap, but here every unmatched
 * word lowers a paragraph's share of the point.
 */
final class EnglishStopWords {
  private EnglishStopWords() {}

  static final Set<String> WORDS = Set.of(
      "a", "about", "above", "according", "across", "after", "again", "against", "all", "almost",
      "along", "already", "also", "although", "always", "am", "among", "an", "and", "another", "any",
      "are", "around", "as", "at", "away", "back", "be", "became", "because", "become", "becomes",
      "been", "before", "being", "below", "between", "both", "but", "by", "can", "cannot", "could",
      "did", "do", "does", "doing", "done", "down", "due", "during", "each", "either", "else",
      "enough", "etc", "even", "ever", "every", "for", "from", "further", "had", "has", "have",
      "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however",
      "i", "if", "in", "including", "into", "is", "it", "its", "itself", "just", "least", "less",
      "like", "many", "may", "me", "might", "more", "most", "much", "must", "my", "nearly", "neither",
      "no", "nor", "not", "now", "of", "off", "often", "on", "once", "one's", "only", "onto", "or",
      "other", "others", "otherwise", "our", "ours", "out", "over", "own", "per", "perhaps", "quite",
      "rather", "really", "roughly", "said", "same", "say", "saying", "says", "see", "seen", "several",
      "shall", "she", "should", "since", "so", "some", "such", "than", "that", "the", "their",
      "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "though",
      "through", "thus", "to", "too", "toward", "towards", "under", "until", "up", "upon", "us",
      "very", "via", "was", "we", "well", "were", "what", "whatever", "when", "where", "whereas",
      "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within",
      "without", "would", "yet", "you", "your", "yours",
      // parts of figures, matched with the figure
      "hundred", "thousand", "million", "millions", "billion", "billions", "trillion", "percent",
      "per cent", "percentage", "yuan", "rmb", "dollar", "dollars", "usd", "hk", "nt", "times",
      "fold", "mn", "bn", "one",

      // the digest's own scaffolding
      "conclusion", "summary", "key", "points", "overview");

  /** Month names, matched against the article's N月. */
  static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
      Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
      Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
      Map.entry("december", 12));

  /** Spelled numbers, matched against the article's figures by value (两所, 十年, 三倍). */
  static final Map<String, Integer> NUMBERS = Map.ofEntries(
      Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
      Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
      Map.entry("fifty", 50), Map.entry("hundred", 100), Map.entry("twice", 2), Map.entry("double", 2),
      Map.entry("doubled", 2), Map.entry("dozen", 12), Map.entry("decade", 10));
}
