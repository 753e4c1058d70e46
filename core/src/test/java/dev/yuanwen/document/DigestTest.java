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

class DigestTest {

  private static void assertPoint(
      Point p, Point.Kind kind, String marker, String label, String text, int parent, int level) {
    String at = "point " + p.index() + " " + p.raw();
    assertEquals(kind, p.kind(), at);
    assertEquals(marker, p.marker(), at);
    assertEquals(label, p.label(), at);
    assertEquals(text, p.text(), at);
    assertEquals(parent, p.parentIndex(), at);
    assertEquals(level, p.level(), at);
  }

  private static InputException rejects(String text, String source) {
    return assertThrows(InputException.class, () -> Digest.parse(text, source));
  }

  @Test
  void conclusionTitleOnItsOwnLineOpensTheConclusion() {
    String text =
        """
        新华社

        "Rail Freight Hits a Record"

        原文:铁路货运量创新高

        Summary of Key Points

        China's railways carried a record 5.1 billion tonnes of freight last year.

        I. Where the Growth Came From

        1. Coal: Coal shipments rose 3%.

        **In Conclusion**

        Rail is taking freight from the roads, and the shift is set to continue.

        Officials expect another record this year.
        """;
    List<Point> points = Digest.parse(text, "d.txt").points();
    assertEquals(6, points.size());
    assertPoint(points.get(3), Point.Kind.HEADING, "", "In Conclusion", "In Conclusion", -1, 0);
    assertPoint(points.get(4), Point.Kind.CONCLUSION, "", "",
        "Rail is taking freight from the roads, and the shift is set to continue.", 3, 1);
    assertPoint(points.get(5), Point.Kind.CONCLUSION, "", "", "Officials expect another record this year.", 3, 1);
    assertEquals("**In Conclusion**", points.get(3).raw());
    assertEquals(Point.Kind.ITEM, points.get(2).kind(), "the section before is closed");
  }

  @Test
  void markdownDigest() {
    String md =
        """
        # Shenzhen Opens Its Skies to Delivery Drones

        Shenzhen has approved 120 new low-altitude delivery routes, and operators expect **daily orders to double** by the end of the year.

        ## Background

        - **Scale:** The city handled 600,000 drone deliveries last year, more than any other Chinese city.
        - **Rules:** Operators must file each flight path with the municipal transport bureau
          at least 24 hours in advance.

        ## What Operators Say

        1. **Meituan**: The company plans to add 30 routes in Nanshan district.
        2. SF Express said it would focus on medical supplies.

        ### Risks

        * Noise complaints from residents remain the main obstacle.

        **In conclusion**, the city is betting that clear rules will let the industry grow quickly.
        """;
    Digest d = Digest.parse(md, "drones.md");
    assertEquals("Shenzhen Opens Its Skies to Delivery Drones", d.titleEn());
    assertEquals("", d.outlet());
    assertEquals("", d.titleZh());
    List<Point> p = d.points();
    assertEquals(10, p.size(), p.toString());
    assertPoint(p.get(0), Point.Kind.LEAD, "", "",
        "Shenzhen has approved 120 new low-altitude delivery routes, and operators expect daily orders "
            + "to double by the end of the year.", -1, 0);
    assertTrue(p.get(0).raw().contains("**daily orders to double**"), "raw keeps the bold markers");
    assertPoint(p.get(1), Point.Kind.HEADING, "##", "Background", "Background", -1, 0);
    assertEquals("## Background", p.get(1).raw());
    assertPoint(p.get(2), Point.Kind.BULLET, "-", "Scale",
        "The city handled 600,000 drone deliveries last year, more than any other Chinese city.", 1, 1);
    assertPoint(p.get(3), Point.Kind.BULLET, "-", "Rules",
        "Operators must file each flight path with the municipal transport bureau at least 24 hours in advance.",
        1, 1);
    assertEquals(
        "- **Rules:** Operators must file each flight path with the municipal transport bureau at least 24 hours in advance.",
        p.get(3).raw());
    assertPoint(p.get(4), Point.Kind.HEADING, "##", "What Operators Say", "What Operators Say", -1, 0);
    assertPoint(p.get(5), Point.Kind.ITEM, "1.", "Meituan",
        "The company plans to add 30 routes in Nanshan district.", 4, 1);
    assertPoint(p.get(6), Point.Kind.ITEM, "2.", "",
        "SF Express said it would focus on medical supplies.", 4, 1);
    assertPoint(p.get(7), Point.Kind.HEADING, "###", "Risks", "Risks", 4, 1);
    assertPoint(p.get(8), Point.Kind.BULLET, "*", "",
        "Noise complaints from residents remain the main obstacle.", 7, 2);
    assertPoint(p.get(9), Point.Kind.CONCLUSION, "", "In conclusion",
        "the city is betting that clear rules will let the industry grow quickly.", -1, 0);
  }

