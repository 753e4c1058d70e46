package dev.yuanwen.examples.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --index DIR} option of the commands that use a corpus index. Without it: the folder in
 * {@code YUANWEN_INDEX}, else {@code index/} in the project folder (the launcher sets {@code
 * YUANWEN_HOME}), else {@code index/} in the working folder.
 */
final class IndexLocation {
  @Option(names = "--index", paramLabel = "DIR",
      description = "The index folder (default: $YUANWEN_INDEX, else index/ in the project folder).")
  Path dir;

  Path dir() {
    if (dir != null) {
      return dir;
    }
    String env = System.getenv("YUANWEN_INDEX");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    String home = System.getenv("YUANWEN_HOME");
    return home != null && !home.isBlank() ? Path.of(home, "index") : Path.of("index");
  }
}
