package dev.yuanwen.align;

import dev.yuanwen.document.Article;
import dev.yuanwen.document.Digest;

/** A short news article and its digest, written for the tests, with known sources per point. */
final class Samples {
  private Samples() {}

  static final String ARTICLE = String.join("\n\n",
      "国务院总理李强3日主持召开国务院常务会议，部署进一步扩大内需的政策措施。会议指出，今年前三季度国内生产总值同比增长5.2%，经济运行总体平稳。",
      "会议决定，安排1万亿元超长期特别国债，重点支持科技创新和重大基础设施建设。其中，用于消费品以旧换新的资金为3000亿元。",
      "据海关总署统计，前十个月我国出口总额达到9650亿美元。民营企业出口占比达到百分之四十七，继续保持第一大外贸经营主体地位。",
      "会议还提出，支持国产大模型研发和应用。目前国内企业发布的大模型已超过200个，部分企业的产品性能接近GPT-4o。",
      "北京大学经济学教授张明远表示，这些政策的力度超出市场预期，有望带动明年消费回暖。",
      "与此同时，房地产市场仍在调整。前十个月全国新建商品房销售面积同比下降8.6%。",
      "天气方面，本周冷空气南下，多地气温将下降十度左右，部分地区迎来今冬首场降雪。",
      "会议还研究了其他事项。");

  static final String DIGEST = String.join("\n\n",
      "新华社",
      "\"China's Cabinet Steps Up Support for Domestic Demand\"",
      "原文:国务院常务会议部署扩大内需",
      "Summary of Key Points",
      "Premier Li Qiang chaired a State Council executive meeting that set out new policies to expand domestic demand, backed by 1 trillion yuan of ultra-long special treasury bonds.",
      "I. Money for Growth",
      "1. Special Bonds: The meeting arranged 1 trillion yuan of ultra-long special treasury bonds for technological innovation and major infrastructure, with 300 billion yuan going to consumer trade-ins.",
      "2. Exports: Exports reached $965 billion in the first ten months, and private enterprises accounted for 47% of them.",
      "II. Risks and Reactions",
      "  • Property: The sales area of new commercial housing fell 8.6% year on year in the first ten months.",
      "  • Expert View: Zhang Mingyuan, an economics professor at Peking University, said the policies exceeded market expectations.",
      "In Conclusion: The meeting signals stronger support for consumption and technological innovation.");

  /** Point indices in {@link #DIGEST}. */
  static final int LEAD = 0;
  static final int HEADING_MONEY = 1;
  static final int BONDS = 2;
  static final int EXPORTS = 3;
  static final int HEADING_RISKS = 4;
  static final int PROPERTY = 5;
  static final int EXPERT = 6;

  static Article article() {
    return Article.parse(ARTICLE, "article.zh.txt");
  }

  static Digest digest() {
    return Digest.parse(DIGEST, "digest.en.txt");
  }

  static Digest digest(String from, String to) {
    if (!DIGEST.contains(from)) {
      throw new IllegalArgumentException("not in the sample digest: " + from);
    }
    return Digest.parse(DIGEST.replace(from, to), "digest.en.txt");
  }

  static Alignment align(Digest digest) {
    return Aligner.shared().align(article(), digest);
  }
}
