package dev.yuanwen.document;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small gold records written for the tests: a digest and a parallel translation. */
public final class GoldFixtures {
  public static final ObjectMapper JSON = new ObjectMapper();

  public static final List<String> DIGEST_ZH =
      List.of(
          "国家统计局10月18日发布数据显示，今年前三季度国内生产总值同比增长5.2%，比上半年加快0.2个百分点。",
          "其中，新能源汽车产量达到650万辆，同比增长33.7%，占汽车总产量的比重升至31.5%。",
          "分析人士认为，消费对经济增长的贡献率持续提升，但房地产投资仍在下降。");

  public static final List<String> DIGEST_EN =
      List.of(
          "China's GDP grew 5.2% year on year in the first three quarters, official data released on October 18 show.",
          "I. Where the Growth Came From",
          "1. New Energy Vehicles: Output reached 6.5 million units, up 33.7%, or 31.5% of all cars made.",
          "2. Consumption: Analysts say consumption contributes more and more to growth, while property investment falls.",
          "Experts expect the central bank to cut interest rates again in December.");

  /** A digest record: heading 1 links to its items' paragraphs, point 4 is unsupported. */
  public static ObjectNode digestRecord(String id) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", id);
    o.put("kind", "digest");
    o.put("source", "written for the yuanwen tests");
    o.put("title_zh", "前三季度经济数据发布");
    o.put("title_en", "Q1-Q3 Economic Data Released");
    DIGEST_ZH.forEach(o.putArray("zh")::add);
    DIGEST_EN.forEach(o.putArray("en")::add);
    ArrayNode links = o.putArray("links");
    for (int[] l : new int[][] {{0, 0}, {1, 1}, {1, 2}, {2, 1}, {3, 2}}) {
      links.addArray().add(l[0]).add(l[1]);
    }
    o.put("digest", "Economic Data\n\n" + String.join("\n\n", DIGEST_EN));
    o.putArray("unsupported").add(4);
    o.putArray("altered_numbers");
    o.put("reviewer", "an unknown field, ignored");
    return o;
  }

  /** A parallel record without the optional fields. */
  public static ObjectNode parallelRecord(String id) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", id);
    o.put("kind", "parallel");
    o.put("source", "written for the yuanwen tests");
    o.put("title_zh", "");
    o.put("title_en", "");
    o.putArray("zh").add("今年以来，全国铁路发送旅客31.2亿人次，同比增长12.5%。").add("铁路部门表示，将继续增开夜间高铁列车。");
    o.putArray("en")
        .add("Since the start of the year, the railways have carried 3.12 billion passengers, up 12.5% year on year.")
        .add("The railway authorities said they would keep adding overnight high-speed trains.");
    ArrayNode links = o.putArray("links");
    links.addArray().add(0).add(0);
    links.addArray().add(1).add(1);
    return o;
  }

  public static Path write(Path file, String... lines) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String line(ObjectNode o) {
    return o.toString();
  }

  private GoldFixtures() {}
}