  @Test
  void markdownWithSeveralTopHeadingsHasNoTitle() {
    Digest d =
        Digest.parse(
            "# Background\n\nThe port reopened on Monday.\n\n# Outlook\n\nTraffic should recover by June.\n",
            "two-sections.md");
    assertEquals("", d.titleEn());
    assertEquals(4, d.points().size());
    assertPoint(d.points().get(0), Point.Kind.HEADING, "#", "Background", "Background", -1, 0);
    assertPoint(d.points().get(1), Point.Kind.PARAGRAPH, "", "", "The port reopened on Monday.", 0, 1);
  }

  @Test
  void digestWithoutBlankLines() {
    String text =
        """
        新华社
        "Drought Hits Yangtze Hydropower"
        原文：长江流域旱情影响水电供应
        Summary of Key Points
        A severe drought along the Yangtze has cut hydropower output in Sichuan, forcing factories to pause for six days.
        I. Power Shortfall
        1. Output Falls: Hydropower generation in Sichuan dropped by half in August
        compared with the same period last year.
        2. Factories Idle: More than 1,000 companies were asked to halt production.
        II. Relief Measures
        The provincial government has started cloud seeding and is buying power from neighbouring grids.
        Officials said the measures would last until rainfall returns.
        III. Outlook
        (1) Forecasts: Meteorologists expect rain in early September.
        (2) Risks: Another heat wave could delay the recovery.
        Conclusion: The drought shows how much Sichuan depends on a single source of power.
        """;
    Digest d = Digest.parse(text, "drought.txt");
    assertEquals("新华社", d.outlet());
    assertEquals("Drought Hits Yangtze Hydropower", d.titleEn());
    assertEquals("长江流域旱情影响水电供应", d.titleZh());
    List<Point> p = d.points();
    assertEquals(11, p.size(), p.toString());
    assertEquals(Point.Kind.LEAD, p.get(0).kind());
    assertPoint(p.get(1), Point.Kind.HEADING, "I.", "Power Shortfall", "Power Shortfall", -1, 0);
    assertPoint(p.get(2), Point.Kind.ITEM, "1.", "Output Falls",
        "Hydropower generation in Sichuan dropped by half in August compared with the same period last year.",
        1, 1);
    assertEquals(
        "1. Output Falls: Hydropower generation in Sichuan dropped by half in August compared with the same period last year.",
        p.get(2).raw());
    assertPoint(p.get(3), Point.Kind.ITEM, "2.", "Factories Idle",
        "More than 1,000 companies were asked to halt production.", 1, 1);
    assertEquals(Point.Kind.HEADING, p.get(4).kind());
    // two sentences on two lines, each closed by a period: two paragraphs, not one
    assertPoint(p.get(5), Point.Kind.PARAGRAPH, "", "",
        "The provincial government has started cloud seeding and is buying power from neighbouring grids.", 4, 1);
    assertPoint(p.get(6), Point.Kind.PARAGRAPH, "", "",
        "Officials said the measures would last until rainfall returns.", 4, 1);
    assertPoint(p.get(8), Point.Kind.ITEM, "(1)", "Forecasts", "Meteorologists expect rain in early September.", 7, 1);
    assertPoint(p.get(9), Point.Kind.ITEM, "(2)", "Risks", "Another heat wave could delay the recovery.", 7, 1);
    assertPoint(p.get(10), Point.Kind.CONCLUSION, "", "Conclusion",
        "The drought shows how much Sichuan depends on a single source of power.", -1, 0);
  }

  @Test
  void englishOutletAndUnquotedTitle() {
    Digest d =
        Digest.parse(
            "Caixin Global\n\nChina Cuts Lending Rates Again\n\nThe central bank lowered its one-year rate by 10 basis points.\n\n"
                + "I. Why Now\n\nGrowth slowed to 4.5% in the first quarter.\n",
            "rates.txt");
    assertEquals("Caixin Global", d.outlet());
    assertEquals("China Cuts Lending Rates Again", d.titleEn());
    assertEquals(Point.Kind.LEAD, d.points().get(0).kind());
    assertEquals(3, d.points().size());
  }

  @Test
  void digestStartingWithItsLeadHasNoMetadata() {
    Digest d =
        Digest.parse(
            "Key Points\n\nMarkets rallied on Tuesday after the central bank cut rates.\n\nI. Background\n\n"
                + "• Timing: The cut came a week earlier than expected.\n",
            "no-header.txt");
    assertEquals("", d.outlet());
    assertEquals("", d.titleEn());
    List<Point> p = d.points();
    assertEquals(3, p.size(), p.toString());
    assertPoint(p.get(0), Point.Kind.LEAD, "", "",
        "Markets rallied on Tuesday after the central bank cut rates.", -1, 0);
    assertPoint(p.get(2), Point.Kind.BULLET, "•", "Timing", "The cut came a week earlier than expected.", 1, 1);
  }

