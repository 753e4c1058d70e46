package dev.yuanwen.document;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.yuanwen.InputException;
import dev.yuanwen.document.GoldDocument.AlteredNumber;
import dev.yuanwen.document.GoldDocument.GoldLink;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads gold files: one JSON object per line, in the project's gold format (see {@code
 * corpus/README.md}); blank lines are skipped and fields the format does not list are ignored.
 *
 * <p>Required fields: {@code id}, {@code kind} ({@code digest} or {@code parallel}), {@code source},
 * {@code title_zh}, {@code title_en} (strings, may be empty), {@code zh}, {@code en} (non-empty
 * arrays of non-blank strings) and {@code links} ({@code [[en_index, zh_index], ...]}). Optional:
 * {@code digest} (string), {@code unsupported} (point indices, none of them linked) and {@code
 * altered_numbers} ({@code [[en_index, "article says", "point says"], ...]}).
 *
 * <p>Every problem is an {@link InputException} naming the file, the line and what is wrong, e.g.
 * {@code "gold.jsonl: line 3: link [4, 22] out of range (22 zh paragraphs)"}.
 */
public final class GoldFiles {
  /** The gold file of a corpus document folder. */
  public static final String CORPUS_GOLD = "gold.jsonl";

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .build();

  private GoldFiles() {}

  /**
   * Reads {@code path}: a gold file (JSON lines), a corpus document folder (its {@code gold.jsonl})
   * or a folder of corpus document folders (the {@code gold.jsonl} of each subfolder that has one,
   * by name). Ids must be unique.
   */
  public static List<GoldDocument> read(Path path) {
    return read(List.of(path));
  }

  /**
   * Reads each path as {@link #read(Path)} does, in order; a file reached twice (say through {@code
   * corpus} and {@code corpus/doc}) is read once. Ids must be unique across them all.
   */
  public static List<GoldDocument> read(List<Path> paths) {
    List<GoldDocument> out = new ArrayList<>();
    Map<String, String> seen = new HashMap<>(); // id -> "file line n"
    Set<Path> files = new HashSet<>();
    for (Path path : paths) {
      for (Path file : filesOf(path)) {
        if (files.add(file.toAbsolutePath().normalize())) {
          readFile(file, out, seen);
        }
      }
    }
    return out;
  }

  /**
   * One gold record: line {@code lineNo} of {@code file}, for readers that split the files themselves
   * (the Spark job). A problem is an {@link InputException} naming the file and the line, as {@link
   * #read(Path)} gives it; ids are not checked across records.
   */
  public static GoldDocument readLine(String file, int lineNo, String line) {
    String text = lineNo == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
    if (text.isBlank()) {
      throw new InputException(file, "line " + lineNo + ": blank (expected a JSON object)");
    }
    return new Record(file, lineNo, parse(file, lineNo, text)).document();
  }

  /** The gold files that {@code path} stands for. */
  private static List<Path> filesOf(Path path) {
    if (Files.isRegularFile(path)) {
      return List.of(path);
    }
    if (!Files.isDirectory(path)) {
      throw new InputException(path.toString(), "no such file or folder");
    }
    Path own = path.resolve(CORPUS_GOLD);
    if (Files.isRegularFile(own)) {
      return List.of(own);
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> children = Files.list(path)) {
      for (Path child : children.sorted().toList()) {
        Path gold = child.resolve(CORPUS_GOLD);
        if (Files.isDirectory(child) && Files.isRegularFile(gold)) {
          files.add(gold);
        }
      }
    } catch (IOException e) {
      throw new InputException(path.toString(), "cannot list the folder (" + e.getMessage() + ")", e);
    }
    if (files.isEmpty()) {
      throw new InputException(path.toString(), "no " + CORPUS_GOLD + " in the folder or its subfolders");
    }
    return files;
  }

  private static void readFile(Path file, List<GoldDocument> out, Map<String, String> seen) {
    String name = file.toString();
    String text = decode(file);
    String[] lines = text.split("\r?\n", -1);
    int before = out.size();
    for (int i = 0; i < lines.length; i++) {
      String line = i == 0 && lines[0].startsWith("\uFEFF") ? lines[0].substring(1) : lines[i];
      if (line.isBlank()) {
        continue;
      }
      int lineNo = i + 1;
      GoldDocument doc = new Record(name, lineNo, parse(name, lineNo, line)).document();
      String first = seen.putIfAbsent(doc.id(), name + " line " + lineNo);
      if (first != null) {
        throw new InputException(name, "line " + lineNo + ": duplicate id \"" + doc.id() + "\" (first in " + first + ")");
      }
      out.add(doc);
    }
    if (out.size() == before) {
      throw new InputException(name, "no gold records (expected one JSON object per line)");
    }
  }

