package dev.yuanwen.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A query's figures and the ways texts write them. */
class NumberFormsTest {
  private static NumberForms.Number only(String text) {
    List<NumberForms.Number> found = NumberForms.find(text);
    assertEquals(1, found.size(), text + ": " + found);
    return found.get(0);
  }

  /** Whether a Chinese form of {@code query} matches the index token {@code token}. */
  private static boolean zhMatches(String query, String token) {
    return only(query).zh().stream().anyMatch(f -> NumberForms.tokenHas(f, token));
  }

  private static boolean enHas(String query, String... stems) {
    return only(query).en().contains(List.of(stems));
  }

  @Test
  void threeHundredEightyBillionInEveryForm() {
    for (String q : List.of("三千八百亿", "3,800亿", "3800亿", "380 billion", "3.8千亿", "3800億", "三千八百億")) {
      assertTrue(zhMatches(q, "3800亿美元"), q);
      assertTrue(zhMatches(q, "三千八百亿元"), q);
      assertFalse(zhMatches(q, "380亿"), q + ": not a tenth of it");
      assertFalse(zhMatches(q, "38000亿"), q);
      assertTrue(enHas(q, "380", "billion"), q);
      assertTrue(enHas(q, "380bn"), q);
      assertFalse(enHas(q, "380"), q + ": 380 alone may be 380 million");
    }
  }

  @Test
  void halfAMillionAndFiftyWan() {
    for (String q : List.of("50万", "50萬", "五十万", "500,000", "500000", "half a million")) {
      assertTrue(zhMatches(q, "50萬人") || zhMatches(q, "50万人"), q);
      assertTrue(zhMatches(q, "五十万"), q);
      assertTrue(enHas(q, "500,000"), q);
      assertTrue(enHas(q, "half", "", "million"), q);
      assertFalse(zhMatches(q, "5000万"), q);
    }
  }

  @Test
  void percentagesInWordsAndFigures() {
    for (String q : List.of("百分之四十七", "47%", "47％")) {
      assertTrue(zhMatches(q, "47%"), q);
      assertTrue(zhMatches(q, "百分之四十七"), q);
      assertFalse(zhMatches(q, "470"), q);
      assertTrue(enHas(q, "47"), q); // the English analyzer keeps 47% as 47
    }
    assertTrue(zhMatches("百分之二十一点一", "21.1%"));
    assertTrue(zhMatches("21.1%", "百分之二十一点一"));
  }

  @Test
  void millionsAndYiFindEachOther() {
    assertTrue(zhMatches("297 million", "2.97亿"));
    assertTrue(enHas("2.97亿", "297", "million"));
    assertTrue(zhMatches("1.2 trillion", "1.2万亿元"));
    assertTrue(enHas("1.2万亿", "1.2", "trillion"));
    assertTrue(zhMatches("10 million", "1000万"));
  }

  @Test
  void digitsAsWrittenFindTheirUnits() {
    assertTrue(zhMatches("2035", "2035年"));
    assertTrue(zhMatches("3800", "3800亿美元"));
    assertFalse(zhMatches("3800", "38000"));
    assertTrue(zhMatches("二〇二六", "2026年"), "a year in numerals");
  }

  @Test
  void countsNamesAndMultiplesAreNotRewritten() {
    assertTrue(NumberForms.find("三年").isEmpty(), "a count in words stays a word");
    assertTrue(NumberForms.find("十倍").isEmpty());
    assertTrue(NumberForms.find("GPT-4o").isEmpty());
    assertTrue(NumberForms.find("COVID-19").isEmpty());
    assertTrue(NumberForms.find("长江 禁渔").isEmpty());
    assertEquals(NumberForms.MAX_NUMBERS, NumberForms.find("1万 2万 3万 4万 5万 6万 7万 8万 9万 10万 11万 12万 13万 14万 15万 16万 17万 18万").size());
  }

  @Test
  void chineseNumerals() {
    assertEquals("三千八百", NumberForms.numeral(BigDecimal.valueOf(3800)));
    assertEquals("四十七", NumberForms.numeral(BigDecimal.valueOf(47)));
    assertEquals("十五", NumberForms.numeral(BigDecimal.valueOf(15)));
    assertEquals("一百零五", NumberForms.numeral(BigDecimal.valueOf(105)));
    assertEquals("三点八", NumberForms.numeral(new BigDecimal("3.8")));
    assertEquals("十二万", NumberForms.numeral(BigDecimal.valueOf(120_000)));
    assertEquals("一万零五百", NumberForms.numeral(BigDecimal.valueOf(10_500)));
  }
}
