package dev.yuanwen.examples.cli;

import dev.yuanwen.InputException;
import dev.yuanwen.document.Article;
import dev.yuanwen.document.CorpusFolder;
import dev.yuanwen.document.Digest;
import dev.yuanwen.document.InputPair;
import dev.yuanwen.document.ArticleParser;
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
  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "A corpus document folder, e.g. corpus/anthropic-pause.")
  Path dir;

  /** align --mode parallel ZH EN: the English file (the Chinese one is {@link #dir}). */
  @Parameters(index = "1", arity = "0..1", paramLabel = "EN", description = "With align --mode parallel: DIR is the Chinese file, EN the English.")
  Path second;

  @Option(names = "--zh", paramLabel = "ARTICLE", description = "Chinese article: plain text, a paragraph per line or blank-line separated; - reads standard input.")
  Path zh;

  @Option(names = "--en", paramLabel = "DIGEST", description = "English digest; - reads standard input.")
  Path en;

  @Option(
      names = "--title-line",
      negatable = true,
      description = {
        "The article's first line is (--title-line) or is not (--no-title-line) its title.",
        "Default: a short first line without final punctuation, followed by a blank line."
      })
  Boolean titleLine;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of the terminal; - is standard output.")
  Path output;

  /** An article and a digest, either of which may be absent when only one file was given. */
  record Read(Article article, Digest digest) {}

  /**
   * Reads the folder or the files; {@code command} names the command in errors, {@code needBoth}
   * requires both --zh and --en.
   */
  Read read(String command, boolean needBoth) {
    if (second != null) {
      throw new InputException(command, "give one corpus folder (two files are for align --mode parallel)");
    }
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
    if (isStdin(zh) && isStdin(en)) {
      throw new InputException(command, "only one of --zh and --en can be - (standard input)");
    }
    byte[] zhStdin = isStdin(zh) ? readStdin() : null;
    byte[] enStdin = isStdin(en) ? readStdin() : null;
    if (zh != null && en != null) {
      byte[] other = zhStdin != null ? readFile(en) : enStdin != null ? readFile(zh) : null;
      if (zhStdin != null && other != null) {
        InputPair.check(zhStdin, STDIN, other, en.getFileName().toString());
      } else if (enStdin != null && other != null) {
        InputPair.check(other, zh.getFileName().toString(), enStdin, STDIN);
      } else if (zhStdin == null && enStdin == null) {
        InputPair.check(zh, en);
      }
    }
    ArticleParser parser = titleLine == null ? Article.parser() : Article.parser().withTitleLine(titleLine);
    Article article = zh == null ? null : zhStdin != null ? parser.parse(zhStdin, STDIN) : parser.parse(zh);
    Digest digest = en == null ? null : enStdin != null ? Digest.parse(enStdin, STDIN) : Digest.parse(en);
    return new Read(article, digest);
  }

  /** The source name of standard input in messages. */
  static final String STDIN = "standard input";

  static boolean isStdin(Path p) {
    return p != null && p.toString().equals("-");
  }

  private static byte[] readStdin() {
    try {
      return System.in.readAllBytes();
    } catch (IOException e) {
      throw new InputException(STDIN, "cannot read standard input: " + e.getMessage(), e);
    }
  }

  private static byte[] readFile(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      // the parser that reads it next says what is wrong, in its words
      return null;
    }
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
    if (output != null && !isStdin(output)) {
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
    if (output != null && !isStdin(output)) {
      Files.writeString(output, rendered, StandardCharsets.UTF_8);
    } else {
      terminal.print(rendered);
      terminal.flush();
    }
  }
}
