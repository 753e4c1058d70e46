package dev.yuanwen.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yuanwen.InputException;
import dev.yuanwen.document.Article;
import dev.yuanwen.document.Digest;
import dev.yuanwen.lexicon.UserDictionary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lab's technical terms that CC-CEDICT lacks: the point resting on them links only with the user's dictionary. */
class UserDictionaryAlignTest {
  static final String ARTICLE = String.join("\n\n",
      "合肥一家新能源研究所近日发布年度报告，回顾了过去一年在光伏材料领域的工作。",
      "报告称，团队找到了一种钝化钙钛矿的新办法：经过钝化处理的钙钛矿在高温高湿环境下连续工作一千小时，性能几乎没有衰减。",
      "研究所还与本地企业合作建设了一条中试生产线，预计明年开始小批量供货。",
      "在人才方面，研究所今年引进了十二名青年科研人员，并设立了专项奖学金。",
      "负责人表示，下一步将继续加大基础研究投入，争取在关键设备上实现自主可控。",
      "另据了解，该所的科普展厅本月起向公众免费开放。");

  static final String DIGEST = String.join("\n\n",
      "科技日报",
      "\"A Hefei Institute Reviews Its Year\"",
      "原文:合肥研究所发布年度报告",
      "Summary of Key Points",
      "A new-energy institute in Hefei published its annual report on a year of work on photovoltaic materials.",
      "1. Perovskite: Passivated perovskite.",
      "2. Pilot Line: The institute built a pilot production line with local companies and expects small-batch supply next year.",
      "3. People: It recruited twelve young researchers and set up a scholarship.",
      "4. Next Steps: More money for basic research and self-reliance in key equipment.");

  static final int PEROVSKITE = 1;

  static final String TERMS = "# lab terms\n钙钛矿\tperovskite\npassivation @ 钝化\n";

  @TempDir Path tmp;

  private static Alignment align(Aligner aligner) {
    return aligner.align(Article.parse(ARTICLE, "article.zh.txt"), Digest.parse(DIGEST, "digest.en.txt"));
  }

  @Test
  void aTermCedictLacksLinksOnlyWithTheDictionary() throws Exception {
    PointAlignment without = align(Aligner.shared()).point(PEROVSKITE);
    assertFalse(without.paragraphs().contains(1), "CC-CEDICT has neither term: " + without.links());

    Path file = tmp.resolve("lab.tsv");
    Files.writeString(file, TERMS);
    Alignment a = align(Aligner.builder().dictionary(file).build());
    PointAlignment with = a.point(PEROVSKITE);
    assertEquals(List.of(1), with.paragraphs(), with.links().toString());
    assertTrue(with.flags().isEmpty(), with.flags().toString());
    Link link = with.links().get(0);
    assertTrue(link.evidence().stream().anyMatch(e -> e.kind() == Evidence.Kind.USER && e.chinese().equals("钙钛矿")
        && e.english().equalsIgnoreCase("perovskite")), link.evidence().toString());
    assertTrue(link.evidence().stream().anyMatch(e -> e.kind() == Evidence.Kind.USER && e.chinese().equals("钝化")),
        link.evidence().toString());
    // The other points keep their links and their CC-CEDICT evidence.
    Alignment plain = align(Aligner.shared());
    for (int i = 2; i < a.points().size(); i++) {
      assertEquals(plain.point(i).paragraphs(), a.point(i).paragraphs(), "point " + i);
    }
    assertTrue(a.point(2).links().get(0).evidence().stream().noneMatch(e -> e.kind() == Evidence.Kind.USER));
  }

  @Test
  void oneParsedDictionaryServesSeveralAligners() {
    UserDictionary terms = UserDictionary.parse(TERMS, "lab.tsv");
    Aligner digest = Aligner.builder().dictionary(terms).build();
    Aligner other = Aligner.builder().dictionary(terms).maxPoints(100).build();
    assertSame(terms, digest.dictionary());
    assertEquals(align(digest).point(PEROVSKITE).paragraphs(), align(other).point(PEROVSKITE).paragraphs());
    assertTrue(Aligner.shared().dictionary().isEmpty());
  }

  @Test
  void aBadDictionaryFileIsAnInputErrorNamingTheLine() throws Exception {
    Path file = tmp.resolve("bad.tsv");
    Files.writeString(file, "钙钛矿\tperovskite\nperovskite oxide\n");
    InputException e = assertThrows(InputException.class, () -> Aligner.builder().dictionary(file));
    assertEquals(file + ": line 2: neither 中文<TAB>english nor english @ 中文: \"perovskite oxide\"", e.getMessage());
  }
}
