package dev.yuanwen.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yuanwen.examples.render.SchemaCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --dict FILE} on align, eval and index: the user's terms as evidence, bad lines as exit 2. */
class DictOptionTest {
  private static final Path SCHEMA = Path.of("..", "docs", "alignment.schema.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String ARTICLE = String.join("\n\n",
      "合肥一家新能源研究所近日发布年度报告，回顾了过去一年在光伏材料领域的工作。",
      "报告称，团队找到了一种钝化钙钛矿的新办法：经过钝化处理的钙钛矿在高温高湿环境下连续工作一千小时，性能几乎没有衰减。",
      "研究所还与本地企业合作建设了一条中试生产线，预计明年开始小批量供货。",
      "在人才方面，研究所今年引进了十二名青年科研人员，并设立了专项奖学金。");

  private static final String DIGEST = String.join("\n\n",
      "科技日报",
      "\"A Hefei Institute Reviews Its Year\"",
      "原文:合肥研究所发布年度报告",
      "Summary of Key Points",
      "1. Perovskite: Passivated perovskite.",
      "2. Pilot Line: The institute built a pilot production line with local companies and expects small-batch supply next year.",
      "3. People: It recruited twelve young researchers and set up a scholarship.");

  @TempDir Path tmp;

  private Path write(String name, String text) throws Exception {
    Path p = tmp.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void alignShowsTheUsersTermsAsEvidenceOfKindUser() throws Exception {
    Path zh = write("article.zh.txt", ARTICLE);
    Path en = write("digest.en.txt", DIGEST);
    Path dict = write("lab.tsv", "\uFEFF# lab terms\r\n钙钛矿\tperovskite\r\npassivation @ 钝化\r\n");
    String args = "--zh " + zh + " --en " + en;
    CliResult plain = CliResult.run(("align --format json " + args).split(" "));
    assertEquals(0, plain.code(), plain.err());
    JsonNode before = JSON.readTree(plain.out()).get("alignments").get(0);
    assertEquals(0, before.get("links").size(), "CC-CEDICT alone: " + before);

    CliResult r = CliResult.run(("align --format json --dict " + dict + " " + args).split(" "));
    assertEquals(0, r.code(), r.err());
    JsonNode root = JSON.readTree(r.out());
    assertEquals(List.of(), SchemaCheck.check(JSON.readTree(SCHEMA.toFile()), root));
    JsonNode links = root.get("alignments").get(0).get("links");
    assertEquals(1, links.size(), links.toString());
    assertEquals(1, links.get(0).get("paragraph").asInt());
    boolean user = false;
    for (JsonNode e : links.get(0).get("evidence")) {
      user |= e.get("kind").asText().equals("user") && e.get("zh").asText().equals("钙钛矿");
    }
    assertTrue(user, links.toString());

    String text = CliResult.run(("align --dict " + dict + " " + args).split(" ")).out();
    assertTrue(text.contains("钙钛矿=Perovskite") || text.contains("钙钛矿=perovskite"), text);
  }

  @Test
  void aBadLineExitsTwoNamingTheFileAndTheLine() throws Exception {
    Path zh = write("article.zh.txt", ARTICLE);
    Path en = write("digest.en.txt", DIGEST);
    Path dict = write("bad.tsv", "钙钛矿\tperovskite\n\nperovskite\t钙钛矿\n");
    String message = dict + ": line 3: the Chinese is after the tab; the format is 中文<TAB>english";
    CliResult align = CliResult.run(("align --dict " + dict + " --zh " + zh + " --en " + en).split(" "));
    assertEquals(2, align.code());
    assertTrue(align.err().contains(message), align.err());
    assertFalse(align.out().contains("ALIGNMENT"), "nothing aligned");
    CliResult missing = CliResult.run("align", "--dict", tmp.resolve("none.tsv").toString(), "--zh", zh.toString(),
        "--en", en.toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("none.tsv: no such file"), missing.err());
    CliResult eval = CliResult.run("eval", "--dict", dict.toString(), Path.of("..", "corpus", "anthropic-pause").toString());
    assertEquals(2, eval.code());
    assertTrue(eval.err().contains(message), eval.err());
    CliResult index = CliResult.run("index", "--index", tmp.resolve("idx").toString(), "--dict", dict.toString(),
        Path.of("..", "corpus", "anthropic-pause").toString());
    assertEquals(2, index.code());
    assertTrue(index.err().contains(message), index.err());
  }

  @Test
  void evalAcceptsADictionary() throws Exception {
    Path dict = write("terms.txt", "pause @ 暂停\n");
    CliResult r = CliResult.run("eval", "--dict", dict.toString(), Path.of("..", "corpus", "anthropic-pause").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("overall"), r.out());
  }
}
