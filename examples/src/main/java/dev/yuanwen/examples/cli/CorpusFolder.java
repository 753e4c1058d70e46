package dev.yuanwen.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yuanwen.InputException;
import dev.yuanwen.document.Article;
import dev.yuanwen.document.Digest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One document folder of the corpus: {@code manifest.json} naming the article and digest files
 * (defaults {@code article.zh.txt} and {@code digest.en.txt}), see {@code corpus/README.md}.
 */
record CorpusFolder(String id, Path dir, JsonNode manifest, Article article, Digest digest) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads the folder; a folder that is not a corpus document is an {@link InputException}. */
  static CorpusFolder read(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new InputException(dir.toString(), "not a folder");
    }
    JsonNode manifest = manifest(dir);
    Path article = dir.resolve(manifest.path("article").asText("article.zh.txt"));
    Path digest = dir.resolve(manifest.path("digest").asText("digest.en.txt"));
    if (!Files.isRegularFile(article) && !Files.isRegularFile(digest)) {
      throw new InputException(dir.toString(), "not a corpus document (no " + article.getFileName() + " or " + digest.getFileName() + ")");
    }
    String id = manifest.path("id").asText(dir.getFileName().toString());
    return new CorpusFolder(id, dir, manifest, Article.parser().withTitleLine(false).parse(article), Digest.parse(digest));
  }

  /** The article file of a document folder, or null when {@code dir} is not one. */
  static Path articleFile(Path dir) {
    if (!Files.isDirectory(dir)) {
      return null;
    }
    Path article = dir.resolve(manifest(dir).path("article").asText("article.zh.txt"));
    return Files.isRegularFile(article) ? article : null;
  }

  private static JsonNode manifest(Path dir) {
    Path file = dir.resolve("manifest.json");
    if (!Files.isRegularFile(file)) {
      return JSON.createObjectNode();
    }
    try {
      JsonNode node = JSON.readTree(file.toFile());
      if (node == null || !node.isObject()) {
        throw new InputException(file.toString(), "manifest is not a JSON object");
      }
      return node;
    } catch (IOException e) {
      throw new InputException(file.toString(), "manifest is not valid JSON (" + firstLine(e.getMessage()) + ")", e);
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
