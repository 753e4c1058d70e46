package dev.yuanwen.align;

import dev.yuanwen.document.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A digest point cut into what the aligner matches: its words, with the sentence each stands in,
 * whether it opens a sentence, and the runs of capitalized words that may be names.
 */
final class EnglishPoint {
  private static final Pattern WORD =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9+]*(?:['’.\\-][A-Za-z0-9+]+)*");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])[\"”’)]*\\s+(?=[\"“(]?[A-Z0-9])");

  /** One word as written, with where it stands. */
  record Word(String surface, int start, int sentence, boolean opensSentence) {
    boolean capitalized() {
      return Character.isUpperCase(surface.charAt(0));
    }

    /** Acronyms, mixed case and letter-digit tokens: AI, IPO, OpenAI, iPhone, GPT-4o, 5G. */
    boolean latinLike() {
      int upper = 0;
      boolean digit = false;
      boolean letter = false;
      for (int i = 0; i < surface.length(); i++) {
        char c = surface.charAt(i);
        upper += Character.isUpperCase(c) && i > 0 ? 1 : 0;
        digit |= Character.isDigit(c);
        letter |= Character.isLetter(c);
      }
      return letter && (digit || upper > 0 || (surface.length() >= 2 && surface.equals(surface.toUpperCase())));
    }
  }

  final Point point;
  final String text;
  final List<Word> words = new ArrayList<>();
  final int sentences;

  EnglishPoint(Point point) {
    this.point = point;
    this.text = point.label().isEmpty() || point.text().startsWith(point.label())
        ? point.text()
        : point.label() + ". " + point.text();
    List<Integer> sentenceStarts = new ArrayList<>();
    sentenceStarts.add(0);
    Matcher s = SENTENCE_END.matcher(text);
    while (s.find()) {
      sentenceStarts.add(s.end());
    }
    sentences = sentenceStarts.size();
    Matcher m = WORD.matcher(text);
    int sentence = 0;
    int lastSentence = -1;
    while (m.find()) {
      while (sentence + 1 < sentenceStarts.size() && sentenceStarts.get(sentence + 1) <= m.start()) {
        sentence++;
      }
      String w = m.group();
      if (w.endsWith("'s") || w.endsWith("’s")) {
        w = w.substring(0, w.length() - 2);
      }
      if (w.chars().allMatch(Character::isDigit)) {
        continue; // figures are matched as figures
      }
      words.add(new Word(w, m.start(), sentence, sentence != lastSentence));
      lastSentence = sentence;
    }
  }
}
