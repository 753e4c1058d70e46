package dev.yuanwen.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yuanwen.document.Article;
import dev.yuanwen.document.Digest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names written in Wade-Giles or Cantonese tie a point to the paragraph that names them in Chinese. */
class RomanizedNamesAlignTest {
  // Written for this test.
  private static final String ARTICLE = String.join("\n\n",
      "蔡英文周二在桃园出席一场活动，谈到能源转型，她说离岸风电明年将再增加两座。",
      "台北前市长柯文哲则在记者会上批评交通建设进度落后，要求当局公开预算。",
      "香港米埔湿地今年冬季记录到约六万只候鸟，保育团体呼吁减少周边的开发。",
      "尖沙咀的零售商表示，旅客人数回升，但消费金额仍低于疫情前。",
      "气象部门预测，下周气温将明显下降，部分山区可能出现霜冻。");

  private static final String DIGEST = String.join("\n\n",
      "1. Tsai Ing-wen said two more offshore wind farms will be added next year.",
      "2. Former Taipei mayor Ko Wen-je criticised delays in transport projects.",
      "3. About 60,000 migratory birds were recorded at the Mai Po wetland this winter.",
      "4. Retailers in Tsim Sha Tsui say visitor numbers have recovered.",
      "5. Forecasters expect a clear drop in temperature next week.");

  private static Alignment align(String digest) {
    return Aligner.shared().align(Article.parse(ARTICLE, "names.zh.txt"), Digest.parse(digest, "names.en.txt"));
  }

  private static boolean named(PointAlignment p, int paragraph, String chinese) {
    return p.links().stream().anyMatch(l -> l.paragraph() == paragraph && l.evidence().stream()
        .anyMatch(e -> e.kind() == Evidence.Kind.NAME && e.chinese().equals(chinese)));
  }

  @Test
  void romanizedNamesAreEvidenceForTheirParagraph() {
    Alignment a = align(DIGEST);
    assertEquals(List.of(0), a.point(0).paragraphs());
    assertTrue(named(a.point(0), 0, "蔡英文"), a.point(0).links().toString());
    assertTrue(named(a.point(1), 1, "柯文哲"), a.point(1).links().toString());
    assertTrue(named(a.point(2), 2, "米埔"), a.point(2).links().toString());
    assertTrue(named(a.point(3), 3, "尖沙咀"), a.point(3).links().toString());
    for (int i = 0; i < 4; i++) {
      assertFalse(a.point(i).flags().contains(Flag.NAME_NOT_IN_SOURCE), a.point(i).flags().toString());
    }
  }

  @Test
  void aPointNamingTsaiTiesToTheParagraphWithCaiOnly() {
    Alignment a = align("1. Tsai Ing-wen spoke about the energy transition in Taoyuan.\n\n"
        + "2. Retailers in Tsim Sha Tsui say visitor numbers have recovered.");
    assertEquals(List.of(0), a.point(0).paragraphs());
    assertTrue(named(a.point(0), 0, "蔡英文"), a.point(0).links().toString());
  }

  // Written for this test: the surname alone in the second paragraph, 许 of 许多 in the third.
  private static final String LONE = String.join("\n\n",
      "蔡英文周二在桃园出席一场活动，谈到能源转型与电价。",
      "蔡说，离岸风电明年将再增加两座，许多业者已经开始招募人员。",
      "许多旅客表示，尖沙咀的商店营业时间延长，周末人潮明显增加。",
      "气象部门预测，下周气温将明显下降，部分山区可能出现霜冻。");

  @Test
  void theSurnameAloneStandsForTheNameTheDigestGaveInFull() {
    Alignment a = Aligner.shared().align(Article.parse(LONE, "lone.zh.txt"), Digest.parse(
        "1. Tsai Ing-wen attended an event in Taoyuan on Tuesday.\n\n"
            + "2. Tsai said two more offshore wind farms will be added next year.\n\n"
            + "3. Hsu said weekend crowds have grown.", "lone.en.txt"));
    assertTrue(named(a.point(0), 0, "蔡英文"), a.point(0).links().toString());
    assertEquals(List.of(1), a.point(1).paragraphs());
    assertTrue(named(a.point(1), 1, "蔡"), a.point(1).links().toString());
    // Hsu is named in full nowhere: 许 of 许多 is not him.
    for (Link l : a.point(2).links()) {
      assertTrue(l.evidence().stream().noneMatch(e -> e.kind() == Evidence.Kind.NAME), l.evidence().toString());
    }
  }

  @Test
  void aRomanizedNameTheArticleLacksIsNoEvidence() {
    // 侯友宜 is not in the article: Hou Yu-ih spells nothing there and adds nothing.
    Alignment a = align("1. Hou Yu-ih said two more offshore wind farms will be added next year.");
    assertEquals(List.of(0), a.point(0).paragraphs());
    assertTrue(a.point(0).links().get(0).evidence().stream().noneMatch(e -> e.kind() == Evidence.Kind.NAME),
        a.point(0).links().toString());
  }

  @Test
  void englishWordsAreNoNames() {
    Alignment a = align("1. Forecasters expect a clear drop in temperature next week, Sun and Long said.");
    assertEquals(List.of(4), a.point(0).paragraphs());
    for (Link l : a.point(0).links()) {
      assertTrue(l.evidence().stream().noneMatch(e -> e.kind() == Evidence.Kind.NAME), l.evidence().toString());
    }
  }
}
