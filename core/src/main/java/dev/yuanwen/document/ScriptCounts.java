package dev.yuanwen.document;

/**
 * How much of a text is Chinese and how much is English: Han characters against Latin-script
 * words. A Chinese character carries about as much as an English word, so the two counts compare
 * directly; names, codes and figures in the other script do not tip the balance.
 */
record ScriptCounts(int hanChars, int latinWords) {

  static ScriptCounts of(CharSequence text) {
    int han = 0;
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (TextCleaner.isHan(cp)) {
        han++;
        inWord = false;
      } else if (Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
        if (!inWord) {
          words++;
          inWord = true;
        }
      } else if (!(inWord && (cp == '\'' || cp == '’' || cp == '-'))) {
        inWord = false;
      }
    }
    return new ScriptCounts(han, words);
  }

  /** Mostly Chinese: some Han, and more Han characters than English words. */
  boolean mostlyChinese() {
    return hanChars > 0 && hanChars >= latinWords;
  }

  /** Mostly English: some English, and more English words than Han characters. */
  boolean mostlyEnglish() {
    return latinWords > 0 && latinWords > hanChars;
  }

  String describe() {
    return latinWords + " English word" + (latinWords == 1 ? "" : "s") + " against "
        + hanChars + " Chinese character" + (hanChars == 1 ? "" : "s");
  }
}
