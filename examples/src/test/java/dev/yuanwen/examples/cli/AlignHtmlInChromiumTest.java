package dev.yuanwen.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML page in a real browser: its script runs to the end without error, and a point named in
 * the URL's fragment is selected with its paragraphs and carrying sentences highlighted. Runs only
 * when {@code chromium} (or {@code chromium-browser}, {@code google-chrome}) is on the PATH; see
 * {@code tools/html-check/screenshot.sh} for the screenshot.
 */
class AlignHtmlInChromiumTest {
  private static final Path DOC = Path.of("..", "corpus", "anthropic-pause");

  @Test
  void scriptRunsAndHighlightsThePointInTheFragment(@TempDir Path dir) throws Exception {
    String chromium = browser();
    Assumptions.assumeTrue(chromium != null, "no chromium on the PATH");
    Path page = dir.resolve("alignment.html");
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "align", "--format", "html", "-o", page.toString(), DOC.toString());
    assertEquals(0, code, err.toString());

    String json = new String(Files.readAllBytes(page), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("id=\"pt-(\\d+)\" data-paras=\"(\\d+)[^\"]*\" data-sents=\"\\d+:(\\d+)").matcher(json);
    assertTrue(m.find(), "no linked point in the page");
    String point = m.group(1);
    String para = m.group(2);
    String sentence = m.group(3);

    String dom = dumpDom(chromium, dir, page.toUri() + "#pt-" + point);
    assertTrue(dom.contains("data-ready=\"1\""), "the page's script did not run to the end");
    assertTrue(dom.matches("(?s).*<article class=\"point [^\"]*\\bsel\\b[^\"]*\" id=\"pt-" + point + "\".*"), "point not selected");
    assertTrue(dom.matches("(?s).*<div class=\"para[^\"]*\\bhl\\b[^\"]*\" id=\"para-" + para + "\".*"), "paragraph not highlighted");
    assertTrue(dom.matches("(?s).*id=\"para-" + para + "\".*?<span class=\"s hl-s\" data-s=\"" + sentence + "\">.*"),
        "carrying sentence not highlighted");
  }

  private static String dumpDom(String chromium, Path dir, String url) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
        "--user-data-dir=" + dir.resolve("profile"), "--virtual-time-budget=2000", "--dump-dom", url));
    Path out = dir.resolve("dom.html");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(dir.resolve("chromium.log").toFile()).start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 60 s");
    }
    assertEquals(0, p.exitValue(), () -> "chromium failed: " + read(dir.resolve("chromium.log")));
    return read(out);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return e.toString();
    }
  }

  private static String browser() {
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
        if (!d.isEmpty() && Files.isExecutable(Path.of(d, name))) {
          return Path.of(d, name).toString();
        }
      }
    }
    return null;
  }
}
