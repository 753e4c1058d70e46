package dev.yuanwen.document;

import dev.yuanwen.InputException;
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
import java.util.List;
import java.util.Objects;

/** Turns files and bytes into checked text, with errors that name the input. Shared by both parsers. */
final class Inputs {
  private Inputs() {}

  /** Longest paragraph (or digest point) accepted, in chars: beyond this it is not prose. */
  static final int MAX_PARAGRAPH_CHARS = 1_000_000;

  /** Largest file read, in bytes. */
  static final long MAX_FILE_BYTES = 100_000_000L;

  /** The label of a file in messages and in {@code source()}: its name, as people know it. */
  static String sourceOf(Path file) {
    Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }

  static byte[] read(Path file, String source) {
    if (Files.isDirectory(file)) {
      throw new InputException(source, "cannot read " + file + ": it is a directory");
    }
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        // refuse before reading: a file this size is not one article or digest
        throw new InputException(source, "cannot read " + file + ": over " + MAX_FILE_BYTES / 1_000_000 + " MB");
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InputException(source, "cannot read " + file + ": no such file", e);
    } catch (AccessDeniedException e) {
      throw new InputException(source, "cannot read " + file + ": permission denied", e);
    } catch (IOException e) {
      throw new InputException(source, "cannot read " + file + ": " + e, e);
    }
  }

  /** Strict UTF-8: a bad byte is an error at its offset, never a silent U+FFFD. */
  static String decode(byte[] bytes, String source) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(source, "source");
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
            || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      throw new InputException(source, "not valid UTF-8 text (byte offset 0): looks like UTF-16, save it as UTF-8");
    }
    int nul = -1;
    for (int i = 0; i < bytes.length && nul < 0; i++) {
      if (bytes[i] == 0) {
        nul = i;
      }
    }
    // NUL is valid UTF-8 but no text has it: it marks binary data, as most bad bytes do
    String hint = nul >= 0 ? ": looks like binary data" : "";
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never yields more chars than bytes
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    int bad = result.isError() ? in.position() : -1;
    if (nul >= 0 && (bad < 0 || nul < bad)) {
      bad = nul;
    }
    if (bad >= 0) {
      // the first offending byte, so the user can find it
      throw new InputException(source, "not valid UTF-8 text (byte offset " + bad + ")" + hint);
    }
    out.flip();
    return out.toString();
  }

  /** Rejects text that is really binary data; called before any cleaning. */
  static void checkNotBinary(String text, String source) {
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        throw new InputException(source, "looks like binary data, not text (NUL character at char offset " + i + ")");
      }
      if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        controls++;
      }
    }
    // a stray control character is cleaned away; many of them mean this is not prose
    if (controls >= 4 && controls * 10L > text.length()) {
      throw new InputException(source, "looks like binary data, not text (mostly control characters)");
    }
  }

  static void checkParagraphSizes(List<String> paragraphs, String what, String source) {
    for (int i = 0; i < paragraphs.size(); i++) {
      if (paragraphs.get(i).length() > MAX_PARAGRAPH_CHARS) {
        // counted from 1 in the message: it is read by people
        throw new InputException(source, what + " " + (i + 1) + " is over 1 MB");
      }
    }
  }
}
