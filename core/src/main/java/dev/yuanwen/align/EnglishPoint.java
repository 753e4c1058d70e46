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
  record Word(String surface, int start, int sentence, boolean opensSentence, boolean spaced) {
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
  /** Where the label (title case) ends in {@link #text}; 0 if there is none. */
  final int labelEnd;

  EnglishPoint(Point point) {
    this.point = point;
    boolean labelled = !point.label().isEmpty() && !point.text().startsWith(point.label());
    this.text = labelled ? point.label() + ". " + point.text() : point.text();
    this.labelEnd = labelled ? point.label().length() : 0;
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
    int lastEnd = -1;
    while (m.find()) {
      while (sentence + 1 < sentenceStarts.size() && sentenceStarts.get(sentence + 1) <= m.start()) {
        sentence++;
      }
      String w = m.group();
      if (w.endsWith("'s") || w.endsWith("’s")) {
        w = w.substring(0, w.length() - 2);
      }
      if (allDigits(w)) {
        continue; // figures are matched as figures
      }
      boolean opens = sentence != lastSentence;
      // Only spaces since the previous word: "Li Qiang", not "Li, Qiang" or "Li and Qiang".
      boolean spaced = lastEnd >= 0 && text.substring(lastEnd, m.start()).isBlank();
      lastEnd = m.end();
      if (w.indexOf('-') > 0 && !hasDigit(w)) {
        // "long-term", "ten-year": the parts are what the lexicon knows; GPT-4o, COVID-19 stay whole
        int at = m.start();
        boolean first = true;
        for (String part : w.split("-")) {
          if (!part.isEmpty()) {
            words.add(new Word(part, at, sentence, opens, first && spaced));
            opens = false;
            first = false;
          }
          at += part.length() + 1;
        }
      } else {
        words.add(new Word(w, m.start(), sentence, opens, spaced));
      }
      lastSentence = sentence;
    }
  }

  private static boolean hasDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean allDigits(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
