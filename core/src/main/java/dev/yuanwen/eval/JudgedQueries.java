package dev.yuanwen.eval;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yuanwen.InputException;
import dev.yuanwen.eval.JudgedQuery.Item;
import dev.yuanwen.index.Language;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads judged query files ({@code corpus/queries.jsonl}): one JSON object per line, blank lines
 * skipped, fields not listed here ignored.
 *
 * <p>Fields: {@code id} (unique, non-empty), {@code query} (non-blank), {@code lang} ({@code zh},
 * {@code en} or {@code mixed}), {@code kind} ({@code name}, {@code number}, {@code topic}, {@code
 * paraphrase}, {@code abbreviation}, {@code script} or {@code syntax}), {@code relevant} ({@code
 * {"zh": [[doc, paragraph], ...], "en": [[doc, point], ...]}}, at least one item in all), and
 * optionally {@code note}, {@code hard} ({@code true} or {@code false}, default false) and {@code
 * split} ({@code tune} or {@code heldout}, default tune).
 *
 * <p>Every problem is an {@link InputException} naming the file, the line and what is wrong, e.g.
 * {@code "queries.jsonl: line 7: \"kind\" is \"person\" (expected name, number, ...)"}. Whether
 * the documents and indices exist is checked by {@link SearchEvaluation}.
 */
public final class JudgedQueries {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  /** The kinds, as listed in messages. */
  private static final String KINDS = Arrays.stream(JudgedQuery.Kind.values()).map(JudgedQuery.Kind::label)
      .collect(Collectors.joining(", ")).replaceFirst(", (\\w+)$", " or $1");

  private JudgedQueries() {}

  /** The queries of {@code file}, in order. */
  public static List<JudgedQuery> read(Path file) {
    String name = file.toString();
    List<String> lines = lines(file);
    List<JudgedQuery> out = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String text = i == 0 ? strip(lines.get(0)) : lines.get(i);
      if (text.isBlank()) {
        continue;
      }
      Line line = new Line(name, i + 1);
      JudgedQuery q = line.query(line.object(text));
      Integer first = firstLine.putIfAbsent(q.id(), line.number());
      if (first != null) {
        throw line.problem("duplicate id \"" + q.id() + "\" (first on line " + first + ")");
      }
      out.add(q);
    }
    if (out.isEmpty()) {
      throw new InputException(name, "no queries (expected one JSON object per line)");
    }
    return out;
  }

  private static String strip(String firstLine) {
    return firstLine.startsWith("\uFEFF") ? firstLine.substring(1) : firstLine;
  }

  private static List<String> lines(Path file) {
    if (Files.isDirectory(file)) {
      throw new InputException(file.toString(), "is a folder, not a queries file");
    }
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputException(file.toString(), "no such file or folder", e);
    } catch (CharacterCodingException e) {
      throw new InputException(file.toString(), "not valid UTF-8 text", e);
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot read (" + e.getMessage() + ")", e);
    }
  }

  /** One line of the file, and the checks of its fields. */
  private record Line(String file, int number) {
    InputException problem(String what) {
      return new InputException(file, "line " + number + ": " + what);
    }

    JsonNode object(String text) {
      JsonNode node;
      try {
        node = JSON.readTree(text);
      } catch (JsonProcessingException e) {
        String column = e.getLocation() == null ? "" : " (column " + e.getLocation().getColumnNr() + ")";
        String why = e.getOriginalMessage() == null ? "unreadable"
            : e.getOriginalMessage().lines().findFirst().orElse("").replaceFirst(" \\(bound as .*", "");
        throw problem("not valid JSON" + column + ": " + why);
      }
      if (node == null || !node.isObject()) {
        throw problem("not a JSON object");
      }
      return node;
    }

    JudgedQuery query(JsonNode node) {
      String id = text(node, "id");
      String query = text(node, "query");
      String lang = text(node, "lang");
      Language language = switch (lang) {
        case "zh" -> Language.ZH;
        case "en" -> Language.EN;
        case "mixed" -> Language.MIXED;
        default -> throw problem("\"lang\" is \"" + lang + "\" (expected zh, en or mixed)");
      };
      String kindLabel = text(node, "kind");
      JudgedQuery.Kind kind = JudgedQuery.Kind.ofLabel(kindLabel);
      if (kind == null) {
        throw problem("\"kind\" is \"" + kindLabel + "\" (expected " + KINDS + ")");
      }
      JsonNode relevant = node.get("relevant");
      if (relevant == null || relevant.isNull()) {
        throw problem("missing field \"relevant\"");
      }
      if (!relevant.isObject()) {
        throw problem("\"relevant\" must be an object {\"zh\": [...], \"en\": [...]}");
      }
      List<Item> zh = items(relevant, "zh");
      List<Item> en = items(relevant, "en");
      if (zh.isEmpty() && en.isEmpty()) {
        throw problem("query \"" + id + "\" has no relevant item");
      }
      JsonNode note = node.get("note");
      if (note != null && !note.isNull() && !note.isTextual()) {
        throw problem("\"note\" must be a string");
      }
      boolean hard = flag(node, "hard");
      JudgedQuery.Split split = JudgedQuery.Split.TUNE;
      JsonNode s = node.get("split");
      if (s != null && !s.isNull()) {
        split = s.isTextual() ? JudgedQuery.Split.ofLabel(s.asText()) : null;
        if (split == null) {
          throw problem("\"split\" is " + s + " (expected \"tune\" or \"heldout\")");
        }
      }
      return new JudgedQuery(id, query, language, kind, zh, en, note == null || note.isNull() ? "" : note.asText(), hard, split);
    }

    /** An optional boolean field, false when absent. */
    private boolean flag(JsonNode node, String field) {
      JsonNode v = node.get(field);
      if (v == null || v.isNull()) {
        return false;
      }
      if (!v.isBoolean()) {
        throw problem("\"" + field + "\" must be true or false, not " + v);
      }
      return v.booleanValue();
    }

    /** A required, non-blank string field. */
    private String text(JsonNode node, String field) {
      JsonNode v = node.get(field);
      if (v == null || v.isNull()) {
        throw problem("missing field \"" + field + "\"");
      }
      if (!v.isTextual()) {
        throw problem("\"" + field + "\" must be a string, not " + v);
      }
      if (v.asText().isBlank()) {
        throw problem("\"" + field + "\" is empty");
      }
      return v.asText();
    }

    private List<Item> items(JsonNode relevant, String side) {
      String where = "\"relevant\"." + side;
      JsonNode v = relevant.get(side);
      if (v == null || v.isNull()) {
        throw problem("missing field " + where);
      }
      if (!v.isArray()) {
        throw problem(where + " must be an array of [doc, index] pairs");
      }
      Set<Item> out = new LinkedHashSet<>();
      for (JsonNode pair : v) {
        boolean shaped = pair.isArray() && pair.size() == 2 && pair.get(0).isTextual() && !pair.get(0).asText().isBlank();
        if (!shaped || !pair.get(1).isIntegralNumber() || !pair.get(1).canConvertToInt()) {
          throw problem(where + " item " + pair + " is not a [doc, index] pair");
        }
        if (pair.get(1).intValue() < 0) {
          throw problem(where + " item " + pair + ": negative index");
        }
        if (!out.add(new Item(pair.get(0).asText(), pair.get(1).intValue()))) {
          throw problem(where + " item " + pair + " is listed twice");
        }
      }
      return List.copyOf(out);
    }
  }
}