  private static String decode(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InputException(file.toString(), "no such file or folder", e);
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot read (" + e.getMessage() + ")", e);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InputException(file.toString(), "not valid UTF-8 text", e);
    }
  }

  private static JsonNode parse(String file, int lineNo, String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : ", column " + e.getLocation().getColumnNr();
      throw new InputException(file, "line " + lineNo + where + ": not valid JSON (" + firstLine(e.getOriginalMessage()) + ")", e);
    }
    if (node == null || !node.isObject()) {
      throw new InputException(file, "line " + lineNo + ": not a JSON object");
    }
    return node;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** One line's object, checked field by field. */
  private record Record(String file, int lineNo, JsonNode node) {
    InputException problem(String what) {
      return new InputException(file, "line " + lineNo + ": " + what);
    }

    GoldDocument document() {
      String id = string("id", true);
      if (id.isBlank()) {
        throw problem("empty \"id\"");
      }
      String kindLabel = string("kind", true);
      GoldDocument.Kind kind = GoldDocument.Kind.ofLabel(kindLabel);
      if (kind == null) {
        throw problem("\"kind\" is \"" + kindLabel + "\" (expected \"digest\" or \"parallel\")");
      }
      String source = string("source", true);
      String titleZh = string("title_zh", true);
      String titleEn = string("title_en", true);
      List<String> zh = texts("zh");
      List<String> en = texts("en");
      List<GoldLink> links = links(en.size(), zh.size());
      List<Integer> unsupported = unsupported(en.size(), links);
      boolean hasAltered = node.has("altered_numbers") && !node.get("altered_numbers").isNull();
      List<AlteredNumber> altered = hasAltered ? altered(en.size()) : List.of();
      String digest = node.has("digest") && !node.get("digest").isNull() ? string("digest", false) : "";
      List<GoldDocument.GoldBead> beads = beads(en.size(), zh.size());
      GoldDocument doc = new GoldDocument(id, kind, source, titleZh, titleEn, zh, en, links, unsupported, altered, digest,
          hasAltered, beads);
      // The texts must make an article and a digest, as the evaluation will build them.
      try {
        doc.article();
        doc.digest();
      } catch (InputException e) {
        throw problem("document \"" + id + "\": " + e.problem());
      }
      return doc;
    }

    private JsonNode field(String name) {
      JsonNode v = node.get(name);
      if (v == null || v.isNull()) {
        throw problem("missing field \"" + name + "\"");
      }
      return v;
    }

    private String string(String name, boolean required) {
      JsonNode v = required ? field(name) : node.get(name);
      if (!v.isTextual()) {
        throw problem("\"" + name + "\" must be a string");
      }
      return v.asText();
    }

    private List<String> texts(String name) {
      JsonNode v = field(name);
      if (!v.isArray()) {
        throw problem("\"" + name + "\" must be an array of strings");
      }
      if (v.isEmpty()) {
        throw problem("\"" + name + "\" is empty");
      }
      List<String> out = new ArrayList<>(v.size());
      for (int i = 0; i < v.size(); i++) {
        JsonNode t = v.get(i);
        if (!t.isTextual()) {
          throw problem("\"" + name + "\"[" + i + "] must be a string");
        }
        if (t.asText().isBlank()) {
          throw problem("\"" + name + "\"[" + i + "] is blank");
        }
        out.add(t.asText());
      }
      return out;
    }

    private int index(JsonNode v, String what) {
      if (!v.isIntegralNumber() || !v.canConvertToInt()) {
        throw problem(what + " must be a whole number, not " + v);
      }
      return v.intValue();
    }

    /** The optional {@code beads}: {@code [[[zh, ...], [en, ...]], ...]}, in order, each side consecutive. */
    private List<GoldDocument.GoldBead> beads(int enSize, int zhSize) {
      JsonNode v = node.get("beads");
      if (v == null || v.isNull()) {
        return List.of();
      }
      if (!v.isArray()) {
        throw problem("\"beads\" must be an array of [[zh_index, ...], [en_index, ...]] pairs");
      }
      List<GoldDocument.GoldBead> out = new ArrayList<>(v.size());
      int nextZh = 0;
      int nextEn = 0;
      for (int b = 0; b < v.size(); b++) {
        JsonNode pair = v.get(b);
        if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isArray() || !pair.get(1).isArray()) {
          throw problem("bead " + b + " must be [[zh_index, ...], [en_index, ...]]");
        }
        if (pair.get(0).isEmpty() && pair.get(1).isEmpty()) {
          throw problem("bead " + b + " is empty on both sides");
        }
        List<Integer> zs = new ArrayList<>();
        for (JsonNode x : pair.get(0)) {
          int z = index(x, "bead " + b + " zh index");
          if (z < 0 || z >= zhSize) {
            throw problem("bead " + b + ": zh index " + z + " out of range (" + zhSize + " zh paragraphs)");
          }
          if (z != nextZh) {
            throw problem("bead " + b + ": zh index " + z + " where " + nextZh + " comes next (beads are in order, consecutive)");
          }
          nextZh++;
          zs.add(z);
        }
        List<Integer> es = new ArrayList<>();
        for (JsonNode x : pair.get(1)) {
          int e = index(x, "bead " + b + " en index");
          if (e < 0 || e >= enSize) {
            throw problem("bead " + b + ": en index " + e + " out of range (" + enSize + " en points)");
          }
          if (e != nextEn) {
            throw problem("bead " + b + ": en index " + e + " where " + nextEn + " comes next (beads are in order, consecutive)");
          }
          nextEn++;
          es.add(e);
        }
        out.add(new GoldDocument.GoldBead(zs, es));
      }
      return out;
    }

    private List<GoldLink> links(int enSize, int zhSize) {
      JsonNode v = field("links");
      if (!v.isArray()) {
        throw problem("\"links\" must be an array of [en_index, zh_index] pairs");
      }
      Set<GoldLink> out = new LinkedHashSet<>();
      for (JsonNode pair : v) {
        if (!pair.isArray() || pair.size() != 2) {
          throw problem("link " + pair + " is not an [en_index, zh_index] pair");
        }
        GoldLink l = new GoldLink(index(pair.get(0), "link " + pair + ": en_index"), index(pair.get(1), "link " + pair + ": zh_index"));
        if (l.en() < 0 || l.en() >= enSize) {
          throw problem("link " + pair + " out of range (" + enSize + " en points)");
        }
        if (l.zh() < 0 || l.zh() >= zhSize) {
          throw problem("link " + pair + " out of range (" + zhSize + " zh paragraphs)");
        }
        if (!out.add(l)) {
          throw problem("duplicate link " + pair);
        }
      }
      return List.copyOf(out);
    }

    private List<Integer> unsupported(int enSize, List<GoldLink> links) {
      JsonNode v = node.get("unsupported");
      if (v == null || v.isNull()) {
        return List.of();
      }
      if (!v.isArray()) {
        throw problem("\"unsupported\" must be an array of en indices");
      }
      Set<Integer> linked = new HashSet<>();
      links.forEach(l -> linked.add(l.en()));
      Set<Integer> out = new LinkedHashSet<>();
      for (JsonNode x : v) {
        int i = index(x, "\"unsupported\" entry");
        if (i < 0 || i >= enSize) {
          throw problem("unsupported point " + i + " out of range (" + enSize + " en points)");
        }
        if (linked.contains(i)) {
          throw problem("point " + i + " is listed as unsupported but has links");
        }
        out.add(i);
      }
      return List.copyOf(out);
    }

    private List<AlteredNumber> altered(int enSize) {
      JsonNode v = node.get("altered_numbers");
      if (!v.isArray()) {
        throw problem("\"altered_numbers\" must be an array of [en_index, \"article says\", \"point says\"]");
      }
      List<AlteredNumber> out = new ArrayList<>();
      for (JsonNode e : v) {
        if (!e.isArray() || e.size() != 3 || !e.get(1).isValueNode() || !e.get(2).isValueNode()) {
          throw problem("altered_numbers entry " + e + " is not [en_index, \"article says\", \"point says\"]");
        }
        int i = index(e.get(0), "altered_numbers entry " + e + ": en_index");
        if (i < 0 || i >= enSize) {
          throw problem("altered_numbers entry " + e + " out of range (" + enSize + " en points)");
        }
        out.add(new AlteredNumber(i, e.get(1).asText(), e.get(2).asText()));
      }
      return out;
    }
  }
}
