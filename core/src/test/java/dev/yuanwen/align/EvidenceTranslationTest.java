package dev.yuanwen.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yuanwen.document.Article;
import dev.yuanwen.document.Digest;
import dev.yuanwen.document.GoldDocument;
import dev.yuanwen.document.GoldFiles;
import dev.yuanwen.lexicon.Lexicon;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Evidence that is a translation (issue 14, part 4): a stem match is evidence only where the
 * dictionary sense has the whole English word, and a one-character function word never ties a point
 * to a paragraph alone. The cases are the issue's: 内部 = international, 问题 = questioned, 为 =
 * Becoming, 和 = Japan, 两 = 2.0.
 */
class EvidenceTranslationTest {
  private static final Path CORPUS = Path.of("..", "corpus");

  private static boolean translates(String word, String chinese) {
    return Senses.translates(word, Lexicon.shared().glosses(chinese));
  }

  @Test
  void aSenseTranslatesTheWholeWordNotItsStem() {
    // 内部 "interior; inside; internal": "internal" and "international" share the stem intern
    assertTrue(translates("internal", "内部"));
    assertTrue(translates("interior", "内部"));
    assertFalse(translates("international", "内部"));
    // 问题 "question; problem; issue": the noun and its plural, not a verb form of the noun
    assertTrue(translates("question", "问题"));
    assertTrue(translates("questions", "问题"));
    assertTrue(translates("Problems", "问题"));
    assertFalse(translates("questioned", "问题"));
    assertFalse(translates("issued", "问题"));
    // a verb sense has its verb forms
    assertTrue(translates("published", "发表"));
    assertTrue(translates("findings", "发现"));
    assertTrue(translates("preparing", "准备"));
    // irregular plurals and derivations that keep the word whole
    assertTrue(translates("children", "孩子"));
    assertTrue(translates("fishermen", "渔民"));
    assertTrue(translates("national", "国家"));
    assertTrue(translates("consumer", "消费"));
    assertTrue(translates("development", "发展"));
    assertTrue(translates("economic", "经济"));
    assertFalse(translates("lasting", "最后"));
    assertFalse(translates("reported", "记者"));
  }

  @Test
  void noCorpusLinkShowsAStemOnlyPair() {
    List<String> seen = new ArrayList<>();
    for (GoldDocument g : GoldFiles.read(CORPUS)) {
      Alignment a = Aligner.shared().align(g.article(), g.digest());
      for (PointAlignment p : a.points()) {
        for (Link l : p.links()) {
          for (Evidence e : l.evidence()) {
            seen.add(e.chinese() + "=" + e.english());
            // (a traditional article's evidence is as written; its glosses are the simplified form's)
            if (e.kind() == Evidence.Kind.DICTIONARY && g.article().variant() != Article.Variant.TRADITIONAL) {
              assertTrue(Bridge.shared().translates(e.english(), e.chinese()),
                  g.id() + " point " + p.index() + ": " + e);
            }
          }
        }
      }
    }
    for (String wrong : List.of("内部=international", "问题=questioned", "问题=issued", "最后=lasting", "去年=lasting")) {
      assertFalse(seen.contains(wrong), wrong + " is listed as evidence");
    }
    assertTrue(seen.contains("质疑=questioned"), "the translation of questioned stays");
  }

  /** Paragraphs full of 为, 和 and 两, and a point whose only words they gloss: Becoming, Japanese, two. */
  @Test
  void aFunctionWordNeverTiesAPointAlone() {
    String article = String.join("\n\n", "长江禁渔进入第五年",
        "2021年起，长江流域重点水域实行十年禁渔，沿江各地为退捕渔民安排了就业和社会保障，两岸渔村的生活随之改变。",
        "监测显示，长江江豚的数量回升到一千二百多头，鱼类资源和水生生物多样性逐步恢复，这为流域生态修复提供了依据。",
        "专家认为，禁渔的成效来之不易，非法捕捞和电鱼仍时有发生，执法部门与社区需要长期合作，两方面的力量缺一不可。",
        "湖北、江西和安徽等地建立了联合巡护队伍，利用无人机和视频监控巡查重点水域，为禁渔执法提供技术支撑。");
    String digest = String.join("\n", "# The Fishing Ban on the Yangtze", "",
        "1. Porpoises: The number of Yangtze finless porpoises has recovered to more than 1,200.",
        "2. Patrols: Hubei, Jiangxi and Anhui use drones and video surveillance to patrol key waters.",
        "3. Becoming Japanese: Becoming fluent in Japanese took two years of evening classes for the author's sister.");
    Alignment a = Aligner.shared().align(Article.parse(article, "a.zh.txt"), Digest.parse(digest, "d.en.txt"));
    assertEquals(List.of(1), a.points().get(0).paragraphs());
    assertEquals(List.of(3), a.points().get(1).paragraphs());
    PointAlignment lone = a.points().get(2);
    assertFalse(lone.hasSource());
    assertEquals(List.of(), lone.ranking(), "only 为, 和 and 两 match: no paragraph scores at all");
    // as support they still count: 为 and 和 may stand beside real evidence
    assertTrue(FunctionWords.isFunctionWord("为") && FunctionWords.isFunctionWord("两") && !FunctionWords.isFunctionWord("鱼"));
  }
}