  @Test
  void markersOfEveryKind() {
    Digest d =
        Digest.of(
            "markers",
            List.of(
                "XIV. Fourteen Sections Later",
                "IV) Parenthesis Style",
                "I. e. this line only looks like a heading.",
                "I think the plan will fail.",
                "XXI. Beyond Twenty Is Not Roman Here",
                "2) Key figure: 3.5% growth in exports",
                "3、Imports: down 2% from a year earlier",
                "· Prices: stable in most cities",
                "● Jobs: 1.2 million new positions",
                "– Wages: up 5%",
                "+ Savings: a record high",
                "1.5 million people visited the fair.",
                "**Conclusion:** The economy is stabilising."));
    List<Point> p = d.points();
    assertPoint(p.get(0), Point.Kind.HEADING, "XIV.", "Fourteen Sections Later", "Fourteen Sections Later", -1, 0);
    assertPoint(p.get(1), Point.Kind.HEADING, "IV)", "Parenthesis Style", "Parenthesis Style", -1, 0);
    assertEquals(Point.Kind.PARAGRAPH, p.get(2).kind());
    assertEquals(Point.Kind.PARAGRAPH, p.get(3).kind());
    assertEquals(Point.Kind.PARAGRAPH, p.get(4).kind());
    assertEquals(1, p.get(4).parentIndex());
    assertPoint(p.get(5), Point.Kind.ITEM, "2)", "Key figure", "3.5% growth in exports", 1, 1);
    assertPoint(p.get(6), Point.Kind.ITEM, "3、", "Imports", "down 2% from a year earlier", 1, 1);
    assertPoint(p.get(7), Point.Kind.BULLET, "·", "Prices", "stable in most cities", 1, 1);
    assertPoint(p.get(8), Point.Kind.BULLET, "●", "Jobs", "1.2 million new positions", 1, 1);
    assertPoint(p.get(9), Point.Kind.BULLET, "–", "Wages", "up 5%", 1, 1);
    assertPoint(p.get(10), Point.Kind.BULLET, "+", "Savings", "a record high", 1, 1);
    assertEquals(Point.Kind.PARAGRAPH, p.get(11).kind());
    assertPoint(p.get(12), Point.Kind.CONCLUSION, "", "Conclusion", "The economy is stabilising.", -1, 0);
    assertEquals("**Conclusion:** The economy is stabilising.", p.get(12).raw());
  }

  @Test
  void longSentenceAfterAnInitialIsNotAHeading() {
    List<Point> p =
        Digest.of(
                "initial",
                List.of(
                    "I. Moscow Responds",
                    "V. Putin said on Tuesday that Russia would answer any new sanctions with measures of its own,"
                        + " and that the talks planned for next month in Geneva could be cancelled as a result.",
                    "V. Outlook for the Talks"))
            .points();
    assertEquals(Point.Kind.PARAGRAPH, p.get(1).kind());
    assertEquals("", p.get(1).marker());
    assertEquals(0, p.get(1).parentIndex());
    assertEquals(Point.Kind.HEADING, p.get(2).kind());
  }

  @Test
  void summaryLabelAfterTheLeadIsNotAPoint() {
    List<Point> p =
        Digest.parse(
                "Exports rose 7% in May, beating forecasts.\n\nKey Points:\n\n"
                    + "• Chips: Semiconductor shipments doubled.\n• Cars: Electric vehicle exports rose 40%.\n",
                "exports.txt")
            .points();
    assertEquals(3, p.size(), p.toString());
    assertEquals(Point.Kind.LEAD, p.get(0).kind());
    assertEquals("Chips", p.get(1).label());
  }

  @Test
  void labelOnlyWhenThePartBeforeTheColonIsShort() {
    List<Point> p =
        Digest.of(
                "labels",
                List.of(
                    "1. The company said on Tuesday that it would cut prices by ten percent across all of its models: a move seen as a price war.",
                    "2. At 10:30 the market opened higher.",
                    "3. \"We will not stop: never,\" the minister said.",
                    "4. Why now? Analysts point to: rising costs.",
                    "5. Mr. Li of the U.S. Unit: sales rose.",
                    "6. Outlook:"))
            .points();
    assertEquals("", p.get(0).label());
    assertTrue(p.get(0).text().startsWith("The company said on Tuesday"));
    assertEquals("", p.get(1).label());
    assertEquals("At 10:30 the market opened higher.", p.get(1).text());
    assertEquals("", p.get(2).label());
    assertEquals("", p.get(3).label());
    assertEquals("Mr. Li of the U.S. Unit", p.get(4).label());
    assertEquals("sales rose.", p.get(4).text());
    assertEquals("", p.get(5).label(), "a label with nothing after it is the text");
    assertEquals("Outlook:", p.get(5).text());
    assertEquals(Point.Kind.ITEM, p.get(0).kind());
  }

