package dev.yuanwen.eval;

import dev.yuanwen.document.GoldFixtures;
import dev.yuanwen.document.GoldFiles;
import dev.yuanwen.document.GoldDocument;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yuanwen.align.Aligner;
import dev.yuanwen.document.GoldDocument.AlteredNumber;
import dev.yuanwen.document.GoldDocument.GoldLink;
import dev.yuanwen.eval.Scorer.PointPrediction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {
  private static final double EPS = 1e-12;

  /**
   * Five points, three paragraphs. Gold: p0-{0}, p1-{1,2}, p2-{1} (altered figure), p3-{2}, p4
   * unsupported. The field altered_numbers is present.
   */
  private static GoldDocument digest() {
    return new GoldDocument("gdp", GoldDocument.Kind.DIGEST, "tests", "", "", GoldFixtures.DIGEST_ZH, GoldFixtures.DIGEST_EN,
        List.of(new GoldLink(0, 0), new GoldLink(1, 1), new GoldLink(1, 2), new GoldLink(2, 1), new GoldLink(3, 2)),
        List.of(4), List.of(new AlteredNumber(2, "650万辆", "6.5 million")), "", true);
  }

  private static PointPrediction p(Set<Integer> paragraphs, int best, boolean flagged) {
    return new PointPrediction(paragraphs, best, flagged);
  }

  /**
   * p0 {0} best 0: 1 right, top1 hit. p1 {0,1} best 2: 1 of 2 right, top1 hit (2 is gold). p2 {0,1}
   * best 0, flagged: 1 of 2 right, top1 miss, altered caught. p3 {} best 1, flagged: left unlinked,
   * top1 miss, false alarm. p4 {2}: an unsupported point given a (wrong) link.
   */
  private static List<PointPrediction> digestPredictions() {
    return List.of(
        p(Set.of(0), 0, false),
        p(Set.of(0, 1), 2, false),
        p(Set.of(0, 1), 0, true),
        p(Set.of(), 1, true),
        p(Set.of(2), 2, false));
  }

  @Test
  void countsAndFiguresOfOneDigest() {
    Metrics.Counts c = Scorer.score(digest(), digestPredictions());
    assertEquals(new Metrics.Counts(1, 5, 5, 6, 3, 4, 2, 1, 1, 0, 1, 1, 3, 1, 0), c);
    Metrics m = Metrics.of(c.withMilliseconds(12));
    assertEquals(3.0 / 6, m.precision(), EPS);
    assertEquals(3.0 / 5, m.recall(), EPS);
    assertEquals(2 * 0.5 * 0.6 / (0.5 + 0.6), m.f1(), EPS); // = 6/11
    assertEquals(2.0 / 4, m.top1(), EPS);
    assertEquals(0.0, m.unsupported(), EPS);
    assertEquals(1.0 / 4, m.noSourceFalseAlarms(), EPS);
    assertEquals(1.0, m.alteredCaught(), EPS);
    assertEquals(1.0 / 3, m.figureFalseAlarms(), EPS);
    assertEquals(12.0, m.msPerDocument(), EPS);
    assertEquals(1, m.documents());
    assertEquals(5, m.points());
  }

  /** Two paragraphs translated one to one (the first has figures), no altered_numbers field. */
  private static GoldDocument parallel() {
    return new GoldDocument("rail", GoldDocument.Kind.PARALLEL, "tests", "", "",
        List.of("今年以来，全国铁路发送旅客31.2亿人次，同比增长12.5%。", "铁路部门表示，将继续增开夜间高铁列车。"),
        List.of("Since the start of the year, the railways have carried 3.12 billion passengers, up 12.5% year on year.",
            "The railway authorities said they would keep adding overnight high-speed trains."),
        List.of(new GoldLink(0, 0), new GoldLink(1, 1)), List.of(), List.of(), "", false);
  }

  @Test
  void nothingToCountIsNull() {
    Metrics m = Metrics.of(Scorer.score(parallel(), List.of(p(Set.of(), -1, true), p(Set.of(), -1, false))));
    assertNull(m.precision(), "no predicted link");
    assertEquals(0.0, m.recall(), EPS);
    assertEquals(0.0, m.f1(), EPS);
    assertEquals(0.0, m.top1(), EPS);
    assertNull(m.unsupported(), "every point has a gold link");
    assertEquals(1.0, m.noSourceFalseAlarms(), EPS);
    assertNull(m.alteredCaught(), "no altered_numbers field: the flag is not counted");
    assertNull(m.figureFalseAlarms());

    Metrics none = Metrics.of(Metrics.Counts.ZERO);
    assertEquals(0, none.documents());
    assertNull(none.precision());
    assertNull(none.recall());
    assertNull(none.f1());
    assertNull(none.top1());
    assertNull(none.msPerDocument());
  }

  @Test
  void emptyAlteredNumbersCountsFalseAlarmsOnly() {
    GoldDocument g = digest();
    GoldDocument noneAltered = new GoldDocument(g.id(), g.kind(), g.source(), "", "", g.zh(), g.en(), g.links(),
        g.unsupported(), List.of(), "", true);
    Metrics m = Metrics.of(Scorer.score(noneAltered, digestPredictions()));
    assertNull(m.alteredCaught());
    assertEquals(2.0 / 4, m.figureFalseAlarms(), EPS); // p2 and p3 flagged among the four linked points
  }

  @Test
  void perfectPredictions() {
    List<PointPrediction> right = List.of(
        p(Set.of(0), 0, false), p(Set.of(1, 2), 1, false), p(Set.of(1), 1, true), p(Set.of(2), 2, false), p(Set.of(), -1, false));
    Metrics m = Metrics.of(Scorer.score(digest(), right));
    for (Double x : List.of(m.precision(), m.recall(), m.f1(), m.top1(), m.unsupported(), m.alteredCaught())) {
      assertEquals(1.0, x, EPS);
    }
    assertEquals(0.0, m.noSourceFalseAlarms(), EPS);
    assertEquals(0.0, m.figureFalseAlarms(), EPS);
  }

  @Test
  void figuresAreMicroAveragedOverDocuments() {
    Metrics.Counts sum = Scorer.score(digest(), digestPredictions())
        .plus(Scorer.score(parallel(), List.of(p(Set.of(0), 0, false), p(Set.of(0), 0, false))));
    Metrics m = Metrics.of(sum);
    assertEquals(2, m.documents());
    assertEquals(7, m.points());
    assertEquals(4.0 / 8, m.precision(), EPS); // (3 + 1) / (6 + 2)
    assertEquals(4.0 / 7, m.recall(), EPS); // (3 + 1) / (5 + 2)
    assertEquals(8.0 / 15, m.f1(), EPS);
    assertEquals(3.0 / 6, m.top1(), EPS);
    assertEquals(1.0 / 3, m.figureFalseAlarms(), EPS); // the parallel document has no altered_numbers
  }

  @Test
  void runScoresEveryDocumentOverallAndByKind(@TempDir Path dir) {
    GoldDocument digest =
        GoldFiles.read(GoldFixtures.write(dir.resolve("gold.jsonl"), GoldFixtures.line(GoldFixtures.digestRecord("gdp")))).get(0);
    Report r = Evaluation.of(Aligner.shared()).run(List.of(digest, parallel()));
    assertEquals(2, r.overall().documents());
    assertEquals(7, r.overall().points());
    assertEquals(List.of(GoldDocument.Kind.DIGEST, GoldDocument.Kind.PARALLEL), new ArrayList<>(r.byKind().keySet()));
    assertEquals(List.of("gdp", "rail"), r.perDocument().stream().map(Report.DocumentResult::id).toList());
    Metrics.Counts d = r.byKind().get(GoldDocument.Kind.DIGEST).counts();
    Metrics.Counts p = r.byKind().get(GoldDocument.Kind.PARALLEL).counts();
    assertEquals(d.plus(p), r.overall().counts());
    assertEquals(5, d.goldLinks());
    assertEquals(1, d.unlinkedPoints());
    assertTrue(r.overall().msPerDocument() >= 0);
    for (Double x : List.of(r.overall().recall(), r.overall().top1(), r.overall().noSourceFalseAlarms())) {
      assertTrue(x >= 0 && x <= 1, String.valueOf(x));
    }

    Report onlyParallel = Evaluation.of(Aligner.shared()).run(List.of(parallel()));
    assertEquals(Set.of(GoldDocument.Kind.PARALLEL), onlyParallel.byKind().keySet());
    Report nothing = Evaluation.of(Aligner.shared()).run(List.of());
    assertEquals(0, nothing.overall().documents());
    assertTrue(nothing.byKind().isEmpty());
  }

  @Test
  void alteredFiguresMarkEveryLinkedPointWithADigitFigure() {
    GoldDocument g = digest();
    Report r = Evaluation.of(Aligner.shared()).withAlteredFigures(7).run(List.of(g, parallel()));
    // gdp: points 0 and 2 have figures (point 4 has none and no link); rail: point 0.
    assertEquals(3, r.overall().counts().alteredPoints());
    assertEquals(2, r.byKind().get(GoldDocument.Kind.DIGEST).counts().alteredPoints());
    assertEquals(1, r.byKind().get(GoldDocument.Kind.PARALLEL).counts().alteredPoints());
    assertEquals(3, r.overall().counts().otherPoints()); // gdp 1 and 3, rail 1
    assertEquals(Evaluation.alterFigures(List.of(g), 7), Evaluation.alterFigures(List.of(g), 7));
  }
}
