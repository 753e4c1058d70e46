package dev.yuanwen.eval;

/**
 * The predicted links whose stated confidence falls in {@code [low, high)} (the last bucket
 * includes 1), and how many of them are gold links: a calibrated aligner has {@link #accuracy()}
 * close to {@link #meanConfidence()}.
 *
 * @param low the bucket's lowest confidence
 * @param high the bucket's highest confidence (exclusive, but for 1)
 * @param links predicted links in the bucket
 * @param correct those that are gold links
 * @param confidenceSum the sum of their stated confidences
 */
public record ReliabilityBucket(double low, double high, int links, int correct, double confidenceSum) {

  /** Share of the bucket's links that are right, or null when it is empty. */
  public Double accuracy() {
    return links == 0 ? null : (double) correct / links;
  }

  /** The mean stated confidence of the bucket's links, or null when it is empty. */
  public Double meanConfidence() {
    return links == 0 ? null : confidenceSum / links;
  }

  ReliabilityBucket plus(boolean right, double confidence) {
    return new ReliabilityBucket(low, high, links + 1, correct + (right ? 1 : 0), confidenceSum + confidence);
  }
}
