package dev.yuanwen.examples.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small JSON Schema checker for the subset {@code docs/alignment.schema.json} uses: type, const,
 * enum, required, properties, items, minimum, maximum, exclusiveMinimum, minItems, maxItems,
 * uniqueItems and local {@code $ref}s to {@code #/$defs/...}. A keyword outside that subset is an
 * error, so the schema cannot grow constraints the check silently ignores. It is also stricter than
 * the schema in one way: an object key the schema does not declare is reported, so that the output
 * and its documentation stay in step.
 */
public final class SchemaCheck {
  private static final Set<String> KEYWORDS = Set.of(
      "$schema", "$id", "$defs", "$ref", "title", "description",
      "type", "const", "enum", "required", "properties", "items",
      "minimum", "maximum", "exclusiveMinimum", "minItems", "maxItems", "uniqueItems");

  private final JsonNode root;
  private final List<String> errors = new ArrayList<>();

  private SchemaCheck(JsonNode root) {
    this.root = root;
  }

  /** The ways {@code value} breaks {@code schema}, one line each with its JSON pointer; empty if none. */
  public static List<String> check(JsonNode schema, JsonNode value) {
    SchemaCheck c = new SchemaCheck(schema);
    c.check(schema, value, "");
    return c.errors;
  }

  private void check(JsonNode schema, JsonNode value, String at) {
    for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!KEYWORDS.contains(k)) {
        throw new IllegalArgumentException("schema keyword not supported by this checker: " + k + " (at " + at + ")");
      }
    }
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      if (!ref.startsWith("#/$defs/")) {
        throw new IllegalArgumentException("only local #/$defs/ references are supported: " + ref);
      }
      JsonNode target = root.path("$defs").path(ref.substring("#/$defs/".length()));
      if (target.isMissingNode()) {
        errors.add(at + ": dangling $ref " + ref);
        return;
      }
      check(target, value, at);
    }
    if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
      errors.add(at + ": expected " + schema.get("type") + ", got " + value.getNodeType().name().toLowerCase());
      return;
    }
    if (schema.has("const") && !schema.get("const").equals(value)) {
      errors.add(at + ": expected " + schema.get("const") + ", got " + value);
    }
    if (schema.has("enum")) {
      boolean found = false;
      for (JsonNode e : schema.get("enum")) {
        found |= e.equals(value);
      }
      if (!found) {
        errors.add(at + ": " + value + " is not one of " + schema.get("enum"));
      }
    }
    if (value.isNumber()) {
      double x = value.asDouble();
      if (schema.has("minimum") && x < schema.get("minimum").asDouble()) {
        errors.add(at + ": " + value + " < minimum " + schema.get("minimum"));
      }
      if (schema.has("maximum") && x > schema.get("maximum").asDouble()) {
        errors.add(at + ": " + value + " > maximum " + schema.get("maximum"));
      }
      if (schema.has("exclusiveMinimum") && x <= schema.get("exclusiveMinimum").asDouble()) {
        errors.add(at + ": " + value + " <= exclusiveMinimum " + schema.get("exclusiveMinimum"));
      }
    }
    if (value.isObject()) {
      for (JsonNode r : schema.path("required")) {
        if (!value.has(r.asText())) {
          errors.add(at + ": missing required key \"" + r.asText() + "\"");
        }
      }
      JsonNode props = schema.path("properties");
      if (props.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> f = it.next();
          if (props.has(f.getKey())) {
            check(props.get(f.getKey()), f.getValue(), at + "/" + f.getKey());
          } else {
            errors.add(at + ": key \"" + f.getKey() + "\" is not in the schema");
          }
        }
      }
    }
    if (value.isArray()) {
      if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
        errors.add(at + ": " + value.size() + " items, fewer than " + schema.get("minItems"));
      }
      if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
        errors.add(at + ": " + value.size() + " items, more than " + schema.get("maxItems"));
      }
      if (schema.path("uniqueItems").asBoolean(false)) {
        Set<JsonNode> seen = new HashSet<>();
        for (JsonNode item : value) {
          if (!seen.add(item)) {
            errors.add(at + ": duplicate item " + item);
          }
        }
      }
      if (schema.has("items")) {
        for (int i = 0; i < value.size(); i++) {
          check(schema.get("items"), value.get(i), at + "/" + i);
        }
      }
    }
  }

  private static boolean typeMatches(JsonNode type, JsonNode value) {
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (typeMatches(t, value)) {
          return true;
        }
      }
      return false;
    }
    return switch (type.asText()) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber() || (value.isNumber() && value.asDouble() == Math.rint(value.asDouble()));
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "null" -> value.isNull();
      default -> throw new IllegalArgumentException("unknown type " + type);
    };
  }
}
