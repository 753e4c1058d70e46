package dev.yuanwen.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's example outputs are what the code prints. Each output block the README marks with
 * {@code <!-- checked: ReadmeExamplesTest runs: ARGS -->} is compared with the output of {@code
 * ./yuanwen ARGS}, run in this JVM from the project folder (search on an index of corpus/ built in a
 * temporary folder). A block may leave lines out: a line "..." stands for any number of lines, and
 * the lines between two "..." must be consecutive lines of the output, in order. Nothing else is
 * normalised but trailing spaces.
 */
class ReadmeExamplesTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern CHECKED =
      Pattern.compile("<!-- checked: ReadmeExamplesTest runs: (.+?) -->\\s*\\n```\\n(.*?)\\n```", Pattern.DOTALL);

  @TempDir static Path tmp;
  private static Path index;

  @BeforeAll
  static void indexTheCorpus() {
    index = tmp.resolve("index");
    CliResult r = CliResult.run("index", "--index", index.toString(), ROOT.resolve("corpus").toString());
    assertEquals(0, r.code(), r.err());
  }

  @Test
  void everyCheckedExampleIsWhatTheCommandPrints() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    Matcher m = CHECKED.matcher(readme);
    int checked = 0;
    List<String> failures = new ArrayList<>();
    while (m.find()) {
      checked++;
      String command = m.group(1);
      CliResult r = CliResult.run(args(command));
      if (r.code() != 0) {
        failures.add("./yuanwen " + command + " exits " + r.code() + ": " + r.err());
        continue;
      }
      String problem = compare(m.group(2), r.out());
      if (problem != null) {
        failures.add("./yuanwen " + command + ": " + problem + "\n--- it prints:\n" + r.out());
      }
    }
    assertTrue(checked >= 4, "the README marks only " + checked + " examples as checked");
    assertTrue(failures.isEmpty(), String.join("\n\n", failures));
  }

  /** The README's command line as arguments: shell quotes removed, paths from the project folder, the test's index. */
  private static String[] args(String command) {
    List<String> out = new ArrayList<>();
    for (String a : words(command)) {
      out.add(a.startsWith("corpus") ? ROOT.resolve(a).toString() : a);
    }
    if (out.get(0).equals("search")) {
      out.addAll(1, List.of("--index", index.toString()));
    }
    return out.toArray(new String[0]);
  }

  /** Words as a POSIX shell splits them, with '...' and "..." quoting. */
  static List<String> words(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder w = null;
    char quote = 0;
    for (char c : line.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          w.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        w = w == null ? new StringBuilder() : w;
      } else if (c == ' ') {
        if (w != null) {
          out.add(w.toString());
          w = null;
        }
      } else {
        w = w == null ? new StringBuilder() : w;
        w.append(c);
      }
    }
    if (w != null) {
      out.add(w.toString());
    }
    return out;
  }

  /** Null when {@code shown} (with "..." gaps) matches {@code printed}; else what does not. */
  static String compare(String shown, String printed) {
    List<String> out = Arrays.stream(printed.split("\n", -1)).map(String::stripTrailing).toList();
    List<List<String>> runs = new ArrayList<>();
    List<String> run = new ArrayList<>();
    boolean gapFirst = false;
    for (String line : shown.split("\n", -1)) {
      if (line.strip().equals("...")) {
        if (runs.isEmpty() && run.isEmpty()) {
          gapFirst = true;
        }
        if (!run.isEmpty()) {
          runs.add(run);
        }
        run = new ArrayList<>();
      } else {
        run.add(line.stripTrailing());
      }
    }
    if (!run.isEmpty()) {
      runs.add(run);
    }
    int from = 0;
    for (int k = 0; k < runs.size(); k++) {
      List<String> r = runs.get(k);
      int at = k == 0 && !gapFirst ? (startsAt(out, r, 0) ? 0 : -1) : find(out, r, from);
      if (at < 0) {
        return "these lines are not printed" + (k == 0 && !gapFirst ? " first" : " (in this order)") + ":\n"
            + String.join("\n", r);
      }
      from = at + r.size();
    }
    return null;
  }

  private static int find(List<String> out, List<String> run, int from) {
    for (int i = from; i + run.size() <= out.size(); i++) {
      if (startsAt(out, run, i)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean startsAt(List<String> out, List<String> run, int i) {
    return i + run.size() <= out.size() && out.subList(i, i + run.size()).equals(run);
  }
}
