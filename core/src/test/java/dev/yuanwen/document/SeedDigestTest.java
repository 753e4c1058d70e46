package dev.yuanwen.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The user's example digest (the seed), point by point. */
class SeedDigestTest {
  private record Row(Point.Kind kind, String marker, String label, int parent, String raw) {}

  private static Row row(Point.Kind kind, String marker, String label, int parent, String raw) {
    return new Row(kind, marker, label, parent, raw);
  }

  private static final List<Row> EXPECTED =
      List.of(
          row(Point.Kind.LEAD, "", "", -1,
              "Anthropic, the renowned AI company behind the Claude model, recently issued a "
              + "call for a slowdown or pause in the development of cutting-edge AI technologies. "
              + "The reason given is that AI is approaching a critical point where it will be "
              + "capable of upgrading itself, raising concerns about potential uncontrollability "
              + "and subsequent social unrest. However, this appeal has been widely questioned as "
              + "a marketing tactic before its IPO (to boost valuation and gain a competitive "
              + "advantage in regulation). While there are indeed AI security risks, such as code "
              + "vulnerabilities and signs of self-evolution, a global halt to research and "
              + "development is almost impossible. Companies must find a balance between their "
              + "commercial ambitions and their responsibility for ensuring AI safety."),
          row(Point.Kind.HEADING, "I.", "The Core Concern Raised by Anthropic: Fear of AI Becoming Uncontrollable", -1,
              "I. The Core Concern Raised by Anthropic: Fear of AI Becoming Uncontrollable"),
          row(Point.Kind.PARAGRAPH, "", "", 1,
              "What does Anthropic mean by \"recursive self-improvement\"? Simply put, it means "
              + "that AI could design the next generation of more powerful versions of itself "
              + "without human intervention. For example, while Claude can already write code, if "
              + "it were able to optimize its algorithms and improve its model on its own, and "
              + "perhaps even create an AI that is ten times smarter than itself with no human "
              + "oversight, that could lead to significant problems—perhaps an AI with goals that "
              + "conflict with human values (for instance, seeing humans as obstacles for "
              + "efficiency). Therefore, Anthropic suggests slowing down the pace of development "
              + "to allow social norms and values to keep up with technological progress."),
          row(Point.Kind.HEADING, "II.", "Why Do Many Consider This a Marketing Strategy?", -1,
              "II. Why Do Many Consider This a Marketing Strategy?"),
          row(Point.Kind.ITEM, "1.", "Timing is Coincidental", 3,
              "1. Timing is Coincidental: Anthropic has just raised substantial funding and is "
              + "about to go public. Calling for a pause at this time is like telling students "
              + "not to study before an exam—although they might be secretly preparing on their "
              + "own, it gives the impression of responsibility."),
          row(Point.Kind.ITEM, "2.", "The Authors Are Not from the Technical Team", 3,
              "2. The Authors Are Not from the Technical Team: The main authors of the article "
              + "are policy executives (former technology journalists) and security strategy "
              + "researchers, not technical experts, making the document more akin to a public "
              + "relations piece than a serious report."),
          row(Point.Kind.ITEM, "3.", "The Example Is Unconvincing", 3,
              "3. The Example Is Unconvincing: A security researcher pointed out that just "
              + "because a car factory's robotic arms can assemble cars ten times faster does not "
              + "mean they can design new cars on their own. Anthropic’s claim that AI can "
              + "\"conduct its own research\" is similar to a car company claiming its robotic arms "
              + "can invent new vehicles, purely to inflate its valuation and make investors "
              + "believe it has the most advanced technology."),
          row(Point.Kind.ITEM, "4.", "Fear-Marketing", 3,
              "4. Fear-Marketing: A former Wall Street analyst suggested that Anthropics is "
              + "using the fear of AI becoming uncontrollable to attract attention and gain a "
              + "competitive advantage in regulation before its IPO; if regulators listen to "
              + "them, they could set the rules in their favor."),
          row(Point.Kind.HEADING, "III.", "AI Security Risks Are Real, but a Complete Stop Is Not Necessary", -1,
              "III. AI Security Risks Are Real, but a Complete Stop Is Not Necessary"),
          row(Point.Kind.PARAGRAPH, "", "", 8,
              "Despite the marketing elements, AI security issues are indeed a concern:"),
          row(Point.Kind.BULLET, "•", "Frequent Vulnerabilities", 8,
              "• Frequent Vulnerabilities: Claude’s code tools have had multiple "
              + "vulnerabilities (such as bypassing security sandboxes and leaking user data). "
              + "Moreover, as AI generates more code, the total number of vulnerabilities "
              + "increases, even if the probability of individual vulnerabilities decreases."),
          row(Point.Kind.BULLET, "•", "Signs of Self-Evolution", 8,
              "• Signs of Self-Evolution: Professors from Fudan University and Tencent have "
              + "mentioned that AI is already participating in its own development (e.g., helping "
              + "to optimize models), and this role will only grow in the future."),
          row(Point.Kind.BULLET, "•", "Spread of Potentially Dangerous Tools", 8,
              "• Spread of Potentially Dangerous Tools: Experts warn that AI tools with the "
              + "power of \"nuclear weapons\" could fall into the wrong hands, leading to potential "
              + "threats such as cyberattacks and fraud. However, experts agree that a complete "
              + "halt to research and development is not necessary; instead, efforts should focus "
              + "on enhancing security measures (such as fixing vulnerabilities and regulating "
              + "usage)."),
          row(Point.Kind.HEADING, "IV.", "Is a Global Pause in AI Development Feasible?", -1,
              "IV. Is a Global Pause in AI Development Feasible?"),
          row(Point.Kind.PARAGRAPH, "", "", 13,
              "Anthropic itself acknowledges that a global pause would require consensus from "
              + "leading laboratories around the world and a mechanism for mutual supervision, "
              + "which is extremely difficult to achieve:"),
          row(Point.Kind.BULLET, "•", "Economic Interests", 13,
              "• Economic Interests: AI can significantly increase productivity; if one company "
              + "stops developing AI, it will suffer economic losses."),
          row(Point.Kind.BULLET, "•", "National Security", 13,
              "• National Security: Major powers do not want to fall behind in AI development "
              + "(similar to nuclear technology, where no country wants to be the first to stop). "
              + "As Rob Endler, an American analyst, stated, \"The economic and security benefits "
              + "are too significant for anyone to voluntarily slow down.\""),
          row(Point.Kind.HEADING, "V.", "The Dilemma of Commercial Ambition and Safety Responsibility: The Dual Role of Companies", -1,
              "V. The Dilemma of Commercial Ambition and Safety Responsibility: The Dual Role "
              + "of Companies"),
          row(Point.Kind.PARAGRAPH, "", "", 17,
              "Large AI companies act as both \"athletes\" (focusing on development for profit) "
              + "and \"sentinels\" (raising awareness of safety risks). It is hard to distinguish "
              + "between genuine concerns and strategic moves driven by capital. One thing is "
              + "clear, however: AI security is a problem that affects the entire industry. "
              + "Companies must not only develop technology but also address security "
              + "vulnerabilities to prevent potentially dangerous tools from falling into the "
              + "wrong hands."),
          row(Point.Kind.CONCLUSION, "", "In Conclusion", -1,
              "In Conclusion: Anthropic’s appeal is partly a marketing strategy and partly a "
              + "reflection of concerns about the future. While AI security risks are real, a "
              + "complete halt in research and development is unfeasible. The industry needs to "
              + "\"fasten its seat belts while driving\" rather than waiting for everything to come "
              + "to a stop before taking action."));

