package dev.yuanwen.document;

import dev.yuanwen.InputException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Checks an article and a digest as a pair before they are parsed, so that a swapped pair gets one
 * message that says so, rather than two complaints about the wrong script. Each parser also checks
 * its own side ({@link Article#parse(Path)} refuses a text that is mostly English, {@link
 * Digest#parse(Path)} one that is mostly Chinese); this adds the diagnosis.
 *
 * <pre>{@code
 * InputPair.check(zhFile, enFile);   // InputException "the files look swapped: ..."
 * }</pre>
 */
public final class InputPair {
  private InputPair() {}

  /** Throws {@link InputException} when the article holds English and the digest Chinese. */
  public static void check(Path article, Path digest) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(digest, "digest");
    String a = Inputs.sourceOf(article);
    String d = Inputs.sourceOf(digest);
    check(Inputs.read(article, a), a, Inputs.read(digest, d), d);
  }

  /** As {@link #check(Path, Path)}, for bytes read elsewhere (standard input, a request body). */
  public static void check(byte[] article, String articleSource, byte[] digest, String digestSource) {
    ScriptCounts zh = ScriptCounts.of(Inputs.decode(article, articleSource));
    ScriptCounts en = ScriptCounts.of(Inputs.decode(digest, digestSource));
    if (zh.mostlyEnglish() && en.mostlyChinese()) {
      throw new InputException(articleSource,
          "the files look swapped: the article " + articleSource + " holds English (" + zh.describe()
              + ") and the digest " + digestSource + " holds Chinese (" + en.describe()
              + "); give the Chinese article as the article and the English digest as the digest");
    }
  }
}
