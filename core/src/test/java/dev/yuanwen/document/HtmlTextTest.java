package dev.yuanwen.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A saved news page of our own (src/test/resources/html/canteen.zh.html: head, meta, styles,
 * scripts, a site header with navigation and a search form, nested divs, a hidden advert, {@code
 * <br><br>} between paragraphs, named and numeric entities, a sidebar and a footer) reads as the same
 * article as its plain text (canteen.zh.txt).
 */
class HtmlTextTest {
  private static final Path DIR = Path.of("src", "test", "resources", "html");

  private static List<String> texts(Article a) {
    return a.paragraphs().stream().map(Paragraph::text).toList();
  }

  @Test
  void theSavedPageGivesTheArticlesParagraphsAndNothingElse() throws IOException {
    Article page = Article.parse(DIR.resolve("canteen.zh.html"));
    Article plain = Article.parse(DIR.resolve("canteen.zh.txt"));
    assertEquals("社区食堂走进老小区：一碗热饭背后的账本", page.title());
    assertEquals(plain.title(), page.title());
    assertEquals(texts(plain), texts(page));
    assertEquals(7, page.paragraphs().size());
    String all = String.join("\n", texts(page));
    for (String junk : List.of("<", ">", "&", "var x", "color", "dataLayer", "首页", "搜索", "JavaScript",
        "广告", "记者 林晓", "相关阅读", "版权所有", "分享到", "\u00A0", "\u3000")) {
      assertFalse(all.contains(junk), "the page's text holds " + junk + ":\n" + all);
    }
    // entities decoded: &frac12; &ldquo; &#x3001; &#31038;&#20132; &#8220;
    assertTrue(texts(page).get(3).contains("做好后½小时内"), texts(page).get(3));
    assertTrue(all.contains("“以青养老”") && all.contains("软烂、少盐") && all.contains("老人社交的场所")
        && all.contains("“一卡结算”"), all);
    // a line break in the source between two Chinese characters is nothing, as in a browser
    assertTrue(texts(page).get(0).contains("王阿姨端着餐盘说，两荤一素"), texts(page).get(0));
  }

  @Test
  void blockElementsAreParagraphsAndBrEndsALine() {
    String html = "<!doctype html><html><body><h2>小标题</h2><ul><li>第一项</li><li>第二项</li></ul>"
        + "<table><tr><td>甲单元格</td><td>乙单元格</td></tr></table>"
        + "<blockquote>引文一行<br>引文二行</blockquote><p>English words\n  stay apart, 中文\n  相连。</p>"
        + "<pre>保留\n  原样</pre></body></html>";
    assertEquals("小标题\n\n第一项\n\n第二项\n\n甲单元格\n\n乙单元格\n\n引文一行\n引文二行\n\n"
        + "English words stay apart, 中文相连。\n\n保留\n原样\n\n", TextCleaner.clean(html));
  }

  @Test
  void everyEntityIsDecodedAndEscapedMarkupStaysText() {
    String html = "<html><body><p>&frac12; &frac34; &alpha;&beta; &hearts; &rarr; &#x4e2d;&#25991; "
        + "&amp;lt;p&amp;gt; &lt;p&gt; AT&amp;T</p></body></html>";
    assertEquals("½ ¾ αβ ♥ → 中文 &lt;p&gt; <p> AT&T", TextCleaner.clean(html).strip());
  }

  @Test
  void onlyAWholePageIsReadAsHtml() {
    assertTrue(HtmlText.looksLikeHtml("<!DOCTYPE html><p>正文</p>"));
    assertTrue(HtmlText.looksLikeHtml("\uFEFF  <HTML lang=zh>"));
    assertTrue(HtmlText.looksLikeHtml("<body>\n正文"));
    // fragments and prose keep the plain-text path (tags we know stripped, a table of entities)
    assertFalse(HtmlText.looksLikeHtml("<p>第一段</p><P class=\"x\">第二段<br/>第三行</p>"));
    assertFalse(HtmlText.looksLikeHtml("网页里的 <script> 标签不会执行。"));
    assertFalse(HtmlText.looksLikeHtml("监管部门提醒企业注意<script>alert('zh')</script>数据安全风险。"));
    assertFalse(HtmlText.looksLikeHtml("a<b and <Claude> 3 < 5, <htmlish>, <bodyguard>"));
    assertFalse(HtmlText.looksLikeHtml("没有尖括号的普通文本"));
  }

  @Test
  void aPageWithoutChineseIsStillRejectedAsAnArticle() {
    String html = "<!DOCTYPE html><html><body><p>Only English here, in a page.</p></body></html>";
    var e = org.junit.jupiter.api.Assertions.assertThrows(dev.yuanwen.InputException.class,
        () -> Article.parse(html.getBytes(StandardCharsets.UTF_8), "page.html"));
    assertTrue(e.getMessage().startsWith("page.html: no Chinese text found"), e.getMessage());
  }

  @Test
  void aPageOfOnlyScriptsAndNavigationIsEmpty() throws IOException {
    String html = "<!DOCTYPE html><html><head><style>p{}</style></head><body><nav><a>首页</a></nav>"
        + "<script>var 中文 = 1;</script><footer>版权所有</footer></body></html>";
    var e = org.junit.jupiter.api.Assertions.assertThrows(dev.yuanwen.InputException.class,
        () -> Article.parse(html, "nav.html"));
    assertEquals("nav.html: empty", e.getMessage());
    assertTrue(Files.isRegularFile(DIR.resolve("canteen.en.txt")));
  }
}
