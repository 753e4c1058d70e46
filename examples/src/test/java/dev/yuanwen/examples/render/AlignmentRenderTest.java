package dev.yuanwen.examples.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yuanwen.align.AlignmentJson;
import dev.yuanwen.align.Evidence;
import dev.yuanwen.align.Flag;
import dev.yuanwen.align.Link;
import dev.yuanwen.align.ParagraphScore;
import dev.yuanwen.align.PointAlignment;
import dev.yuanwen.document.Article;
import dev.yuanwen.document.Digest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The three views on a hand-made alignment with every flag, several sentences and more evidence
 * than is shown, every case at once.
 */
class AlignmentRenderTest {
  private static final Path SCHEMA = Path.of("..", "docs", "alignment.schema.json");

  private static final Article ARTICLE = Article.parse(
      "国务院总理李强表示，人工智能产业规模预计将突破1万亿元。业内人士认为，这一目标有望提前实现。\n\n"
          + "与此同时，监管部门提醒企业注意<script>alert('zh')</script>数据安全风险。\n\n"
          + "编者注：本文数据来自公开报道，仅供参考。\n",
      "article.zh.txt");
  private static final Digest DIGEST = Digest.parse(
      "Premier Li Qiang said the AI industry will exceed 1 trillion yuan, up 47% in two years.\n\n"
          + "• Regulators & \"Tom\": regulators warned firms about <script>alert(\"en\")</script> data risks, said Smith.\n\n"
          + "Nothing in the article says this.\n",
      "digest.en.txt");

  private static List<PointAlignment> points() {
    List<Evidence> many = new ArrayList<>();
    String[][] pairs = {{"李强", "Li Qiang"}, {"1万亿元", "1 trillion yuan"}, {"人工智能", "AI"}, {"产业", "industry"},
        {"突破", "exceed"}, {"表示", "said"}, {"规模", "scale"}};
    for (String[] p : pairs) {
      many.add(new Evidence(p[0], p[1], Evidence.Kind.DICTIONARY, 0.1));
    }
    Link l0 = new Link(0, 0, 0.8123456, 0.934, List.of(0, 1), many);
    Link l1 = new Link(1, 1, 0.41, 0.62, List.of(0),
        List.of(new Evidence("<script>", "<script>", Evidence.Kind.LATIN, 0.5), new Evidence("监管", "regulators", Evidence.Kind.DICTIONARY, 0.5)));
    return List.of(
        new PointAlignment(DIGEST.points().get(0), List.of(new ParagraphScore(0, 0.8123456), new ParagraphScore(1, 0.1)),
            List.of(l0), EnumSet.of(Flag.NUMBER_NOT_IN_SOURCE), List.of("47%"), List.of()),
        new PointAlignment(DIGEST.points().get(1), List.of(new ParagraphScore(1, 0.41)), List.of(l1),
            EnumSet.of(Flag.NAME_NOT_IN_SOURCE), List.of(), List.of("Smith", "<b>Jones</b>")),
        new PointAlignment(DIGEST.points().get(2), List.of(new ParagraphScore(2, 0.05)), List.of(),
            EnumSet.of(Flag.NO_SOURCE), List.of(), List.of()));
  }

  private static final List<Integer> UNCOVERED = List.of(2);

  @Test
  void textShowsLinksSentencesEvidenceAndFlagsWithin80Columns() {
    String text = AlignmentText.render(ARTICLE, DIGEST, points(), UNCOVERED);
    assertTrue(text.startsWith("ALIGNMENT digest.en.txt -> article.zh.txt, numbered from 0\n"), text);
    assertTrue(text.contains("flags      1 NO_SOURCE, 1 NUMBER_NOT_IN_SOURCE, 1 NAME_NOT_IN_SOURCE"), text);
    assertTrue(text.contains("  0 lead         Premier Li Qiang said"), text);
    assertTrue(text.contains("    -> para 0    score 0.81  confidence 0.93  also sentence 1"), text);
    assertTrue(text.contains("国务院总理李强表示，人工智能产业规模预计将突破1万亿元。"), text);
    assertTrue(text.contains("                 evidence  李强=Li Qiang  1万亿元=1 trillion yuan  人工智能=AI\n"
        + "                           产业=industry  突破=exceed\n"), text);
    assertFalse(text.contains("表示=said"), "at most five pairs: " + text);
    assertTrue(text.contains("    ! NUMBER_NOT_IN_SOURCE  47%"), text);
    assertTrue(text.contains("    ! NAME_NOT_IN_SOURCE  Smith, <b>Jones</b>"), text);
    assertTrue(text.contains("    ! NO_SOURCE  best candidate para 2 (score 0.05)"), text);
    assertTrue(text.contains("UNCOVERED 1 paragraph that no point links to\n    2  编者注：本文数据来自公开报道，仅供参考。\n"), text);
    for (String line : text.split("\n")) {
      assertTrue(Columns.width(line) <= 80, "wider than 80 columns: " + line);
    }
  }

