package dev.yuanwen.examples.cli;

import dev.yuanwen.InputException;
import dev.yuanwen.document.Article;
import dev.yuanwen.document.CorpusFolder;
import dev.yuanwen.document.Digest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The inputs and output that {@code analyze} and {@code align} share: a corpus folder or --zh and
 * --en files, the title-line rule, and -o.
 */
final class DocumentFiles {
  @Parameters(arity = "0..1", paramLabel = "DIR", description = "A corpus document folder, e.g. corpus/anthropic-pause.")
  Path dir;

  @Option(names = "--zh", paramLabel = "ARTICLE", description = "Chinese article: plain text, a paragraph per line or blank-line separated.")
  Path zh;

  @Option(names = "--en", paramLabel = "DIGEST", description = "English digest.")
  Path en;

  @Option(
      names = "--title-line",
      negatable = true,
      description = {
        "The article's first line is (--title-line) or is not (--no-title-line) its title.",
        "Default: a short first line without final punctuation, followed by a blank line."
      })
  Boolean titleLine;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of the terminal.")
  Path output;

  /** An article and a digest, either of which may be absent when only one file was given. */
  record Read(Article article, Digest digest) {}

  /**
   * Reads the folder or the files; {@code command} names the command in errors, {@code needBoth}
   * requires both --zh and --en.
   */
  Read read(String command, boolean needBoth) {
    if (dir != null) {
      if (zh != null || en != null) {
        throw new InputException(dir.toString(), "give a folder or --zh/--en files, not both");
      }
      CorpusFolder doc = CorpusFolder.read(dir);
      return new Read(doc.article(), doc.digest());
    }
    if (zh == null && en == null) {
      throw new InputException(command, "nothing to " + command + ": give a corpus folder or "
          + (needBoth ? "--zh ARTICLE and --en DIGEST" : "--zh/--en files"));
    }
    if (needBoth && (zh == null || en == null)) {
      throw new InputException(command,
          "give both --zh ARTICLE and --en DIGEST (only " + (zh != null ? "--zh" : "--en") + " given)");
    }
    Article article = zh == null ? null
        : titleLine == null ? Article.parse(zh) : Article.parser().withTitleLine(titleLine).parse(zh);
    Digest digest = en == null ? null : Digest.parse(en);
    return new Read(article, digest);
  }

  /**
   * Refuses an input file too big to hold an article of {@code maxChars} characters (4 bytes a
   * character, more than UTF-8 needs), before reading it.
   */
  void checkSize(int maxChars) {
    for (Path file : dir != null ? new Path[] {CorpusFolder.articleFile(dir)} : new Path[] {zh, en}) {
      try {
        if (file != null && Files.isRegularFile(file) && Files.size(file) > 4L * maxChars) {
          throw new InputException(file.toString(), String.format(java.util.Locale.ROOT,
              "%,d bytes, over the limit for an article of %,d characters; raise it with --max-chars N",
              Files.size(file), maxChars));
        }
      } catch (IOException e) {
        throw new InputException(file.toString(), "cannot read: " + e.getMessage(), e);
      }
    }
  }

  /** Output written as a stream. */
  interface Streamed {
    void writeTo(Writer out) throws IOException;
  }

  /** Streams the output to -o FILE, or to {@code terminal}, without holding it whole. */
  void write(Streamed streamed, PrintWriter terminal) throws IOException {
    if (output != null) {
      try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
        streamed.writeTo(out);
      }
    } else {
      streamed.writeTo(terminal);
      terminal.flush();
    }
  }

  /** Writes {@code rendered} to -o FILE, or to {@code terminal}. */
  void write(String rendered, PrintWriter terminal) throws IOException {
    if (output != null) {
      Files.writeString(output, rendered, StandardCharsets.UTF_8);
    } else {
      terminal.print(rendered);
      terminal.flush();
    }
  }
}
