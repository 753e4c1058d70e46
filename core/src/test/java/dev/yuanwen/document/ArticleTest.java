package dev.yuanwen.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yuanwen.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleTest {
  private static final String P1 = "近日，国家统计局发布数据显示，今年前三季度国内生产总值同比增长5.2%。分析人士认为，消费对经济增长的贡献率持续提升。";
  private static final String P2 = "与此同时，新能源汽车产量再创新高。业内人士表示：“下半年市场仍有较大增长空间。”";
  private static final String P3 = "记者注意到，多家企业加大了研发投入，部分企业的研发费用同比增长超过30%。";

  private static List<String> texts(Article a) {
    return a.paragraphs().stream().map(Paragraph::text).toList();
  }

  private static InputException rejects(String text, String source) {
    return assertThrows(InputException.class, () -> Article.parse(text, source));
  }

  @Test
  void messyWebCopyIsCleaned() {
    String messy =
        "\uFEFF　　近日，国家统计局发布数据显示，今年前三季度国内生产总值同比增长5.2%。&nbsp;分析人士认为，消费对经济增长的贡献率持续提升。\r\n"
            + "\r\n"
            + "<p>　　与此同时，新能源<span class=\"hl\">汽车</span>产量再创新高。业内人士表示：&ldquo;下半年市场仍有较大增长空间。&rdquo;</p>\r\n"
            + "\r\n"
            + "\u3000\u3000记者注意到，多家企业加大了\u200B研发投入，部分企业的研发\u3000费用同比增长超过30%。\u00A0\u00A0\r\n";
    Article a = Article.parse(messy, "messy.txt");
    assertEquals(List.of(P1, P2, P3), texts(a));
    assertEquals("", a.title());
    assertEquals(Article.Variant.SIMPLIFIED, a.variant());
    assertEquals("messy.txt", a.source());
  }

  @Test
  void entitiesTagsAndSpaces() {
    Article a =
        Article.parse(
            "<div>他说&#65306;&quot;A&amp;B公司&quot;的估值达到&#x4e2d;等水平&hellip;&hellip;</div>"
                + "<p>报告指出&mdash;&mdash;风险依然存在&lt;不可忽视&gt;。<br>AI  models   are\tgrowing.</p>&unknown;",
            "entities.html");
    assertEquals(
        List.of("他说：\"A&B公司\"的估值达到中等水平……", "报告指出——风险依然存在<不可忽视>。", "AI models are growing.", "&unknown;"),
        texts(a));
  }

  @Test
  void blankLineBlocksAndOneParagraphPerLineAgree() {
    Article perLine = Article.parse(P1 + "\n" + P2 + "\n" + P3 + "\n", "per-line.txt");
    Article blocks = Article.parse("\n" + P1 + "\n\n" + P2 + "\n\n\n" + P3, "blocks.txt");
    assertEquals(List.of(P1, P2, P3), texts(perLine));
    assertEquals(List.of(P1, P2, P3), texts(blocks));
    for (int i = 0; i < 3; i++) {
      assertEquals(i, blocks.paragraphs().get(i).index());
    }
  }

  @Test
  void hardWrappedBlocksAreJoined() {
    String wrapped =
        "近日，国家统计局发布数据显示，今年前三季度国内生产总\n值同比增长5.2%。分析人士认为，消费对经济增长的贡献\n率持续提升。\n\n"
            + "Analysts at the bank said the\nrecovery would continue. 专家表示认可。\n";
    Article a = Article.parse(wrapped + "\nThe minister told reporters that\n“the economy is recovering.” 他说。\n", "wrapped.txt");
    assertEquals(
        List.of(
            P1,
            "Analysts at the bank said the recovery would continue. 专家表示认可。",
            "The minister told reporters that “the economy is recovering.” 他说。"),
        texts(a));
  }

  @Test
  void shortLinesInsideABlockStandAlone() {
    Article a = Article.parse("一、经济运行总体平稳\n" + P1 + "\n\n二、新兴产业加快发展\n" + P2, "sections.txt");
    assertEquals(List.of("一、经济运行总体平稳", P1, "二、新兴产业加快发展", P2), texts(a));
  }

  @Test
  void titleLineByRule() {
    Article a = Article.parse("前三季度经济运行稳中向好\n\n" + P1 + "\n\n" + P2, "t.txt");
    assertEquals("前三季度经济运行稳中向好", a.title());
    assertEquals(List.of(P1, P2), texts(a));

    // a headline may be a question; the body below it may be one paragraph per line
    Article question = Article.parse("暂停AI研发，是示警还是营销？\n\n" + P1 + "\n" + P2 + "\n" + P3, "q.txt");
    assertEquals("暂停AI研发，是示警还是营销？", question.title());
    assertEquals(List.of(P1, P2, P3), texts(question));

    // not a title: ends a sentence, no blank line after it, too long, or nothing after it
    assertEquals("", Article.parse("经济运行稳中向好。\n\n" + P1, "a.txt").title());
    assertEquals("", Article.parse("前三季度经济运行稳中向好\n" + P1 + "\n" + P2, "b.txt").title());
    String longLine = "前三季度国民经济运行稳中向好高质量发展扎实推进主要指标持续改善就业物价总体稳定国际收支基本平衡";
    assertTrue(longLine.length() > 40);
    assertEquals("", Article.parse(longLine + "\n\n" + P1, "c.txt").title());
    assertEquals(2, Article.parse(longLine + "\n\n" + P1, "c.txt").paragraphs().size());
    assertEquals("", Article.parse("前三季度经济运行稳中向好\n\n", "d.txt").title());
  }

  @Test
  void titleLineByOption() {
    Article forced = Article.parser().withTitleLine(true).parse(P1 + "\n" + P2 + "\n" + P3, "forced.txt");
    assertEquals(P1, forced.title());
    assertEquals(List.of(P2, P3), texts(forced));

    Article none = Article.parser().withTitleLine(false).parse("前三季度经济运行稳中向好\n\n" + P1, "none.txt");
    assertEquals("", none.title());
    assertEquals(List.of("前三季度经济运行稳中向好", P1), texts(none));

    InputException e =
        assertThrows(
            InputException.class, () -> Article.parser().withTitleLine(true).parse("只有一个标题\n", "title-only.txt"));
    assertEquals("title-only.txt: no paragraphs after the title line", e.getMessage());
  }

  @Test
  void traditionalIsDetectedAndKept() {
    String text = "人工智慧與軟體產業正在快速發展。\n業界人士表示，這將為經濟帶來新的動能。";
    Article a = Article.parse(text, "tw.txt");
    assertEquals(Article.Variant.TRADITIONAL, a.variant());
    assertEquals("人工智慧與軟體產業正在快速發展。", a.paragraphs().get(0).text());
    assertEquals("業界人士表示，這將為經濟帶來新的動能。", a.paragraphs().get(1).text());
    assertEquals(List.of("業界人士表示，這將為經濟帶來新的動能。"),
        a.paragraphs().get(1).sentences().stream().map(Sentence::text).toList());
  }

  @Test
  void simplifiedWithAFewTraditionalLookingNamesStaysSimplified() {
    String text = "故宫博物院近日推出乾隆时期文物特展，展出文物三百余件。\n策展人表示，此次展览将持续到明年春节。";
    assertEquals(Article.Variant.SIMPLIFIED, Article.parse(text, "cn.txt").variant());
  }

  @Test
  void sentencesAreSplitWithOffsets() {
    Paragraph p = Article.parse(P2, "s.txt").paragraphs().get(0);
    assertEquals(2, p.sentences().size());
    Sentence second = p.sentences().get(1);
    assertEquals("业内人士表示：“下半年市场仍有较大增长空间。”", second.text());
    assertEquals(second.text(), p.text().substring(second.start(), second.end()));
    assertEquals(p.text().length(), second.end());
  }

  @Test
  void ofKeepsTheGivenParagraphs() {
    Article a = Article.of("gold-zh", List.of(P1, "　　" + P2 + "\n", P3));
    assertEquals(List.of(P1, P2, P3), texts(a));
    assertEquals("", a.title());
    InputException e = assertThrows(InputException.class, () -> Article.of("gold-zh", List.of(P1, "<br>", P3)));
    assertEquals("gold-zh: paragraph 2 is empty", e.getMessage());
  }

  @Test
  void emptyInput() {
    assertEquals("e1.txt: empty", rejects("", "e1.txt").getMessage());
    assertEquals("e2.txt: empty", rejects("  \r\n\u3000\u3000\r\n\t", "e2.txt").getMessage());
    assertEquals("e3.txt: empty", rejects("\uFEFF<p>&nbsp;</p>\u200B", "e3.txt").getMessage());
  }

  @Test
  void noChinese() {
    assertEquals(
        "en.txt: no Chinese text found: an article must be Chinese (it holds 9 English words against 0 Chinese characters; is it the English digest?)",
        rejects("The central bank cut rates on Tuesday.\n\nMarkets rallied.", "en.txt").getMessage());
  }

  @Test
  void binaryAndBadEncodings() {
    byte[] gbk = P1.getBytes(java.nio.charset.Charset.forName("GBK"));
    InputException e = assertThrows(InputException.class, () -> Article.parse(gbk, "gbk.txt"));
    assertEquals("gbk.txt: not valid UTF-8 text (byte offset 0)", e.getMessage());

    byte[] truncated = java.util.Arrays.copyOf("人工智能".getBytes(StandardCharsets.UTF_8), 11);
    e = assertThrows(InputException.class, () -> Article.parse(truncated, "cut.txt"));
    assertEquals("cut.txt: not valid UTF-8 text (byte offset 9)", e.getMessage());

    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    e = assertThrows(InputException.class, () -> Article.parse(png, "photo.png"));
    assertEquals("photo.png: not valid UTF-8 text (byte offset 0): looks like binary data", e.getMessage());

    byte[] nul = "中文\u0000内容".getBytes(StandardCharsets.UTF_8);
    e = assertThrows(InputException.class, () -> Article.parse(nul, "nul.txt"));
    assertEquals("nul.txt: not valid UTF-8 text (byte offset 6): looks like binary data", e.getMessage());

    byte[] utf16 = ("\uFEFF" + P1).getBytes(StandardCharsets.UTF_16LE);
    e = assertThrows(InputException.class, () -> Article.parse(utf16, "utf16.txt"));
    assertEquals("utf16.txt: not valid UTF-8 text (byte offset 0): looks like UTF-16, save it as UTF-8", e.getMessage());

    e = rejects("中\u0001\u0002\u0003\u0004\u0005\u0006文", "ctl.txt");
    assertEquals("ctl.txt: looks like binary data, not text (mostly control characters)", e.getMessage());
    e = rejects("中文\u0000", "nul-string");
    assertEquals("nul-string: looks like binary data, not text (NUL character at char offset 2)", e.getMessage());

    // one stray control character in real text is just removed
    assertEquals(List.of(P3), texts(Article.parse(P3.replace("投入", "投\u0007入"), "bell.txt")));
  }

  @Test
  void validBytesWithBom() {
    byte[] bytes = ("\uFEFF" + P1 + "\r\n" + P2).getBytes(StandardCharsets.UTF_8);
    assertEquals(List.of(P1, P2), texts(Article.parse(bytes, "bom.txt")));
  }

  @Test
  void hugeParagraph() {
    String huge = "长".repeat(1_000_001);
    InputException e = rejects(P1 + "\n" + huge, "huge.txt");
    assertEquals("huge.txt: paragraph 2 is over 1 MB", e.getMessage());
    // exactly 1,000,000 is still accepted
    assertEquals(1_000_000, Article.parse("长".repeat(1_000_000), "max.txt").paragraphs().get(0).text().length());
  }

  @Test
  void files(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("新闻稿.txt");
    Files.writeString(file, "前三季度经济运行稳中向好\r\n\r\n" + P1 + "\r\n\r\n" + P2 + "\r\n");
    Article a = Article.parse(file);
    assertEquals("新闻稿.txt", a.source());
    assertEquals("前三季度经济运行稳中向好", a.title());
    assertEquals(List.of(P1, P2), texts(a));

    Path missing = dir.resolve("missing.txt");
    InputException e = assertThrows(InputException.class, () -> Article.parse(missing));
    assertEquals("missing.txt: cannot read " + missing + ": no such file", e.getMessage());
    assertTrue(e.getCause() instanceof java.nio.file.NoSuchFileException);

    Path big = dir.resolve("big.txt");
    try (var raf = new java.io.RandomAccessFile(big.toFile(), "rw")) {
      raf.setLength(Inputs.MAX_FILE_BYTES + 1); // sparse: costs no disk
    }
    e = assertThrows(InputException.class, () -> Article.parse(big));
    assertEquals("big.txt: cannot read " + big + ": over 100 MB", e.getMessage());
  }
}