  static Path seed() throws URISyntaxException {
    return Path.of(SeedDigestTest.class.getResource("anthropic-pause-digest.txt").toURI());
  }

  @Test
  void metadata() throws Exception {
    Digest d = Digest.parse(seed());
    assertEquals("anthropic-pause-digest.txt", d.source());
    assertEquals("第一财经", d.outlet());
    assertEquals(
        "Anthropic Calls for a 'Pause on AI' Goes Viral: A Sincere Warning or Just Marketing Hype?",
        d.titleEn());
    assertEquals("Anthropic呼吁“暂停AI”刷屏,真心示警还是炒作营销?", d.titleZh());
  }

  @Test
  void allTwentyPointsInOrder() throws Exception {
    List<Point> points = Digest.parse(seed()).points();
    assertEquals(EXPECTED.size(), points.size(), "point count");
    for (int i = 0; i < EXPECTED.size(); i++) {
      Row want = EXPECTED.get(i);
      Point got = points.get(i);
      String at = "point " + i;
      assertEquals(i, got.index(), at);
      assertEquals(want.kind(), got.kind(), at);
      assertEquals(want.marker(), got.marker(), at);
      assertEquals(want.label(), got.label(), at);
      assertEquals(want.parent(), got.parentIndex(), at);
      assertEquals(want.raw(), got.raw(), at);
      assertEquals(want.parent() < 0 ? 0 : 1, got.level(), at);
    }
  }

  @Test
  void textDropsMarkerAndLabel() throws Exception {
    Digest d = Digest.parse(seed());
    List<Point> p = d.points();
    assertEquals(p.get(0).raw(), p.get(0).text());
    assertEquals(p.get(1).label(), p.get(1).text());
    assertTrue(p.get(4).text().startsWith("Anthropic has just raised substantial funding"), p.get(4).text());
    assertTrue(p.get(10).text().startsWith("Claude’s code tools have had"), p.get(10).text());
    assertTrue(p.get(19).text().startsWith("Anthropic’s appeal is partly"), p.get(19).text());
    assertEquals(p.get(9).raw(), p.get(9).text());
    assertEquals("", p.get(9).label());
    assertEquals(p.get(8), d.parent(p.get(10)).orElseThrow());
    assertFalse(d.parent(p.get(19)).isPresent());
  }

  @Test
  void bytesStringAndFileAgree() throws Exception {
    byte[] bytes = java.nio.file.Files.readAllBytes(seed());
    Digest fromBytes = Digest.parse(bytes, "seed");
    Digest fromString = Digest.parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), "seed");
    assertEquals(Digest.parse(seed()).points(), fromBytes.points());
    assertEquals(fromBytes.points(), fromString.points());
    assertEquals("seed", fromBytes.source());
  }
}
