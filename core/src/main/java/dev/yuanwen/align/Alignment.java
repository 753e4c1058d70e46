package dev.yuanwen.align;

import dev.yuanwen.document.Article;
import dev.yuanwen.document.Digest;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * The alignment of a digest to its article: for each point its sources, scores, evidence and
 * flags, and the paragraphs no point covers. Immutable.
 */
public final class Alignment {
  private final Article article;
  private final Digest digest;
  private final List<PointAlignment> points;
  private final List<Integer> uncovered;
  private final Verdict verdict;
  private final double support;
  private final List<Bead> beads;

  Alignment(Article article, Digest digest, List<PointAlignment> points, Verdict verdict, double support) {
    this(article, digest, points, verdict, support, List.of());
  }

  /** A translation's alignment: judged on the share of its points that found their paragraphs. */
  Alignment(Article article, Digest digest, List<PointAlignment> points, List<Bead> beads) {
    this(article, digest, points, parallelVerdict(points), parallelSupport(points), beads);
  }

  private static double parallelSupport(List<PointAlignment> points) {
    if (points.isEmpty()) {
      return 0;
    }
    long linked = points.stream().filter(PointAlignment::hasSource).count();
    return Math.round(1000.0 * linked / points.size()) / 1000.0;
  }

  private static Verdict parallelVerdict(List<PointAlignment> points) {
    double support = parallelSupport(points);
    return support >= Decoder.MATCHED ? Verdict.MATCHED
        : support >= Decoder.PARTLY ? Verdict.PARTLY_SUPPORTED : Verdict.UNRELATED;
  }

  Alignment(Article article, Digest digest, List<PointAlignment> points, Verdict verdict, double support,
      List<Bead> beads) {
    this.verdict = Objects.requireNonNull(verdict, "verdict");
    this.support = support;
    this.beads = List.copyOf(beads);
    this.article = Objects.requireNonNull(article, "article");
    this.digest = Objects.requireNonNull(digest, "digest");
    this.points = List.copyOf(points);
    BitSet covered = new BitSet();
    for (PointAlignment p : points) {
      p.links().forEach(l -> covered.set(l.paragraph()));
    }
    List<Integer> left = new ArrayList<>();
    for (int z = 0; z < article.paragraphs().size(); z++) {
      if (!covered.get(z)) {
        left.add(z);
      }
    }
    this.uncovered = List.copyOf(left);
  }

  public Article article() {
    return article;
  }

  public Digest digest() {
    return digest;
  }

  /** One entry per digest point, {@code points().get(i).index() == i}. */
  public List<PointAlignment> points() {
    return points;
  }

  /** The alignment of point {@code index}. */
  public PointAlignment point(int index) {
    return points.get(index);
  }

  /** Every link of every point, by point then paragraph. */
  public List<Link> links() {
    return points.stream().flatMap(p -> p.links().stream()).toList();
  }

  /** The indices of the points linked to paragraph {@code paragraph}, in digest order. */
  public List<Integer> pointsLinkedTo(int paragraph) {
    return points.stream()
        .filter(p -> p.links().stream().anyMatch(l -> l.paragraph() == paragraph))
        .map(PointAlignment::index)
        .toList();
  }

  /** Paragraphs of the article that no point links to, in article order. */
  public List<Integer> uncoveredParagraphs() {
    return uncovered;
  }

  /**
   * Whether the article is the digest's source, judged on {@link #support()}: {@link
   * Verdict#MATCHED} from half the body points on, {@link Verdict#UNRELATED} when (almost) none
   * rests on real evidence. An unrelated pair has no links on its leads, headings and conclusions.
   */
  public Verdict verdict() {
    return verdict;
  }

  /**
   * The share of the digest's body points (items, bullets, paragraphs; the lead and conclusion
   * when it has no other) whose links rest on real evidence: at least two independent term pairs,
   * or one name, Latin token or figure, never a lone one-character word. In [0, 1].
   */
  public double support() {
    return support;
  }

  /**
   * The beads of a translation aligned with {@link Aligner.Mode#PARALLEL}: consecutive paragraphs
   * and points that translate each other, in order, covering every paragraph and point exactly
   * once (a bead with one side empty is a unit left untranslated or added). Empty for a digest.
   */
  public List<Bead> beads() {
    return beads;
  }

  /** Whether the alignment is a translation's, made of {@link #beads()}. */
  public boolean isParallel() {
    return !beads.isEmpty();
  }

  /** Points without a source, in digest order. */
  public List<PointAlignment> unsupportedPoints() {
    return points.stream().filter(p -> !p.hasSource()).toList();
  }

  @Override
  public String toString() {
    return "Alignment[" + digest.source() + " -> " + article.source() + ", " + links().size() + " links]";
  }
}
