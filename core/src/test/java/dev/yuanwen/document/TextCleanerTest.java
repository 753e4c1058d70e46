package dev.yuanwen.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

  @Test
  void lineEndingsAndBlankLines() {
    assertEquals("甲\n\n乙\n丙", TextCleaner.clean("\uFEFF甲\r\n\r\n乙\r丙"));
    assertEquals("甲\n\n乙", TextCleaner.clean("甲\u2029乙"));
  }

  @Test
  void fullWidthSpaceAndNbspBetweenChineseGo() {
    assertEquals("人工智能发展迅速", TextCleaner.clean("\u3000\u3000人工智能\u3000发展\u00A0迅速\u3000"));
    // between English words they are word breaks
    assertEquals("Claude 模型 and GPT models", TextCleaner.clean("Claude\u3000模型\u00A0and\u3000GPT  models"));
    // an ASCII space between Chinese characters is the writer's: kept
    assertEquals("中国 人民", TextCleaner.clean("中国 \t 人民"));
  }

  @Test
  void invisibleCharactersGo() {
    assertEquals("零宽字符测试", TextCleaner.clean("零\u200B宽\u200C字\u200D符\u2060测\uFEFF试\u00AD"));
    assertEquals("响铃", TextCleaner.clean("响\u0007铃"));
  }

  @Test
  void entities() {
    assertEquals("中 ‘引号’ “双引号” — – … · < > & \" '",
        TextCleaner.clean("&#x4e2d; &lsquo;引号&rsquo; &ldquo;双引号&rdquo; &mdash; &ndash; &hellip; &middot; &lt; &gt; &amp; &quot; &apos;"));
    assertEquals("中文", TextCleaner.clean("&#20013;&#25991;"));
    // not text, or not an entity: left as written
    assertEquals("&#0; &#xD800; &bogus; & AT&T", TextCleaner.clean("&#0; &#xD800; &bogus; & AT&T"));
    // one pass only, as a browser would
    assertEquals("&nbsp;", TextCleaner.clean("&amp;nbsp;"));
    assertEquals("甲乙", TextCleaner.clean("甲&NBSP;乙"));
  }

  @Test
  void tags() {
    assertEquals("第一段\n\n\n\n第二段\n第三行", TextCleaner.clean("<p>第一段</p><P class=\"x\">第二段<br/>第三行</p>").strip());
    assertEquals("加粗和链接", TextCleaner.clean("<b>加粗</b>和<a href=\"https://example.com\">链接</a><!-- 注释 -->"));
    // not markup: kept
    assertEquals("a<b and <Claude> 3 < 5", TextCleaner.clean("a<b and <Claude> 3 < 5"));
  }
}
