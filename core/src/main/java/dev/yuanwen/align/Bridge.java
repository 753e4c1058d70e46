package dev.yuanwen.align;

import dev.yuanwen.analysis.EnglishTerms;
import dev.yuanwen.lexicon.Lexicon;
import dev.yuanwen.lexicon.TranslationTable;
import dev.yuanwen.lexicon.UserDictionary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lexicon in both directions, with the per-word work cached: English word to Chinese
 * candidates, Chinese term to the stems of its glosses. Shared by all alignments; the caches only
 * grow to the vocabulary actually seen. With a {@link TranslationTable} (a realign pass, {@link
 * Aligner.Builder#translations}), a word's learned translations follow the dictionary's.
 */
final class Bridge {
  private static final Bridge SHARED = new Bridge(Lexicon.shared(), TranslationTable.empty());
  /** The user's terms (also merged into {@link #lexicon}): they mark the pairs that are theirs. */
  private final UserDictionary user;
  /** Learned pairs count when the table saw the term in this much training (summed link confidences) ... */
  static final double LEARNED_EVIDENCE = 2;
  /** ... the learner aligned them this often (weighted) ... */
  static final double LEARNED_COUNT = 1;
  /** ... and the geometric mean of their two probabilities is at least this. */
  static final double LEARNED_AGREEMENT = 0.15;
  /** Learned translations added per word. */
  static final int LEARNED_PER_WORD = 3;
  private static final Pattern GLOSS_WORD = Pattern.compile("[A-Za-z][A-Za-z'-]*");
  /** A gloss this long is an explanation, not a translation: its words say little. */
  private static final int MAX_GLOSS_WORDS = 4;

  private final Lexicon lexicon;
  private final TranslationTable table;
  private final WordCache<List<String>> chineseFor = WordCache.english(MAX_ENTRIES);
  private final WordCache<GlossStems> glossStems = WordCache.chinese(MAX_ENTRIES);
  private final WordCache<String> stems = WordCache.english(MAX_ENTRIES);
  private final WordCache<Boolean> englishWords = WordCache.english(MAX_ENTRIES);
  private final WordCache<Word> words = WordCache.english(MAX_ENTRIES);
  private final java.util.concurrent.ConcurrentHashMap<String, Boolean> senses = new java.util.concurrent.ConcurrentHashMap<>();
  /**
   * A small number per stem, the same for every alignment: an alignment marks its digest's stems in
   * a bit set and tests the article's gloss stems against it by number, not by string.
   */
  private final java.util.concurrent.ConcurrentHashMap<String, Integer> stemIds = new java.util.concurrent.ConcurrentHashMap<>();
  /** Entries glossing a word in lower case before it counts as English rather than a name. */
  private static final int ENGLISH_GLOSSES = 3;

  /** Each cache stops growing here: text from the wild (ids, typos) must not fill the heap. */
  private static final int MAX_ENTRIES = 200_000;

  /** The number of {@code stem}, or -1 once {@link #MAX_ENTRIES} stems have one (text from the wild). */
  int stemId(String stem) {
    Integer id = stemIds.get(stem);
    if (id != null) {
      return id;
    }
    if (stemIds.size() >= MAX_ENTRIES) {
      return -1;
    }
    synchronized (stemIds) {
      return stemIds.computeIfAbsent(stem, k -> stemIds.size());
    }
  }

  /** One more than the largest stem number given so far. */
  int stemIdBound() {
    return stemIds.size();
  }

  private Bridge(Lexicon lexicon, TranslationTable table) {
    this.lexicon = lexicon;
    this.table = table;
    this.user = lexicon.userDictionary();
  }

  static Bridge shared() {
    return SHARED;
  }

  /** The shared lexicon with {@code table}'s learned pairs; the shared bridge for an empty table. */
  static Bridge with(TranslationTable table) {
    return with(UserDictionary.empty(), table);
  }

  /**
   * CC-CEDICT with the user's terms in front ({@link Lexicon#with}) and {@code table}'s learned
   * pairs after; the shared bridge when both are empty.
   */
  static Bridge with(UserDictionary dictionary, TranslationTable table) {
    boolean noTable = table == null || table.isEmpty();
    if (dictionary.isEmpty() && noTable) {
      return SHARED;
    }
    return new Bridge(Lexicon.shared().with(dictionary), noTable ? TranslationTable.empty() : table);
  }

  /** Whether the user's dictionary translates {@code english} (a word or a name) by {@code chinese}. */
  boolean fromUser(String english, String chinese) {
    return !user.isEmpty() && user.chineseFor(english).contains(chinese);
  }

  /** Whether the user's dictionary glosses {@code chinese} with a word of this stem. */
  boolean userGloss(String chinese, String stem) {
    return !user.isEmpty() && user.stems(chinese).contains(stem);
  }

  /** Chinese words that translate the English word, best first (see Lexicon#chineseFor). */
  List<String> chineseFor(String englishWord) {
    return chineseFor.get(englishWord.toLowerCase(Locale.ROOT), this::lookUp);
  }

  private List<String> lookUp(String word) {
    List<String> dictionary = lexicon.chineseFor(word); // irregular plurals included
    if (table.isEmpty()) {
      return dictionary;
    }
    String stem = EnglishTerms.stem(word);
    if (stem == null || table.englishEvidence(stem) < LEARNED_EVIDENCE) {
      return dictionary;
    }
    List<String> out = null;
    for (TranslationTable.Translation t : table.chineseFor(stem, LEARNED_AGREEMENT)) {
      if (learned(t) && t.term().codePointAt(0) >= 0x80 && !dictionary.contains(t.term())) {
        if (out == null) {
          out = new ArrayList<>(dictionary);
        }
        out.add(t.term());
        if (out.size() - dictionary.size() == LEARNED_PER_WORD) {
          break;
        }
      }
    }
    return out == null ? dictionary : List.copyOf(out);
  }

  private static boolean learned(TranslationTable.Translation t) {
    return t.count() >= LEARNED_COUNT && Math.sqrt(t.probability() * t.inverse()) >= LEARNED_AGREEMENT;
  }

  /**
   * What the aligner looks up for an English word, in one cache entry: its stem and its Chinese
   * translations, their chars also laid end to end so that most can be ruled out of an article
   * without touching the strings (see ArticleProfile#mayHave).
   */
  static final class Word {
    /** Porter stem, or "" for a stop word. */
    final String stem;
    /**
     * The translations (as {@link Bridge#chineseFor}), their chars end to end: translation r is
     * {@code chars[start(r), ends[r])}. Chars rather than strings: an alignment reads a few
     * thousand translations, and every string scattered over the heap is a cache miss.
     */
    final char[] chars;
    final int[] ends;
    /** The first this many translations are the user's ({@link UserDictionary}). */
    final int user;
    /** {@link Bridge#stemId} of the stem. */
    final int stemId;

    private Word(String stem, int stemId, List<String> chinese, int user) {
      this.stem = stem;
      this.stemId = stemId;
      this.user = user;
      ends = new int[chinese.size()];
      StringBuilder all = new StringBuilder();
      for (int r = 0; r < ends.length; r++) {
        all.append(chinese.get(r));
        ends[r] = all.length();
      }
      chars = all.toString().toCharArray();
    }

    /** Number of translations. */
    int translations() {
      return ends.length;
    }

    int start(int r) {
      return r == 0 ? 0 : ends[r - 1];
    }
  }

  /** The stem and translations of an English word. */
  Word word(String englishWord) {
    return words.get(englishWord.toLowerCase(Locale.ROOT), w -> {
      List<String> chinese = chineseFor(w);
      int mine = 0;
      if (!user.isEmpty()) {
        List<String> theirs = user.chineseFor(w);
        while (mine < chinese.size() && theirs.contains(chinese.get(mine))) {
          mine++;
        }
      }
      String stem = stem(w);
      return new Word(stem, stemId(stem), chinese, mine);
    });
  }

  /** Porter stem of a word, or "" for a stop word. */
  String stem(String englishWord) {
    return stems.get(englishWord.toLowerCase(Locale.ROOT), w -> {
      String s = EnglishTerms.stem(w);
      return s == null ? "" : s;
    });
  }

  /**
   * Whether {@code word} is an ordinary English word rather than a name written in pinyin: a stop
   * word, or a word that several entries gloss in lower case ("care", "long", "he"), while names
   * appear capitalized ("Wang Qishan") or in one or two stray glosses ("qiang").
   */
  boolean isEnglishWord(String word) {
    return englishWords.get(word.toLowerCase(Locale.ROOT), w -> {
      if (EnglishStopWords.WORDS.contains(w) || stem(w).isEmpty()) {
        return true;
      }
      Pattern whole = Pattern.compile("\\b" + Pattern.quote(w) + "\\b");
      int glossing = 0;
      for (String zh : chineseFor(w)) {
        for (String gloss : lexicon.glosses(zh)) {
          if (whole.matcher(gloss).find()) {
            glossing++;
            break;
          }
        }
        if (glossing >= ENGLISH_GLOSSES) {
          return true;
        }
      }
      return false;
    });
  }

  /**
   * Whether {@code chinese} translates the English word as a whole, not only by its stem (see {@link
   * Senses}: 内部 "internal" is no translation of "international"). A term the dictionary does not
   * gloss, and a pair learned from the {@link TranslationTable}, are not judged here.
   */
  boolean translates(String englishWord, String chinese) {
    String word = englishWord.toLowerCase(Locale.ROOT);
    String key = word + '\t' + chinese;
    Boolean known = senses.get(key);
    if (known == null) {
      List<String> glosses = lexicon.glosses(chinese);
      known = glosses.isEmpty() || Senses.translates(word, glosses)
          || !table.isEmpty() && !lexicon.chineseFor(word).contains(chinese);
      if (senses.size() < MAX_ENTRIES) {
        senses.put(key, known);
      }
    }
    return known;
  }

  /** The stems of the words of a Chinese term's short glosses, each once. */
  static final class GlossStems {
    static final GlossStems NONE = new GlossStems(new String[0], new int[0]);
    final String[] stems;
    /** {@link Bridge#stemId} of each stem (-1 for none). */
    final int[] ids;
    /**
     * {@code stems[k].hashCode()}: every term of every article is looked up here, and comparing
     * hashes first spares reading most of the strings.
     */
    final int[] hashes;

    private GlossStems(String[] stems, int[] ids) {
      this.stems = stems;
      this.ids = ids;
      hashes = new int[stems.length];
      for (int k = 0; k < stems.length; k++) {
        hashes[k] = stems[k].hashCode();
      }
    }
  }

  /** Stems of the words of the Chinese term's short glosses; none if it has none. */
  GlossStems glossStems(String chinese) {
    return glossStems.get(chinese, this::computeGlossStems);
  }

  private GlossStems computeGlossStems(String chinese) {
    Set<String> out = new HashSet<>();
    for (String gloss : lexicon.glosses(chinese)) {
      List<String> words = GLOSS_WORD.matcher(gloss).results().map(m -> m.group()).toList();
      if (words.size() > MAX_GLOSS_WORDS) {
        continue;
      }
      for (String w : words) {
        String s = stem(w);
        if (!s.isEmpty()) {
          out.add(s);
        }
      }
    }
    out.addAll(user.stems(chinese)); // the user's glosses count however long they are
    if (!table.isEmpty() && table.chineseEvidence(chinese) >= LEARNED_EVIDENCE) {
      int added = 0;
      for (TranslationTable.Translation t : table.englishFor(chinese, LEARNED_AGREEMENT)) {
        if (learned(t) && t.term().codePointAt(0) < 0x80 && out.add(t.term()) && ++added == LEARNED_PER_WORD) {
          break;
        }
      }
    }
    if (out.isEmpty()) {
      return GlossStems.NONE;
    }
    String[] stems = out.toArray(new String[0]);
    int[] ids = new int[stems.length];
    for (int k = 0; k < stems.length; k++) {
      ids[k] = stemId(stems[k]);
    }
    return new GlossStems(stems, ids);
  }
}
