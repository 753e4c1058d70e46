package dev.yuanwen.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reading web pages with jsoup changed nothing for plain text: every corpus article and digest
 * (corpus/ and corpus/heldout/) is not taken for a page, and cleans to exactly what the regex
 * cleaner gave before jsoup came in. The checksums below are SHA-256 (first 16 hex digits) of each
 * file's cleaned text, computed with the cleaner as it was at commit 6334051; a change to the cleaner
 * that changes plain text fails here on purpose: update the sums only for a change you mean.
 */
class PlainTextUnchangedTest {
  private static final Path CORPUS = Path.of("..", "corpus");

  private static final Map<String, String> EXPECTED = Map.ofEntries(
      Map.entry("anthropic-pause/article.zh.txt", "8ea48642078276f0"),
      Map.entry("anthropic-pause/digest.en.txt", "92e3da9889d69682"),
      Map.entry("black-myth-wukong-tourism/article.zh.txt", "e8b0baedb9a2165e"),
      Map.entry("black-myth-wukong-tourism/digest.en.txt", "c8152aec860cbd1e"),
      Map.entry("change6-far-side-samples/article.zh.txt", "1e0b9e2541444b5f"),
      Map.entry("change6-far-side-samples/digest.en.txt", "6901756e3a157598"),
      Map.entry("child-myopia-campaign/article.zh.txt", "4563cee9c770cccd"),
      Map.entry("child-myopia-campaign/digest.en.txt", "408b3aacb08def0a"),
      Map.entry("china-retail-sales-2025/article.zh.txt", "e8531115d515a27e"),
      Map.entry("china-retail-sales-2025/digest.en.txt", "56fbf7820552fe38"),
      Map.entry("delayed-retirement-reform/article.zh.txt", "8a5c04f25af9bc66"),
      Map.entry("delayed-retirement-reform/digest.en.txt", "7da682844f63cdf1"),
      Map.entry("guangdong-typhoon-season/article.zh.txt", "17bd7974aabc13cc"),
      Map.entry("guangdong-typhoon-season/digest.en.txt", "d61896cf9e07b200"),
      Map.entry("heldout/cr450-high-speed-rail/article.zh.txt", "f1f55b49d16097d4"),
      Map.entry("heldout/cr450-high-speed-rail/digest.en.txt", "91b1979bbf6e4283"),
      Map.entry("heldout/hk-subdivided-units/article.zh.txt", "3a7931b7495bfdf5"),
      Map.entry("heldout/hk-subdivided-units/digest.en.txt", "41f0341d51516a5d"),
      Map.entry("heldout/hpv-vaccine-programme/article.zh.txt", "8b4cb2d2406347f9"),
      Map.entry("heldout/hpv-vaccine-programme/digest.en.txt", "24ffb08330fa6968"),
      Map.entry("heldout/jiangsu-city-football-league/article.zh.txt", "9968ffd12beefe51"),
      Map.entry("heldout/jiangsu-city-football-league/digest.en.txt", "b249e7d0dbf9389c"),
      Map.entry("heldout/mengxiang-drillship/article.zh.txt", "ba4d34008bc28fe5"),
      Map.entry("heldout/mengxiang-drillship/digest.en.txt", "9fc8c996d83f5245"),
      Map.entry("heldout/ningbo-zhoushan-port/article.zh.txt", "ff797b5123cebf8d"),
      Map.entry("heldout/ningbo-zhoushan-port/digest.en.txt", "bc85c7389fbbdd3b"),
      Map.entry("heldout/rural-livestream-ecommerce/article.zh.txt", "abf9aed2f06d0c5f"),
      Map.entry("heldout/rural-livestream-ecommerce/digest.en.txt", "b2f484860b09bc3c"),
      Map.entry("heldout/taiwan-food-self-sufficiency/article.zh.txt", "53fb4309a3e5f415"),
      Map.entry("heldout/taiwan-food-self-sufficiency/digest.en.txt", "e6b5c5052b0b6ace"),
      Map.entry("hk-northern-metropolis/article.zh.txt", "796fcde9f848dd25"),
      Map.entry("hk-northern-metropolis/digest.en.txt", "49d6bd68e24e0dad"),
      Map.entry("marathon-boom-china/article.zh.txt", "185c89590c173564"),
      Map.entry("marathon-boom-china/digest.en.txt", "5bed203e780fd9b2"),
      Map.entry("solid-state-battery-race/article.zh.txt", "4a44f91ed502c8d3"),
      Map.entry("solid-state-battery-race/digest.en.txt", "061c3e94f149979c"),
      Map.entry("taiwan-long-term-care/article.zh.txt", "00e31a2b5174670e"),
      Map.entry("taiwan-long-term-care/digest.en.txt", "053ac6a74efb0a94"),
      Map.entry("tsmc-arizona-fabs/article.zh.txt", "5765373c3a2b8b7e"),
      Map.entry("tsmc-arizona-fabs/digest.en.txt", "4323a2bd95134316"),
      Map.entry("yangtze-fishing-ban/article.zh.txt", "43edf97a62f0b5a8"),
      Map.entry("yangtze-fishing-ban/digest.en.txt", "48ba7854ae36f6f3")
  );

  private static String sum(String s) throws NoSuchAlgorithmException {
    byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(d).substring(0, 16);
  }

  @Test
  void everyCorpusTextCleansAsBefore() throws IOException, NoSuchAlgorithmException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(CORPUS)) {
      files = s.filter(p -> p.getFileName().toString().matches("(article\\.zh|digest\\.en)\\.txt"))
          .sorted().toList();
    }
    Map<String, String> actual = new TreeMap<>();
    for (Path f : files) {
      String text = Files.readString(f);
      assertFalse(HtmlText.looksLikeHtml(text), f + " is taken for a web page");
      actual.put(CORPUS.relativize(f).toString().replace('\\', '/'), sum(TextCleaner.clean(text)));
    }
    StringBuilder listing = new StringBuilder();
    actual.forEach((k, v) -> listing.append("      Map.entry(\"").append(k).append("\", \"").append(v).append("\"),\n"));
    assertEquals(new TreeMap<>(EXPECTED), actual, "cleaned plain text changed; now:\n" + listing);
  }
}
