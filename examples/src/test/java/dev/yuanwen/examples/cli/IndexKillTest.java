package dev.yuanwen.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yuanwen.InputException;
import dev.yuanwen.index.CorpusDocument;
import dev.yuanwen.index.CorpusIndex;
import dev.yuanwen.index.IndexProgress;
import dev.yuanwen.index.PausedIndexMain;
import dev.yuanwen.index.SearchRequest;
import dev.yuanwen.index.Side;
import dev.yuanwen.index.StoredDocument;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Crash safety of {@code index}, proven. On an index committed once, a child JVM runs {@code yuanwen
 * index --delete d1 batch2.jsonl} (a delete, a new document, a replacement, another new one) and
 * stops at one kill point of {@link CorpusIndex}'s write: between two documents, before Lucene's
 * prepareCommit, between prepareCommit and commit, after commit. There, while it still holds the
 * writer lock, it is killed with SIGKILL (no shutdown hook, no close). Then the index opens (not
 * refused) holding exactly the documents of the last finished commit, each with its stored texts
 * and the aligner's links as a fresh in-memory index computes them, with the right entry counts,
 * and {@code index} runs again on it cleanly (the dead writer's lock went with it).
 */
class IndexKillTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  private static Path batch1;
  private static Path batch2;
  /** The index after {@code index batch1.jsonl}, copied for each kill. */
  private static Path base;
  /** The documents after batch 1 (as a fresh in-memory index holds them). */
  private static Map<String, StoredDocument> before;
  /** The documents after the second run's delete and its first k documents, for each k. */
  private static final List<Map<String, StoredDocument>> during = new ArrayList<>();
  /** The documents after the second run. */
  private static Map<String, StoredDocument> after;

  // Five small documents; in the second run d1 is deleted, d2 replaced by a longer version, d4 and d5 added.
  private static final Map<String, Object> D1 = gold("daxing-airport", "北京大兴国际机场", "Beijing Daxing airport",
      List.of("北京大兴国际机场于2019年9月25日正式投入运营，距天安门广场约46公里。",
          "航站楼面积达70万平方米，造型被称为“凤凰展翅”。",
          "远期规划年旅客吞吐量1亿人次，飞机起降量80万架次。"),
      List.of("Beijing Daxing International Airport opened on 25 September 2019, about 46 km from Tiananmen Square.",
          "It is planned to handle 100 million passengers a year in the long term."),
      List.of(List.of(0, 0), List.of(1, 2)));
  private static final List<String> PANDA_ZH = List.of(
      "大熊猫国家公园于2021年10月正式设立，横跨四川、陕西和甘肃三省。",
      "公园总面积约2.2万平方公里，保护着野生大熊猫总量的七成以上。",
      "编者注：本文数据来自国家林业和草原局。");
  private static final List<String> PANDA_EN = List.of(
      "The Giant Panda National Park was set up in October 2021 across Sichuan, Shaanxi and Gansu.",
      "The park covers about 22,000 square kilometres and protects over 70% of wild giant pandas.");
  private static final Map<String, Object> D2 = gold("panda-park", "大熊猫国家公园", "Giant Panda National Park",
      PANDA_ZH, PANDA_EN, List.of(List.of(0, 0), List.of(1, 1)));
  private static final Map<String, Object> D2_REVISED = gold("panda-park", "大熊猫国家公园", "Giant Panda National Park",
      List.of(PANDA_ZH.get(0), PANDA_ZH.get(1), "第四次全国大熊猫调查显示，野生大熊猫数量为1864只。", PANDA_ZH.get(2)),
      List.of(PANDA_EN.get(0), PANDA_EN.get(1), "The fourth national survey counted 1,864 wild giant pandas."),
      List.of(List.of(0, 0), List.of(1, 1), List.of(2, 2)));
  private static final Map<String, Object> D3 = gold("hybrid-rice", "杂交水稻", "Hybrid rice",
      List.of("袁隆平团队培育的杂交水稻在全国累计推广面积超过6亿亩。",
          "2020年，第三代杂交水稻双季亩产突破1500公斤。",
          "杂交水稻已在印度、越南、菲律宾等国家大面积种植。"),
      List.of("Hybrid rice developed by Yuan Longping's team has been planted on over 600 million mu in China.",
          "In 2020 third-generation hybrid rice topped 1,500 kg per mu over two seasons.",
          "It is also grown widely in India, Vietnam and the Philippines."),
      List.of(List.of(0, 0), List.of(1, 1), List.of(2, 2)));
  private static final Map<String, Object> D4 = gold("poyang-lake-birds", "鄱阳湖候鸟", "Poyang Lake's birds",
      List.of("每年冬季，数十万只候鸟飞抵江西鄱阳湖越冬。",
          "白鹤是其中最受关注的物种，全球约98%的白鹤在鄱阳湖越冬。",
          "当地在湖区设立了多个观鸟点，并在冬季限制渔业活动。"),
      List.of("Hundreds of thousands of migratory birds winter at Poyang Lake in Jiangxi each year.",
          "About 98% of the world's Siberian cranes spend the winter there."),
      List.of(List.of(0, 0), List.of(1, 1)));
  private static final Map<String, Object> D5 = gold("hzmb-bridge", "港珠澳大桥", "Hong Kong-Zhuhai-Macao Bridge",
      List.of("港珠澳大桥于2018年10月24日通车，全长55公里。",
          "大桥包括一条6.7公里长的海底隧道，连接两座人工岛。",
          "通车后，珠海至香港的车程从约3小时缩短至45分钟。"),
      List.of("The Hong Kong-Zhuhai-Macao Bridge opened on 24 October 2018 and is 55 km long.",
          "It includes a 6.7 km undersea tunnel between two artificial islands.",
          "The drive from Zhuhai to Hong Kong fell from about three hours to 45 minutes."),
      List.of(List.of(0, 0), List.of(1, 1), List.of(2, 2)));

  private static Map<String, Object> gold(String id, String titleZh, String titleEn, List<String> zh, List<String> en,
      List<List<Integer>> links) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("kind", "digest");
    m.put("source", "测试社");
    m.put("title_zh", titleZh);
    m.put("title_en", titleEn);
    m.put("zh", zh);
    m.put("en", en);
    m.put("links", links);
    return m;
  }

  private static Path write(Path file, List<Map<String, Object>> docs) throws IOException {
    List<String> lines = new ArrayList<>();
    for (Map<String, Object> d : docs) {
      lines.add(JSON.writeValueAsString(d));
    }
    return Files.write(file, lines, StandardCharsets.UTF_8);
  }

  /** The second run's arguments, after {@code --index DIR}. */
  private static List<String> secondRun() {
    return List.of("--delete", "daxing-airport", batch2.toString());
  }

  @BeforeAll
  static void commitOnce() throws IOException {
    batch1 = write(tmp.resolve("batch1.jsonl"), List.of(D1, D2, D3));
    batch2 = write(tmp.resolve("batch2.jsonl"), List.of(D4, D2_REVISED, D5));
    base = tmp.resolve("base");
    CliResult r = CliResult.run("index", "--index", base.toString(), batch1.toString());
    assertEquals(0, r.code(), r.err());
    try (CorpusIndex memory = CorpusIndex.inMemory()) {
      memory.addAll(CorpusDocument.readAll(List.of(batch1)), IndexProgress.NONE);
      before = snapshot(memory);
      assertTrue(memory.delete("daxing-airport"));
      during.add(snapshot(memory));
      for (CorpusDocument d : CorpusDocument.readAll(List.of(batch2))) {
        memory.add(d);
        during.add(snapshot(memory));
      }
      after = during.get(during.size() - 1);
    }
    assertEquals(List.of("daxing-airport", "hybrid-rice", "panda-park"), List.copyOf(before.keySet()));
    assertEquals(List.of("hybrid-rice", "hzmb-bridge", "panda-park", "poyang-lake-birds"), List.copyOf(after.keySet()));
    assertTrue(before.values().stream().allMatch(d -> d.links().stream().anyMatch(l -> !l.isEmpty())),
        "the aligner links every document somewhere: " + before);
    try (CorpusIndex index = CorpusIndex.open(base)) {
      assertEquals(before, snapshot(index), "the committed index holds what a fresh in-memory one does");
    }
  }

  private static Map<String, StoredDocument> snapshot(CorpusIndex index) {
    Map<String, StoredDocument> docs = new TreeMap<>();
    for (String id : index.ids()) {
      docs.put(id, index.document(id).orElseThrow());
    }
    return docs;
  }

  @ParameterizedTest(name = "killed at {0} #{1}")
  @CsvSource({
      "between-documents, 2", // the delete and two documents written, nothing committed
      "before-prepare-commit, 1",
      "after-prepare-commit, 1", // new segments and a pending commit point on disk
      "after-commit, 1",
  })
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void aKillLosesNothingCommittedAndIndexRunsAgain(String point, int nth) throws Exception {
    Path dir = copy(base, tmp.resolve(point + "-" + nth));
    Path stderr = tmp.resolve(point + "-" + nth + ".stderr");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        PausedIndexMain.class.getName(), point, Integer.toString(nth),
        "index", "--index", dir.toString()));
    command.addAll(secondRun());
    Process child = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
    int committed; // documents of the second run in its last finished commit, -1 for none
    try {
      committed = awaitPause(child, point + " " + nth, stderr);
      try (CorpusIndex other = CorpusIndex.open(dir)) {
        InputException e = assertThrows(InputException.class, () -> other.delete("hybrid-rice"));
        assertTrue(e.getMessage().contains("another process is writing"), "the paused child holds the lock: " + e);
      }
      child.destroyForcibly();
      assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child died");
      assertEquals(128 + 9, child.exitValue(), "the child was killed by SIGKILL");
    } finally {
      if (child.isAlive()) {
        child.destroyForcibly();
      }
    }
    if (point.equals("after-prepare-commit")) {
      assertTrue(pendingCommit(dir), "the kill came between Lucene's two commit phases");
    }

    Map<String, StoredDocument> expected = committed < 0 ? before : during.get(committed);
    try (CorpusIndex index = CorpusIndex.open(dir)) { // not refused
      assertEquals(expected, snapshot(index), "the documents of the last commit, with their links, and only those");
      assertEquals(expected.size(), index.documentCount());
      assertEquals(expected.values().stream().mapToInt(d -> d.paragraphs().size()).sum(), index.paragraphCount(),
          "no paragraph entry of a document half written, deleted or replaced");
      assertEquals(expected.values().stream().mapToInt(d -> d.points().size()).sum(), index.pointCount());
      for (StoredDocument d : expected.values()) {
        assertFalse(index.search(SearchRequest.of(d.points().get(0)).doc(d.id()).side(Side.EN)).hits().isEmpty(),
            d.id() + " is found by its first point");
      }
    }

    List<String> again = new ArrayList<>(List.of("index", "--index", dir.toString()));
    again.addAll(secondRun());
    CliResult r = CliResult.run(again.toArray(String[]::new));
    assertEquals(0, r.code(), r.err());
    assertEquals(committed < 0 ? "" : "yuanwen: " + dir + ": no document \"daxing-airport\" to delete\n", r.err());
    assertTrue(r.out().contains(String.format(Locale.ROOT, "%s: %d documents, %d paragraphs, %d points", dir,
        after.size(), after.values().stream().mapToInt(d -> d.paragraphs().size()).sum(),
        after.values().stream().mapToInt(d -> d.points().size()).sum())), r.out());
    assertFalse(pendingCommit(dir), "the new writer cleared the dead one's pending commit");
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      assertEquals(after, snapshot(index), "the run again finishes the second run's work");
    }
  }

  private static boolean pendingCommit(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(f -> f.getFileName().toString().startsWith("pending_segments_"));
    }
  }

  /**
   * Reads the child's stdout up to its line saying it stopped at {@code point}, and fails if it ends
   * first. Returns how many documents of the run its last finished commit holds (-1: no commit
   * finished): addAll commits on its own every few seconds, which a loaded machine may reach.
   */
  private static int awaitPause(Process child, String point, Path stderr) throws Exception {
    BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    List<String> seen = new ArrayList<>();
    int written = 0;
    int committed = -1;
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      boolean paused = line.startsWith(PausedIndexMain.PAUSED);
      String at = paused ? line.substring(PausedIndexMain.PAUSED.length())
          : line.startsWith(PausedIndexMain.AT) ? line.substring(PausedIndexMain.AT.length()) : "";
      if (at.startsWith("between-documents ")) {
        written++;
      } else if (at.startsWith("after-commit ")) {
        committed = written;
      }
      if (paused) {
        assertEquals(point, at);
        return committed;
      }
      seen.add(line);
    }
    child.waitFor(60, TimeUnit.SECONDS);
    return fail("the child ended (" + (child.isAlive() ? "alive" : "exit " + child.exitValue())
        + ") without stopping at " + point + "; stdout " + seen + "; stderr " + Files.readString(stderr));
  }

  private static Path copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
    return to;
  }
}
