package dev.yuanwen.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yuanwen.eval.Evaluation;
import dev.yuanwen.document.GoldDocument;
import dev.yuanwen.document.GoldFiles;
import dev.yuanwen.eval.Metrics;
import dev.yuanwen.eval.Report;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end on the project corpus: every document written for the project, aligned and scored
 * against its hand-made gold links. The floors sit a little under what the aligner reaches, so a
 * change that costs accuracy fails here (README, "Figures", has the measured values).
 */
class CorpusAlignmentTest {
  private static List<GoldDocument> corpus;
  private static Report report;

  @BeforeAll
  static void alignTheCorpus() {
    corpus = GoldFiles.read(Path.of("..", "corpus"));
    report = Evaluation.of(Aligner.shared()).run(corpus);
  }

  @Test
  void theCorpusHasItsDocuments() {
    assertTrue(corpus.size() >= 13, "documents: " + corpus.size());
    assertTrue(corpus.stream().filter(d -> !d.unsupported().isEmpty()).count() >= 2);
    assertTrue(corpus.stream().filter(d -> !d.alteredNumbers().isEmpty()).count() >= 3);
  }

  @Test
  void linksAreMostlyRight() {
    Metrics m = report.overall();
    assertTrue(m.precision() >= 0.88, "precision " + m.precision());
    assertTrue(m.recall() >= 0.77, "recall " + m.recall());
    assertTrue(m.f1() >= 0.83, "f1 " + m.f1());
    assertTrue(m.top1() >= 0.95, "top1 " + m.top1());
  }

  @Test
  void everyDocumentIsAlignedReasonably() {
    for (Report.DocumentResult d : report.perDocument()) {
      assertTrue(d.metrics().f1() >= 0.65, d.id() + " f1 " + d.metrics().f1());
      assertTrue(d.metrics().top1() >= 0.85, d.id() + " top1 " + d.metrics().top1());
    }
  }

  @Test
  void pointsWithASourceKeepIt() {
    assertTrue(report.overall().noSourceFalseAlarms() <= 0.03, "no-source false alarms " + report.overall().noSourceFalseAlarms());
  }

  @Test
  void wrongFiguresAreCaughtAndHonestOnesPass() {
    Metrics m = report.overall();
    assertTrue(m.alteredCaught() >= 0.99, "altered caught " + m.alteredCaught());
    assertTrue(m.figureFalseAlarms() <= 0.06, "figure false alarms " + m.figureFalseAlarms());
  }

  @Test
  void figuresTheToolAltersAreCaught() {
    Metrics m = Evaluation.of(Aligner.shared()).withAlteredFigures(7).run(corpus).overall();
    assertTrue(m.alteredCaught() >= 0.85, "altered caught " + m.alteredCaught());
    assertTrue(m.figureFalseAlarms() <= 0.06, "figure false alarms " + m.figureFalseAlarms());
    assertEquals(report.overall().counts().goldLinks(), m.counts().goldLinks(), "altering figures keeps the gold links");
  }
}
