package dev.yuanwen.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yuanwen.document.GoldFiles;
import dev.yuanwen.document.GoldDocument;
import dev.yuanwen.eval.ConfidenceFit;
import dev.yuanwen.eval.ReliabilityBucket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped confidence weights are what {@code eval --fit-confidence corpus} fits, and the fit reads
 * the decoder's own features back from an alignment.
 */
class ConfidenceTest {
  private static final List<GoldDocument> CORPUS = GoldFiles.read(Path.of("..", "corpus"));

  @Test
  void theFitReadsBackTheFeaturesTheDecoderUsed() {
    int links = 0;
    for (GoldDocument doc : CORPUS) {
      Alignment a = Aligner.shared().align(doc.article(), doc.digest());
      for (PointAlignment p : a.points()) {
        for (Link l : p.links()) {
          // scores are rounded to four decimals in the alignment, hence the tolerance
          assertEquals(l.confidence(), ConfidenceFit.predict(Confidence.W, ConfidenceFit.features(p, l)), 2e-3,
              doc.id() + " point " + p.index() + " paragraph " + l.paragraph());
          links++;
        }
      }
    }
    assertTrue(links > 300, "links " + links);
  }

  @Test
  void theShippedWeightsAreTheCorpusFitAndCrossValidateWithinTheirBuckets() {
    ConfidenceFit.Result fit = ConfidenceFit.fitAndCheck(ConfidenceFit.samples(Aligner.shared(), CORPUS, 3));
    assertEquals(Confidence.W.length, fit.weights().length);
    for (int k = 0; k < Confidence.W.length; k++) {
      assertEquals(Confidence.W[k], fit.weights()[k], 0.01, ConfidenceFit.FEATURES.get(k));
    }
    // Links stated 0.9 or more are the bulk, and right as often as stated (cross-validated).
    ReliabilityBucket top = fit.crossValidated().get(9);
    assertTrue(top.links() > 1000, top.toString());
    assertEquals(top.meanConfidence(), top.accuracy(), 0.05, top.toString());
  }
}