  @Test
  void conclusionClosesTheLastSection() {
    List<Point> p =
        Digest.parse(
                "Lead text about the merger.\n\nI. Terms\n\nThe deal values the firm at $2 billion.\n\n"
                    + "In Conclusion: The merger still needs approval.\n\nRegulators will decide in May.\n",
                "merger.txt")
            .points();
    assertEquals(Point.Kind.CONCLUSION, p.get(3).kind());
    assertEquals(-1, p.get(3).parentIndex());
    assertEquals(Point.Kind.PARAGRAPH, p.get(4).kind());
    assertEquals(-1, p.get(4).parentIndex());
  }

  @Test
  void ofKeepsEveryPointAndRejectsEmptyOnes() {
    Digest d =
        Digest.of(
            "gold", List.of("The first point.", "A second opening paragraph.", "II. A Heading", "A paragraph under it."));
    assertEquals(4, d.points().size());
    assertEquals(Point.Kind.LEAD, d.points().get(0).kind());
    assertPoint(d.points().get(1), Point.Kind.PARAGRAPH, "", "", "A second opening paragraph.", -1, 0);
    assertEquals(2, d.points().get(3).parentIndex());
    InputException e =
        assertThrows(InputException.class, () -> Digest.of("gold", List.of("One.", " &nbsp; ", "Three.")));
    assertEquals("gold: point 2 is empty", e.getMessage());
  }

  @Test
  void emptyInput() {
    assertEquals("a.txt: empty", rejects("", "a.txt").getMessage());
    assertEquals("b.txt: empty", rejects(" \n\u3000\n\t\n", "b.txt").getMessage());
    assertEquals("c.txt: empty", rejects("\uFEFF<p></p>&nbsp;\u200B", "c.txt").getMessage());
  }

  @Test
  void noEnglish() {
    assertEquals(
        "zh.txt: no English text found",
        rejects("第一财经\n\n原文:央行再次降息\n\n央行宣布下调一年期贷款市场报价利率。", "zh.txt").getMessage());
    // Latin letters only in the header are not an English digest either
    assertEquals(
        "zh2.txt: no English text found",
        rejects("原文:Anthropic呼吁暂停AI\n\n业内人士认为这是营销策略。\n\n也有专家表示担忧。", "zh2.txt").getMessage());
  }

  @Test
  void onlyAHeader() {
    assertEquals(
        "title-only.txt: no points found (only a title and header lines)",
        rejects("第一财经\n\n\"Only A Title\"\n\n原文:只有标题\n\nSummary of Key Points\n", "title-only.txt")
            .getMessage());
  }

  @Test
  void invalidUtf8AndBinary() {
    byte[] latin1 = "Caf\u00e9 owners protest".getBytes(StandardCharsets.ISO_8859_1);
    InputException e = assertThrows(InputException.class, () -> Digest.parse(latin1, "cafe.txt"));
    assertEquals("cafe.txt: not valid UTF-8 text (byte offset 3)", e.getMessage());
    byte[] binary = {'P', 'K', 3, 4, 0, 0, 8, 0};
    e = assertThrows(InputException.class, () -> Digest.parse(binary, "digest.zip"));
    assertEquals("digest.zip: not valid UTF-8 text (byte offset 4): looks like binary data", e.getMessage());
  }

  @Test
  void hugePoint() {
    String huge = "Word ".repeat(200_001);
    InputException e = rejects("Lead.\n\nI. Heading\n\n" + huge, "huge.txt");
    assertEquals("huge.txt: point 3 is over 1 MB", e.getMessage());
  }

  @Test
  void unreadableFile(@TempDir Path dir) {
    Path missing = dir.resolve("missing-digest.txt");
    InputException e = assertThrows(InputException.class, () -> Digest.parse(missing));
    assertEquals("missing-digest.txt", e.source());
    assertEquals("missing-digest.txt: cannot read " + missing + ": no such file", e.getMessage());
    e = assertThrows(InputException.class, () -> Digest.parse(dir));
    assertTrue(e.getMessage().endsWith(": it is a directory"), e.getMessage());
  }

  @Test
  void readsAFileByName(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("d.txt");
    Files.writeString(file, "\uFEFFReuters\r\n\r\n\"Title Here\"\r\n\r\nThe lead &amp; more.\r\n");
    Digest d = Digest.parse(file);
    assertEquals("d.txt", d.source());
    assertEquals("Reuters", d.outlet());
    assertEquals("Title Here", d.titleEn());
    assertEquals("The lead & more.", d.points().get(0).raw());
  }
}
