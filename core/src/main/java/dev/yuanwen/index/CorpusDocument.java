package dev.yuanwen.index;

import dev.yuanwen.InputException;
import dev.yuanwen.document.Article;
import dev.yuanwen.document.CorpusFolder;
import dev.yuanwen.document.Digest;
import dev.yuanwen.document.GoldDocument;
import dev.yuanwen.document.GoldFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One document of a searchable corpus: a Chinese article, its English digest (or translation) and
 * what is known about them. Read them from corpus folders or gold files with {@link #readAll}.
 *
 * @param id unique id; adding a document with an id already in the index replaces it
 * @param outlet where it was published (Chinese or English name), or {@code ""}
 * @param outletEn the outlet's English name, or {@code ""}
 * @param titleZh the Chinese title, or {@code ""}
 * @param titleEn the English title, or {@code ""}
 * @param date the publication date as written, or {@code ""}
 * @param tags topic tags
 * @param article the Chinese article
 * @param digest the English digest or translation
 */
public record CorpusDocument(
    String id,
    String outlet,
    String outletEn,
    String titleZh,
    String titleEn,
    String date,
    List<String> tags,
    Article article,
    Digest digest) {

  public CorpusDocument {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a document id cannot be blank");
    }
    outlet = Objects.requireNonNullElse(outlet, "");
    outletEn = Objects.requireNonNullElse(outletEn, "");
    titleZh = Objects.requireNonNullElse(titleZh, "");
    titleEn = Objects.requireNonNullElse(titleEn, "");
    date = Objects.requireNonNullElse(date, "");
    tags = List.copyOf(tags);
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(digest, "digest");
  }

  /** A corpus folder's document: the manifest's metadata, its topics as tags. */
  public static CorpusDocument of(CorpusFolder folder) {
    return new CorpusDocument(folder.id(), folder.outlet(), folder.outletEn(), folder.titleZh(),
        folder.titleEn(), folder.date(), folder.topics(), folder.article(), folder.digest());
  }

  /** A gold record's document: its source as the outlet, its kind ({@code digest}, {@code parallel}) as a tag. */
  public static CorpusDocument of(GoldDocument gold) {
    return new CorpusDocument(gold.id(), gold.source(), "", gold.titleZh(), gold.titleEn(), "",
        List.of(gold.kind().label()), gold.article(), gold.digest());
  }

  /**
   * The documents of each input, in order: a gold file (JSON lines, see {@code
   * ../shared/devset/FORMAT.md}), a corpus document folder, or a folder of them. Ids must be
   * unique across all inputs; every problem is an {@link InputException} naming the file.
   */
  public static List<CorpusDocument> readAll(List<Path> inputs) {
    if (inputs.isEmpty()) {
      throw new InputException("index", "no inputs: give corpus folders or gold files");
    }
    List<CorpusDocument> out = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (Path input : inputs) {
      List<CorpusDocument> docs = new ArrayList<>();
      if (Files.isRegularFile(input)) {
        for (GoldDocument gold : GoldFiles.read(input)) {
          docs.add(of(gold));
        }
      } else {
        for (Path dir : CorpusFolder.documentsIn(input)) {
          docs.add(of(CorpusFolder.read(dir)));
        }
      }
      for (CorpusDocument doc : docs) {
        String first = seen.putIfAbsent(doc.id(), input.toString());
        if (first != null) {
          throw new InputException(input.toString(),
              "duplicate document id \"" + doc.id() + "\" (also in " + first + ")");
        }
        out.add(doc);
      }
    }
    return out;
  }

  /** The title to show: the English one, else the Chinese one, else the id. */
  public String title() {
    return !titleEn.isEmpty() ? titleEn : !titleZh.isEmpty() ? titleZh : id;
  }
}
