package dev.yuanwen.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yuanwen.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One document folder of the corpus: an article, its digest and {@code manifest.json} (id,
 * outlet, titles, date, topics and the two file names, by default {@code article.zh.txt} and
 * {@code digest.en.txt}); see {@code corpus/README.md}. Every field of the manifest is optional.
 *
 * @param id the manifest's id, else the folder's name
 * @param dir the folder
 * @param outlet where the article was published ({@code outlet}), or {@code ""}
 * @param outletEn the outlet's English name ({@code outlet_en}), or {@code ""}
 * @param titleZh the Chinese title, or {@code ""}
 * @param titleEn the English title, else the digest's, or {@code ""}
 * @param date the publication date as written ({@code 2026-04}), or {@code ""}
 * @param topics topic tags, in the manifest's order
 * @param article the article (its file has no title line)
 * @param digest the digest
 */
public record CorpusFolder(
    String id,
    Path dir,
    String outlet,
    String outletEn,
    String titleZh,
    String titleEn,
    String date,
    List<String> topics,
    Article article,
    Digest digest) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public CorpusFolder {
    topics = List.copyOf(topics);
  }

  /** Reads the folder; a folder that is not a corpus document is an {@link InputException}. */
  public static CorpusFolder read(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new InputException(dir.toString(), "not a folder");
    }
    JsonNode manifest = manifest(dir);
    Path articleFile = dir.resolve(text(manifest, "article", "article.zh.txt"));
    Path digestFile = dir.resolve(text(manifest, "digest", "digest.en.txt"));
    if (!Files.isRegularFile(articleFile) && !Files.isRegularFile(digestFile)) {
      throw new InputException(dir.toString(),
          "not a corpus document (no " + articleFile.getFileName() + " or " + digestFile.getFileName() + ")");
    }
    Article article = Article.parser().withTitleLine(false).parse(articleFile);
    Digest digest = Digest.parse(digestFile);
    List<String> topics = new ArrayList<>();
    JsonNode list = manifest.path("topics");
    if (!list.isMissingNode() && !list.isArray()) {
      throw new InputException(dir.resolve("manifest.json").toString(), "\"topics\" is not a list");
    }
    list.forEach(t -> {
      if (!t.asText().isBlank()) {
        topics.add(t.asText().strip());
      }
    });
    String titleZh = text(manifest, "title_zh", digest.titleZh());
    String titleEn = text(manifest, "title_en", digest.titleEn());
    return new CorpusFolder(text(manifest, "id", dir.getFileName().toString()), dir,
        text(manifest, "outlet", digest.outlet()), text(manifest, "outlet_en", ""), titleZh, titleEn,
        text(manifest, "date", ""), topics, article, digest);
  }

  /** Whether {@code dir} is a document folder (it has the article file its manifest names). */
  public static boolean isDocument(Path dir) {
    return articleFile(dir) != null;
  }

  /**
   * The document folders {@code dir} stands for: itself when it is one, else its subfolders that
   * are, by name. Neither is an {@link InputException}.
   */
  public static List<Path> documentsIn(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new InputException(dir.toString(), Files.exists(dir) ? "not a folder" : "no such file or folder");
    }
    if (isDocument(dir)) {
      return List.of(dir);
    }
    List<Path> out = new ArrayList<>();
    try (Stream<Path> children = Files.list(dir)) {
      for (Path child : children.sorted().toList()) {
        if (isDocument(child)) {
          out.add(child);
        }
      }
    } catch (IOException e) {
      throw new InputException(dir.toString(), "cannot list the folder (" + e.getMessage() + ")", e);
    }
    if (out.isEmpty()) {
      throw new InputException(dir.toString(), "no corpus documents in the folder or its subfolders");
    }
    return out;
  }

  /** The article file of a document folder, or null when {@code dir} is not one. */
  public static Path articleFile(Path dir) {
    if (!Files.isDirectory(dir)) {
      return null;
    }
    Path article = dir.resolve(text(manifest(dir), "article", "article.zh.txt"));
    return Files.isRegularFile(article) ? article : null;
  }

  private static String text(JsonNode manifest, String field, String otherwise) {
    JsonNode node = manifest.path(field);
    return node.isValueNode() && !node.asText().isBlank() ? node.asText().strip() : otherwise;
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