  @Test
  void jsonFollowsTheSchema() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode root = json.readTree(AlignmentJson.render(ARTICLE, DIGEST, points(), UNCOVERED));
    assertEquals(List.of(), SchemaCheck.check(json.readTree(SCHEMA.toFile()), root));
    JsonNode a0 = root.path("alignments").get(0);
    assertEquals(0.8123, a0.path("links").get(0).path("score").asDouble(), 0);
    assertEquals(7, a0.path("links").get(0).path("evidence").size(), "JSON keeps all the evidence");
    assertEquals("Li Qiang", a0.path("links").get(0).path("evidence").get(0).path("en").asText());
    assertEquals("number_not_in_source", a0.path("flags").get(0).asText());
    assertEquals("47%", a0.path("unmatched_figures").get(0).asText());
    assertEquals("<b>Jones</b>", root.path("alignments").get(1).path("unmatched_names").get(1).asText());
    assertEquals(List.of("no_source"), List.of(root.path("alignments").get(2).path("flags").get(0).asText()));
    assertEquals(2, root.path("uncovered").get(0).asInt());
  }

  @Test
  void htmlEscapesEverythingFromTheInputs() {
    String html = AlignmentHtml.render(ARTICLE, DIGEST, points(), UNCOVERED);
    assertEquals(1, count(html, "<script"), "only the page's own script");
    assertTrue(html.contains("&lt;script&gt;alert(&#39;zh&#39;)&lt;/script&gt;"), html);
    assertTrue(html.contains("&lt;script&gt;alert(&quot;en&quot;)&lt;/script&gt;"), html);
    assertTrue(html.contains("Regulators &amp; &quot;Tom&quot;"), html);
    assertTrue(html.contains("&lt;b&gt;Jones&lt;/b&gt;"), html);
    assertFalse(html.contains("<b>Jones"), html);
    // flags as badges, notes naming what is missing, the uncovered paragraph marked
    assertTrue(html.contains("class=\"badge f-number\""), html);
    assertTrue(html.contains("class=\"badge f-name\""), html);
    assertTrue(html.contains("class=\"badge f-none\""), html);
    assertTrue(html.contains("Figures not in the linked paragraphs: <mark>47%</mark>"), html);
    assertTrue(html.contains("<div class=\"para uncovered\" id=\"para-2\""), html);
    // links readable without script: anchors with the paragraph number, scores and evidence as text
    assertTrue(html.contains("<a class=\"to\" href=\"#para-0\">¶\u00a00</a> <span class=\"sc\">score 0.81</span>"), html);
    assertTrue(html.contains("data-sents=\"0:0,1\""), html);
    assertEquals(5 + 2, count(html, "class=\"pair\""), "five pairs (of seven) for the first link, two for the second");
  }

  @Test
  void htmlShadesLinksByConfidenceWithALegend() {
    String html = AlignmentHtml.render(ARTICLE, DIGEST, points(), UNCOVERED);
    int legend = html.indexOf("<p class=\"legend\" id=\"legend\">");
    assertTrue(legend > 0 && legend < html.indexOf("<main>"), "the legend is in the header");
    String text = html.substring(legend, html.indexOf("</p>", legend)).replaceAll("<[^>]+>", "");
    assertEquals("Links are shaded by confidence, the chance that the link is right (fitted on gold links): "
        + "0.9 or more 0.7 to 0.9 under 0.7: worth checking", text);
    // 0.934 is high, 0.62 low: each link carries its band, and the page styles every band.
    assertTrue(html.contains("<li class=\"c-high\"><a class=\"to\" href=\"#para-0\">"), html);
    assertTrue(html.contains("<li class=\"c-low\"><a class=\"to\" href=\"#para-1\">"), html);
    assertEquals("c-mid", AlignmentHtml.band(0.7));
    assertEquals("c-high", AlignmentHtml.band(0.9));
    assertEquals("c-low", AlignmentHtml.band(0.6999));
    for (String band : List.of("c-high", "c-mid", "c-low")) {
      assertTrue(html.contains(".links li." + band + " {"), band);
      assertTrue(html.contains(".legend ." + band + " i {"), band);
    }
  }

  @Test
  void chineseWrappingKeepsPunctuationOffTheLineStart() {
    List<String> lines = Columns.wrap(Columns.chinese("他说：“人工智能（AI）产业规模将突破1万亿元。”随后离开。"), "", "", 10);
    for (String line : lines) {
      assertTrue(Columns.width(line) <= 10 || line.length() == 1, line);
      assertFalse(Set.of('，', '。', '”', '）', '：').contains(line.charAt(0)), "line starts with closing punctuation: " + lines);
      assertFalse(Set.of('“', '（').contains(line.charAt(line.length() - 1)), "line ends with opening punctuation: " + lines);
    }
    assertEquals("他说：“人工智能（AI）产业规模将突破1万亿元。”随后离开。", String.join("", lines));
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
