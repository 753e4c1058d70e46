package dev.yuanwen.lexicon;

import dev.yuanwen.InputException;
import dev.yuanwen.analysis.ChineseSegmenter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A user's own Chinese-English terms, read once from a file and shared (immutable, thread-safe).
 * {@link Lexicon#with(UserDictionary)} puts its entries in front of CC-CEDICT's in a merged view;
 * the aligner then finds the terms both ways and marks them as the user's in its evidence.
 *
 * <p>One entry a line, in either of two formats (they may be mixed):
 *
 * <pre>
 * # a comment line; blank lines are skipped
 * 暗物质	dark matter/dark-matter          (Chinese, a tab, English alternatives separated by /)
 * gravitational lensing @ 引力透镜         (hunalign's dictionary format: English @ Chinese)
 * </pre>
 *
 * A UTF-8 byte order mark and CRLF line ends are accepted; traditional characters are read as
 * simplified. Anything else is an {@link InputException} naming the file, the line and the problem.
 */
public final class UserDictionary {
  /** The largest file read, in bytes: a dictionary, not a corpus. */
  public static final long MAX_FILE_BYTES = 50_000_000L;
  /** The longest line accepted, in chars. */
  public static final int MAX_LINE_CHARS = 1_000;

  private static final UserDictionary EMPTY = new UserDictionary("", new LinkedHashMap<>());

  /** One term: its simplified Chinese and its English translations, in the order the file gives them. */
  public record Entry(String chinese, List<String> english) {
    public Entry {
      Objects.requireNonNull(chinese, "chinese");
      english = List.copyOf(english);
    }
  }

  private final String source;
  /** Simplified Chinese to its entry, in file order. */
  private final Map<String, Entry> entries;
  /** Porter stem of an English content word to the Chinese terms one of whose translations has it. */
  private final Map<String, List<String>> byStem = new HashMap<>();
  /** Chinese term to the stems of the words of its translations. */
  private final Map<String, Set<String>> stemsOf = new HashMap<>();

  private UserDictionary(String source, Map<String, Entry> entries) {
    this.source = source;
    this.entries = Collections.unmodifiableMap(entries);
    // Terms a word translates on its own come before those it is one word of several in.
    Map<String, Set<String>> alone = new HashMap<>();
    Map<String, Set<String>> part = new HashMap<>();
    for (Entry e : entries.values()) {
      Set<String> stems = new LinkedHashSet<>();
      for (String english : e.english()) {
        List<ReverseIndex.Term> terms = ReverseIndex.terms(english);
        for (ReverseIndex.Term t : terms) {
          stems.add(t.stem());
          (terms.size() == 1 ? alone : part).computeIfAbsent(t.stem(), k -> new LinkedHashSet<>()).add(e.chinese());
        }
      }
      stemsOf.put(e.chinese(), Collections.unmodifiableSet(stems));
    }
    for (Map<String, Set<String>> m : List.of(alone, part)) {
      for (Map.Entry<String, Set<String>> s : m.entrySet()) {
        List<String> list = byStem.computeIfAbsent(s.getKey(), k -> new ArrayList<>(2));
        for (String zh : s.getValue()) {
          if (!list.contains(zh)) {
            list.add(zh);
          }
        }
      }
    }
    byStem.replaceAll((k, v) -> List.copyOf(v));
  }

  /** The dictionary with no entries. */
  public static UserDictionary empty() {
    return EMPTY;
  }

  /** Reads {@code file}; a missing, unreadable or bad file is an {@link InputException} naming it. */
  public static UserDictionary read(Path file) {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    if (Files.isDirectory(file)) {
      throw new InputException(source, "is a directory, not a dictionary file");
    }
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new InputException(source, "over " + MAX_FILE_BYTES / 1_000_000 + " MB: not a dictionary file");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InputException(source, "no such file", e);
    } catch (AccessDeniedException e) {
      throw new InputException(source, "permission denied", e);
    } catch (IOException e) {
      throw new InputException(source, "cannot read: " + e.getMessage(), e);
    }
    return parse(bytes, source);
  }

  /** Parses the bytes of a dictionary file (strict UTF-8); {@code source} names it in errors. */
  public static UserDictionary parse(byte[] bytes, String source) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(source, "source");
    if (bytes.length > MAX_FILE_BYTES) {
      throw new InputException(source, "over " + MAX_FILE_BYTES / 1_000_000 + " MB: not a dictionary file");
    }
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      throw new InputException(source, "line 1: not valid UTF-8 text (looks like UTF-16; save it as UTF-8)");
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int bad = in.position();
      int line = 1;
      for (int i = 0; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new InputException(source, "line " + line + ": not valid UTF-8 text (byte offset " + bad + ")");
    }
    out.flip();
    return parse(out.toString(), source);
  }

  /** Parses the text of a dictionary file; {@code source} names it in errors. */
  public static UserDictionary parse(String text, String source) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    Map<String, Entry> entries = new LinkedHashMap<>();
    int start = text.startsWith("\uFEFF") ? 1 : 0;
    int line = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      line++;
      if (end - start > MAX_LINE_CHARS + 1) {
        throw bad(source, line, "longer than " + MAX_LINE_CHARS + " characters: not a dictionary line");
      }
      String raw = text.substring(start, end);
      if (raw.endsWith("\r")) {
        raw = raw.substring(0, raw.length() - 1);
      }
      start = end + 1;
      String stripped = raw.strip();
      if (stripped.isEmpty() || stripped.startsWith("#")) {
        continue;
      }
      Entry e = parseLine(raw, source, line);
      entries.merge(e.chinese(), e, (a, b) -> {
        Set<String> both = new LinkedHashSet<>(a.english());
        both.addAll(b.english());
        return new Entry(a.chinese(), new ArrayList<>(both));
      });
    }
    if (entries.isEmpty()) {
      throw new InputException(source, "no entries (one a line: 中文<TAB>english or english @ 中文)");
    }
    return new UserDictionary(source, entries);
  }

  private static Entry parseLine(String raw, String source, int line) {
    String chinese;
    List<String> english = new ArrayList<>();
    int tab = raw.indexOf('\t');
    int at = raw.indexOf(" @ ");
    if (tab >= 0) {
      String[] fields = raw.split("\t", -1);
      if (fields.length != 2) {
        throw bad(source, line, fields.length + " tab-separated fields; expected 2 (中文<TAB>english)");
      }
      chinese = fields[0].strip();
      String right = fields[1].strip();
      if (hasHan(right) && !hasHan(chinese)) {
        throw bad(source, line, "the Chinese is after the tab; the format is 中文<TAB>english");
      }
      for (String alt : right.split("/", -1)) {
        String a = alt.strip();
        if (a.isEmpty()) {
          throw bad(source, line, right.isEmpty() ? "no English after the tab" : "an empty English alternative in \"" + right + "\"");
        }
        english.add(a);
      }
    } else if (at >= 0) {
      if (raw.indexOf(" @ ", at + 3) >= 0) {
        throw bad(source, line, "more than one \" @ \"; expected english @ 中文");
      }
      String left = raw.substring(0, at).strip();
      chinese = raw.substring(at + 3).strip();
      if (hasHan(left) && !hasHan(chinese)) {
        throw bad(source, line, "the Chinese is before the @; hunalign's format is english @ 中文");
      }
      if (left.isEmpty()) {
        throw bad(source, line, "no English before the @");
      }
      english.add(left);
    } else {
      throw bad(source, line, "neither 中文<TAB>english nor english @ 中文: \"" + shorten(raw.strip()) + "\"");
    }
    if (chinese.isEmpty()) {
      throw bad(source, line, "no Chinese term");
    }
    if (!hasHan(chinese)) {
      throw bad(source, line, "the Chinese term \"" + shorten(chinese) + "\" has no Chinese characters");
    }
    for (String e : english) {
      if (hasHan(e)) {
        throw bad(source, line, "the English \"" + shorten(e) + "\" has Chinese characters");
      }
      if (ReverseIndex.terms(e).isEmpty()) {
        throw bad(source, line, "the English \"" + shorten(e) + "\" has no word to match (only function words or symbols)");
      }
    }
    for (int i = 0; i < chinese.length(); i++) {
      if (Character.isISOControl(chinese.charAt(i))) {
        throw bad(source, line, "a control character in the Chinese term");
      }
    }
    String simplified = ChineseSegmenter.shared().simplified(chinese);
    return new Entry(simplified, english);
  }

  private static boolean hasHan(String s) {
    return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  private static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }

  private static InputException bad(String source, int line, String problem) {
    return new InputException(source, "line " + line + ": " + problem);
  }

  /** The file (or label) the entries came from; "" for {@link #empty()}. */
  public String source() {
    return source;
  }

  /** Number of distinct Chinese terms. */
  public int size() {
    return entries.size();
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The entries, in file order (a term given twice is one entry with both lines' translations). */
  public List<Entry> entries() {
    return List.copyOf(entries.values());
  }

  /** Whether the simplified or traditional {@code chinese} is one of the terms. */
  public boolean contains(String chinese) {
    return find(chinese) != null;
  }

  /** The English translations of a term (simplified or traditional); empty if it is not one. */
  public List<String> glosses(String chinese) {
    Entry e = find(chinese);
    return e == null ? List.of() : e.english();
  }

  /** Porter stems of the words of the term's translations; empty if it is not a term. */
  public Set<String> stems(String chinese) {
    Entry e = find(chinese);
    return e == null ? Set.of() : stemsOf.get(e.chinese());
  }

  private Entry find(String chinese) {
    if (chinese == null || entries.isEmpty()) {
      return null;
    }
    Entry e = entries.get(chinese);
    if (e == null && !chinese.isEmpty()) {
      e = entries.get(ChineseSegmenter.shared().simplified(chinese));
    }
    return e;
  }

  /**
   * The terms (simplified) translated by {@code english}: a word, or several that must all occur
   * in one translation; terms it translates on its own first. Empty for function words and unknown
   * words.
   */
  public List<String> chineseFor(String english) {
    if (english == null || entries.isEmpty()) {
      return List.of();
    }
    List<ReverseIndex.Term> terms = ReverseIndex.terms(english);
    if (terms.isEmpty()) {
      return List.of();
    }
    List<String> first = byStem.getOrDefault(terms.get(0).stem(), List.of());
    if (terms.size() == 1) {
      return first;
    }
    List<String> out = new ArrayList<>();
    for (String zh : first) {
      boolean all = true;
      for (ReverseIndex.Term t : terms.subList(1, terms.size())) {
        all &= stemsOf.get(zh).contains(t.stem());
      }
      if (all) {
        out.add(zh);
      }
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "UserDictionary[%s, %d terms]", source, entries.size());
  }
}
