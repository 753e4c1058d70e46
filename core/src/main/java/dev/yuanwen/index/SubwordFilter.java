package dev.yuanwen.index;

import dev.yuanwen.lexicon.Lexicon;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * After a Chinese word of three or more characters, the dictionary words inside it, at the same
 * position: 房地产 also as 地产, 中华鲟 also as 中华 and 鲟 (a character no inner word covers
 * stands alone). A query word the segmenter keeps whole in one text and splits in another, or an
 * English word whose translation is the shorter word, then still matches. Like an index-mode
 * segmenter; only for the index's Chinese field, not the {@code hanlp} tokenizer.
 */
final class SubwordFilter extends TokenFilter {
  /** Longer tokens are names or codes, not compounds. */
  private static final int MAX_LENGTH = 8;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final Lexicon lexicon;
  private final Deque<int[]> pending = new ArrayDeque<>(); // [start, end) in the term
  private String word;
  private int wordStart;
  private boolean offsetsMatch;

  SubwordFilter(TokenStream input, Lexicon lexicon) {
    super(input);
    this.lexicon = lexicon;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      int[] piece = pending.poll();
      term.setEmpty().append(word, piece[0], piece[1]);
      position.setPositionIncrement(0);
      if (offsetsMatch) {
        offset.setOffset(wordStart + piece[0], wordStart + piece[1]);
      }
      type.setType("<SUBWORD>");
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    int length = term.length();
    if (length >= 3 && length <= MAX_LENGTH && allHan(term)) {
      word = term.toString();
      wordStart = offset.startOffset();
      // Traditional text is indexed in simplified form; offsets stay per character only when
      // the conversion kept the length.
      offsetsMatch = offset.endOffset() - offset.startOffset() == length;
      findPieces(word);
    }
    return true;
  }

  private void findPieces(String w) {
    int n = w.length();
    boolean[] covered = new boolean[n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 2; j <= n; j++) {
        if ((i > 0 || j < n) && lexicon.contains(w.substring(i, j))) {
          pending.add(new int[] {i, j});
          for (int k = i; k < j; k++) {
            covered[k] = true;
          }
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (!covered[i]) {
        pending.add(new int[] {i, i + 1});
      }
    }
    // Offsets may not go backwards: pieces in order of where they start.
    int[][] sorted = pending.toArray(int[][]::new);
    java.util.Arrays.sort(sorted, (a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
    pending.clear();
    pending.addAll(java.util.Arrays.asList(sorted));
  }

  private static boolean allHan(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.UnicodeScript.of(s.charAt(i)) != Character.UnicodeScript.HAN) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
  }
}
