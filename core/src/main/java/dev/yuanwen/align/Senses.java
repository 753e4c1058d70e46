package dev.yuanwen.align;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a dictionary sense translates an English word as a whole, not only by its stem: the
 * Porter stemmer puts "internal" and "international" on {@code intern}, and "question" and
 * "questioned" on {@code question}, so a stem match alone ties 内部 ("interior; internal") to
 * "international" and 问题 ("question; problem") to "questioned". A word matches a gloss word when
 * it is the same word, a plural of it (or it of the word's), an irregular plural ("children",
 * "fishermen"), a verb form of a verb sense (gloss "to prepare": "preparing", "prepared"), or the
 * gloss word with one derivational ending ("nation": "national"; "develop": "development"; "consume":
 * "consumer"). The endings -ed and -ing count only on a verb sense: "questioned" is no form of the
 * noun "question".
 */
final class Senses {
  private Senses() {}

  private static final Pattern GLOSS_WORD = Pattern.compile("[a-z0-9]+");

  /** Endings that make a noun, adjective or adverb of a word, kept whole after it. */
  private static final List<String> DERIVATIONS =
      List.of(
          "al", "ally", "ly", "er", "ers", "or", "ors", "ion", "ions", "ation", "ations", "ment",
          "ments", "ness", "ity", "ities", "ive", "ives", "ic", "ics", "ical", "ism", "ist", "ists",
          "ship", "ful", "ance", "ence", "ant", "ants", "ent", "ents", "ary", "ery", "y", "an", "ans",
          "ian", "ians", "ese", "ish", "itive", "ative", "ure", "ures", "age", "able", "ible", "ial", "ous",
          "ency", "ancy", "ise", "ize");

  private static final Map<String, String> IRREGULAR_PLURALS =
      Map.of(
          "children", "child", "people", "person", "women", "woman", "men", "man", "mice", "mouse",
          "feet", "foot", "teeth", "tooth", "geese", "goose", "lives", "life", "wives", "wife");

  /** Whether one of {@code glosses} has {@code word} (any case) as a whole word, as the class comment says. */
  static boolean translates(String word, List<String> glosses) {
    String w = singular(word.toLowerCase(Locale.ROOT));
    for (String gloss : glosses) {
      String g = gloss.toLowerCase(Locale.ROOT);
      boolean verb = g.startsWith("to ");
      Matcher m = GLOSS_WORD.matcher(g);
      while (m.find()) {
        if (sameWord(w, singular(m.group()), verb)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The singular of an irregular plural ("children", "fishermen"), else the word. */
  private static String singular(String w) {
    String s = IRREGULAR_PLURALS.get(w);
    if (s != null) {
      return s;
    }
    return w.endsWith("men") && w.length() > 5 ? w.substring(0, w.length() - 3) + "man" : w;
  }

  static boolean sameWord(String w, String g, boolean verbSense) {
    if (w.equals(g)) {
      return true;
    }
    // either may be the other's plural or verb form: a gloss "commuting" is the verb "commute"
    if (inflection(w, g, verbSense) || inflection(g, w, true)) {
      return true;
    }
    // a participle in the gloss is a verb sense: "to be concerned" has "concerns"
    for (String ending : List.of("ed", "ing")) {
      if (g.endsWith(ending) && g.length() > ending.length() + 2) {
        String stem = g.substring(0, g.length() - ending.length());
        for (String base : List.of(stem, stem + "e")) {
          if (w.equals(base) || inflection(w, base, true) || derivation(w, base)) {
            return true;
          }
        }
      }
    }
    if (g.endsWith("le") && w.equals(g.substring(0, g.length() - 1) + "y")) {
      return true; // possible: possibly
    }
    return derivation(w, g) || derivation(g, w);
  }

  /** Whether {@code w} is {@code base} with a plural ending, or (on a verb sense) a verb ending. */
  private static boolean inflection(String w, String base, boolean verb) {
    if (!w.startsWith(base.endsWith("y") || base.endsWith("e") ? base.substring(0, base.length() - 1) : base)
        || base.length() < 2) {
      return false;
    }
    Set<String> forms = new java.util.HashSet<>();
    forms.add(base + "s");
    forms.add(base + "es");
    if (base.endsWith("y")) {
      forms.add(base.substring(0, base.length() - 1) + "ies");
    }
    if (verb) {
      forms.add(base + "ed");
      forms.add(base + "ing");
      forms.add(base + "ings"); // findings, savings
      if (base.endsWith("e")) {
        forms.add(base + "d");
        forms.add(base.substring(0, base.length() - 1) + "ing");
        forms.add(base.substring(0, base.length() - 1) + "ings");
      }
      if (base.endsWith("y")) {
        forms.add(base.substring(0, base.length() - 1) + "ied");
      }
      char last = base.charAt(base.length() - 1);
      if ("bdgklmnprt".indexOf(last) >= 0) {
        forms.add(base + last + "ed");
        forms.add(base + last + "ing");
      }
    }
    return forms.contains(w);
  }

  /**
   * Whether {@code w} is {@code base} (of four letters or more, a plural ending taken off) with one
   * derivational ending, itself perhaps plural: a final e or y of the base may go ("consume":
   * "consumer", "economy": "economic"), a y may become i ("dizzy": "dizziness").
   */
  private static boolean derivation(String w, String base) {
    for (String b : List.of(base, plural(base, "es"), plural(base, "s"))) {
      if (b.length() < 4) {
        continue;
      }
      if (w.startsWith(b) && ending(w.substring(b.length()))) {
        return true;
      }
      char last = b.charAt(b.length() - 1);
      String cut = b.substring(0, b.length() - 1);
      if ((last == 'e' || last == 'y') && w.startsWith(cut) && w.length() > cut.length()) {
        String rest = w.substring(cut.length());
        if ("aeiou".indexOf(rest.charAt(0)) >= 0 && ending(rest)) {
          return true;
        }
        if (last == 'y' && rest.startsWith("i") && ending(rest.substring(1))) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code w} without the plural ending {@code s}, or {@code w} itself. */
  private static String plural(String w, String s) {
    return w.endsWith(s) && w.length() > s.length() + 3 ? w.substring(0, w.length() - s.length()) : w;
  }

  /** A derivational ending, perhaps plural. */
  private static boolean ending(String rest) {
    if (DERIVATIONS.contains(rest)) {
      return true;
    }
    return rest.endsWith("es") && DERIVATIONS.contains(rest.substring(0, rest.length() - 2))
        || rest.endsWith("s") && DERIVATIONS.contains(rest.substring(0, rest.length() - 1));
  }
}
