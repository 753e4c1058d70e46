package dev.yuanwen.align;

import dev.yuanwen.document.Paragraph;
import dev.yuanwen.document.Point;
import dev.yuanwen.document.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns scores into links and flags. Items, bullets and paragraphs take their best paragraph and
 * the near ties, plus the best paragraph of each of their sentences (a point that merges two
 * paragraphs); a heading takes what its section's points take; the lead and conclusion take every
 * paragraph they restate. A digest without structure whose points match the paragraphs in number
 * is a translation, decoded as one monotonic path.
 */
final class Decoder {
  /** Below this best score a point has no source. */
  static final double NO_SOURCE = 0.22;
  /**
   * A point that matches its best paragraph weakly and says much the article has nowhere (half its
   * weight in words no paragraph matches) is an invented point, not a paraphrase.
   */
  private static final double NO_SOURCE_IF_NOVEL = 0.28;
  private static final double NOVEL = 0.5;
  /** A paragraph this close to the best one is linked too, per kind of point. */
  private static final double NEAR_TIE = 0.7;
  private static final double NEAR_TIE_SUMMARY = 0.55;
  /** An English sentence's own best paragraph is linked when it matches this much of it. */
  private static final double SENTENCE_LINK = 0.3;
  /** A sentence's best paragraph must also rank this close to the point's best. */
  private static final double SENTENCE_RANK = 0.45;
  /** How much a conclusion's ranking leans toward the article's end: x0.7 first, x1.3 last. */
  private static final double CONCLUSION_POSITION = 0.6;
  /** A lead or conclusion restates more loosely: its sentences' best paragraphs may rank lower. */
  private static final double SUMMARY_SENTENCE_RANK = 0.2;
  /** Share of points whose best paragraph lies on the diagonal for a flat digest to be a translation. */
  private static final double TRANSLATION_ON_DIAGONAL = 0.6;
  /** How much a heading's own words count against its section's points in its ranking. */
  private static final double OWN_HEADING_SHARE = 0.6;
  /** A sentence of a lead or conclusion links its best paragraph from this score. */
  private static final double SUMMARY_SENTENCE_LINK = 0.25;
  /** A lead takes the links of a body point it restates this share of (by the point's weight). */
  private static final double RESTATED = 0.2;
  /** A paragraph that has the point's figure or name joins the links when it scores this share of the best. */
  private static final double FACT_LINK = 0.5;

  private final Scoring s;
  private final int n;
  /**
   * Per point, what ranks its paragraphs: the scoring's rank; for a conclusion leaning toward the
   * article's end; for a heading the best of its section's points, or its own words' at a discount.
   */
  private final double[][] rows;

  Decoder(Scoring scoring) {
    this.s = scoring;
    this.n = scoring.paragraphs();
    List<Point> points = s.digest.points();
    rows = new double[points.size()][];
    for (int i = 0; i < points.size(); i++) {
      rows[i] = s.rank[i].clone();
      if (points.get(i).kind() == Point.Kind.CONCLUSION && n > 1) {
        // A conclusion tends to restate how the article ends: later paragraphs rank a little higher.
        for (int z = 0; z < n; z++) {
          rows[i][z] *= 1 - CONCLUSION_POSITION / 2 + CONCLUSION_POSITION * z / (n - 1.0);
        }
      }
    }
    // A heading's few words are a weak guide: its section's points rank its paragraphs.
    double[][] sections = new double[points.size()][];
    for (int i = points.size() - 1; i >= 0; i--) {
      int parent = points.get(i).parentIndex();
      if (parent >= 0) {
        if (sections[parent] == null) {
          sections[parent] = new double[n];
        }
        for (int z = 0; z < n; z++) {
          sections[parent][z] = Math.max(sections[parent][z], rows[i][z]);
        }
      }
      if (sections[i] != null) {
        for (int z = 0; z < n; z++) {
          rows[i][z] = Math.max(sections[i][z], OWN_HEADING_SHARE * rows[i][z]);
        }
      }
    }
  }

  Alignment decode() {
    List<Point> points = s.digest.points();
    List<TreeSet<Integer>> chosen = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      chosen.add(new TreeSet<>());
    }
    if (isTranslation(points)) {
      monotonicPath(chosen);
    } else {
      for (Point p : points) {
        if (p.kind() != Point.Kind.HEADING) {
          chosen.get(p.index()).addAll(ownLinks(p));
        }
      }
      int lastCovered = -1; // the last paragraph the body's points link: past it, the article's own ending
      for (Point p : points) {
        if (p.kind() == Point.Kind.ITEM || p.kind() == Point.Kind.BULLET || p.kind() == Point.Kind.PARAGRAPH) {
          lastCovered = Math.max(lastCovered, chosen.get(p.index()).isEmpty() ? -1 : chosen.get(p.index()).last());
        }
      }
      final int ending = lastCovered;
      for (Point p : points) {
        if (p.kind() == Point.Kind.LEAD && !chosen.get(p.index()).isEmpty()) {
          chosen.get(p.index()).addAll(restatedLinks(p, chosen));
        }
        // A conclusion that best matches the article's own ending, which no body point restates,
        // restates that ending: its other links are the loose overlaps of a summary.
        if (p.kind() == Point.Kind.CONCLUSION && ending >= 0 && argmax(rows[p.index()]) > ending) {
          chosen.get(p.index()).removeIf(z -> z <= ending);
        }
      }
      // Deepest headings first, so a heading over headings sees its subsections' links.
      for (int i = points.size() - 1; i >= 0; i--) {
        Point p = points.get(i);
        if (p.kind() == Point.Kind.HEADING) {
          chosen.get(i).addAll(headingLinks(p, chosen));
        }
      }
    }
    PointAlignment[] out = new PointAlignment[points.size()];
    for (Point p : points) {
      if (p.kind() != Point.Kind.HEADING) {
        out[p.index()] = pointAlignment(p, chosen.get(p.index()), out);
      }
    }
    for (int i = points.size() - 1; i >= 0; i--) {
      if (out[i] == null) {
        out[i] = pointAlignment(points.get(i), chosen.get(i), out);
      }
    }
    double support = support(out);
    Verdict verdict = support >= MATCHED ? Verdict.MATCHED : support >= PARTLY ? Verdict.PARTLY_SUPPORTED : Verdict.UNRELATED;
    if (verdict == Verdict.UNRELATED) {
      // Nothing the digest says rests on the article: what links remain are chance overlaps.
      for (int i = 0; i < out.length; i++) {
        if (out[i].hasSource()) {
          out[i] = new PointAlignment(out[i].point(), out[i].ranking(), List.of(), EnumSet.of(Flag.NO_SOURCE),
              List.of(), List.of());
        }
      }
    }
    return new Alignment(s.article.article, s.digest, List.of(out), verdict, round(support));
  }

  /** From this share of body points resting on evidence a pair is matched ... */
  static final double MATCHED = 0.5;
  /** ... and below this one unrelated. */
  static final double PARTLY = 0.15;

  /** The share of body points (else leads and conclusions, else every point) with a link on real evidence. */
  /** An article of fewer paragraphs gives its terms little weight: see {@link #restsOnEvidence}. */
  private static final int FEW_PARAGRAPHS = 5;

  private double support(PointAlignment[] out) {
    for (Set<Point.Kind> body : List.of(EnumSet.of(Point.Kind.ITEM, Point.Kind.BULLET, Point.Kind.PARAGRAPH),
        EnumSet.of(Point.Kind.LEAD, Point.Kind.CONCLUSION), EnumSet.allOf(Point.Kind.class))) {
      int points = 0;
      int supported = 0;
      for (PointAlignment p : out) {
        if (body.contains(p.point().kind())) {
          points++;
          supported += p.links().stream().anyMatch(this::restsOnEvidence) ? 1 : 0;
        }
      }
      if (points > 0) {
        return (double) supported / points;
      }
    }
    return 0;
  }

  /**
   * Whether a link rests on real evidence: a score of at least half {@link #NO_SOURCE}, and a name,
   * Latin token or transliteration, or two pairs
   * that are not a lone one-character dictionary word (和 = and, 两 = 2.0 prove nothing).
   */
  private boolean restsOnEvidence(Link link) {
    // In an article of a few paragraphs every term is in most of them and scores are low: there
    // the evidence alone counts.
    if (link.score() < NO_SOURCE / 2 && n >= FEW_PARAGRAPHS) {
      return false; // a near tie of a long point, or a summary's loose restatement: not proof on its own
    }
    Set<String> pairs = new java.util.HashSet<>(); // 禁渔 = fishing and 禁渔 = ban are one pair
    for (Evidence e : link.evidence()) {
      boolean lone = e.chinese().codePointCount(0, e.chinese().length()) < 2;
      if (lone && (e.kind() == Evidence.Kind.DICTIONARY || e.kind() == Evidence.Kind.USER || e.kind() == Evidence.Kind.NUMBER)) {
        continue;
      }
      if (e.kind() == Evidence.Kind.NAME || e.kind() == Evidence.Kind.LATIN || e.kind() == Evidence.Kind.TRANSLITERATION) {
        return true;
      }
      pairs.add(e.chinese());
    }
    return pairs.size() >= 2;
  }

  private boolean isTranslation(List<Point> points) {
    for (Point p : points) {
      if (p.kind() == Point.Kind.HEADING || p.kind() == Point.Kind.ITEM || p.kind() == Point.Kind.BULLET) {
        return false;
      }
    }
    if (points.size() < 0.8 * n || points.size() > 1.25 * n || points.size() < 2) {
      return false;
    }
    // A flat summary that happens to match the article in length reorders and merges: a
    // translation's points find their best paragraph near the diagonal.
    int near = 0;
    for (Point p : points) {
      int best = argmax(s.score[p.index()]);
      double diagonal = p.index() * (n - 1.0) / Math.max(1, points.size() - 1);
      near += best >= 0 && Math.abs(best - diagonal) <= 1.5 ? 1 : 0;
    }
    return near >= TRANSLATION_ON_DIAGONAL * points.size();
  }

  /** Highest-scoring monotonic one-to-one path; pairs that match nothing stay unlinked. */
  private void monotonicPath(List<TreeSet<Integer>> chosen) {
    int m = chosen.size();
    double[][] best = new double[m + 1][n + 1];
    for (int i = 1; i <= m; i++) {
      for (int z = 1; z <= n; z++) {
        best[i][z] = Math.max(best[i - 1][z - 1] + s.score[i - 1][z - 1], Math.max(best[i - 1][z], best[i][z - 1]));
      }
    }
    for (int i = m, z = n; i > 0 && z > 0; ) {
      double here = best[i][z];
      if (here == best[i - 1][z]) {
        i--;
      } else if (here == best[i][z - 1]) {
        z--;
      } else {
        if (s.score[i - 1][z - 1] >= NO_SOURCE / 2) {
          chosen.get(i - 1).add(z - 1);
        }
        i--;
        z--;
      }
    }
  }

  private Set<Integer> ownLinks(Point p) {
    double[] score = s.score[p.index()];
    int best = argmax(score);
    Set<Integer> links = new TreeSet<>();
    boolean summary = isSummary(p);
    double[] rank = rows[p.index()];
    int top = argmax(rank);
    // A lead or conclusion restates the article; only one that matches almost nothing has no source.
    if (best < 0 || score[best] < (summary ? NO_SOURCE / 2 : NO_SOURCE)
        || !summary && score[best] < NO_SOURCE_IF_NOVEL && novelty(p) >= NOVEL) {
      return links;
    }
    // A point that matches nothing well has no near ties worth the name: only its best paragraph.
    double tie = score[best] < NO_SOURCE ? rank[top] : (summary ? NEAR_TIE_SUMMARY : NEAR_TIE) * rank[top];
    for (int z = 0; z < n; z++) {
      if (rank[z] >= tie) {
        links.add(z);
      }
    }
    double[][] sentences = s.sentenceScore[p.index()];
    if (sentences.length > 1) {
      for (double[] sentence : sentences) {
        int b = argmax(sentence);
        if (b >= 0 && sentence[b] >= (summary ? SUMMARY_SENTENCE_LINK : SENTENCE_LINK)
            && rank[b] >= (summary ? SUMMARY_SENTENCE_RANK : SENTENCE_RANK) * rank[top]) {
          links.add(b);
        }
      }
    }
    // A paragraph holding one of the point's figures or names is likely a source.
    for (Unit u : s.units.get(p.index())) {
      if (u.type == Unit.Type.FIGURE || u.type == Unit.Type.NAME) {
        if (links.stream().noneMatch(z -> u.strength[z] > 0)) {
          int z = bestWith(u, score);
          if (z >= 0 && score[z] >= FACT_LINK * score[best]) {
            links.add(z);
          }
        }
      }
    }
    return links;
  }

  /**
   * The share of the point's checkable weight that nothing in the article matches; figures left
   * out, since a wrong figure makes a point wrong, not unsupported.
   */
  private double novelty(Point p) {
    double total = 0;
    double novel = 0;
    for (Unit u : s.units.get(p.index())) {
      if (u.checkable && u.type != Unit.Type.FIGURE) {
        total += u.weight;
        novel += u.df == 0 ? u.weight : 0;
      }
    }
    return total > 0 ? novel / total : 0;
  }

  /** A lead, a conclusion or a long paragraph: it restates several paragraphs, one per sentence or so. */
  private boolean isSummary(Point p) {
    return p.kind() == Point.Kind.LEAD || p.kind() == Point.Kind.CONCLUSION
        || p.kind() == Point.Kind.PARAGRAPH && s.sentenceScore[p.index()].length >= 3;
  }

  /**
   * What a lead restates of the body: the links of each item, bullet or paragraph of which the
   * lead's own words hold at least {@link #RESTATED} of the weight, where the lead matches the
   * paragraph at all. The digest's writer says it again in the same English words, which say more
   * than the lead's few words against the Chinese.
   */
  private Set<Integer> restatedLinks(Point lead, List<TreeSet<Integer>> chosen) {
    Set<Unit> own = new java.util.HashSet<>(s.units.get(lead.index()));
    double[] score = s.score[lead.index()];
    Set<Integer> links = new TreeSet<>();
    for (Point p : s.digest.points()) {
      if (p.kind() != Point.Kind.ITEM && p.kind() != Point.Kind.BULLET && p.kind() != Point.Kind.PARAGRAPH) {
        continue;
      }
      double total = 0;
      double shared = 0;
      for (Unit u : s.units.get(p.index())) {
        total += u.weight;
        shared += own.contains(u) ? u.weight : 0;
      }
      if (total > 0 && shared >= RESTATED * total) {
        for (int z : chosen.get(p.index())) {
          if (score[z] > 0) {
            links.add(z);
          }
        }
      }
    }
    return links;
  }

  private Set<Integer> headingLinks(Point heading, List<TreeSet<Integer>> chosen) {
    Set<Integer> links = new TreeSet<>();
    for (Point p : s.digest.points()) {
      if (p.parentIndex() == heading.index()) {
        links.addAll(chosen.get(p.index()));
      }
    }
    boolean children = s.digest.points().stream().anyMatch(p -> p.parentIndex() == heading.index());
    if (!children) {
      links.addAll(ownLinks(heading)); // a section with no points of its own
    }
    return links;
  }

  private int bestWith(Unit u, double[] score) {
    int best = -1;
    for (int z = 0; z < n; z++) {
      if (u.strength[z] > 0 && (best < 0 || score[z] > score[best])) {
        best = z;
      }
    }
    return best;
  }

  private static int argmax(double[] a) {
    int best = -1;
    for (int z = 0; z < a.length; z++) {
      if (a[z] > 0 && (best < 0 || a[z] > a[best])) {
        best = z;
      }
    }
    return best;
  }

  private PointAlignment pointAlignment(Point p, TreeSet<Integer> chosen, PointAlignment[] done) {
    double[] score = rows[p.index()];
    List<ParagraphScore> ranking = ranking(score);
    double best = ranking.isEmpty() ? 0 : score[ranking.get(0).paragraph()];
    List<Unit> units = s.units.get(p.index());
    List<Link> links = new ArrayList<>();
    for (int z : chosen) {
      Link link = link(p, z, units, score[z]);
      if (link.evidence().isEmpty() && p.kind() == Point.Kind.HEADING) {
        link = withSectionEvidence(link, done);
      }
      int position = 0;
      while (position < ranking.size() && ranking.get(position).paragraph() != z) {
        position++;
      }
      // On the evidence the link shows (a heading's borrowed from its section), as ConfidenceFit reads it back.
      double confidence = Confidence.of(score[z], best, position, chosen.size(), p.kind(), link.evidence());
      links.add(new Link(link.point(), link.paragraph(), link.score(), round(confidence), link.sentences(), link.evidence()));
    }
    Set<Flag> flags = EnumSet.noneOf(Flag.class);
    List<String> figures = new ArrayList<>();
    List<String> names = new ArrayList<>();
    if (links.isEmpty()) {
      flags.add(Flag.NO_SOURCE);
    } else {
      boolean summary = p.kind() == Point.Kind.LEAD || p.kind() == Point.Kind.CONCLUSION || p.kind() == Point.Kind.HEADING;
      for (Unit u : units) {
        boolean found = false;
        for (int z : chosen) {
          found |= u.strength[z] > 0;
        }
        if (!found && u.type == Unit.Type.FIGURE && !explained(u, summary) && !statedOtherwise(u.figure, p, chosen)
            && !derived(u.figure, chosen)) {
          figures.add(u.english);
        } else if (!found && u.type == Unit.Type.NAME) {
          names.add(u.english);
        }
      }
      if (!figures.isEmpty()) {
        flags.add(Flag.NUMBER_NOT_IN_SOURCE);
      }
      if (!names.isEmpty()) {
        flags.add(Flag.NAME_NOT_IN_SOURCE);
      }
    }
    return new PointAlignment(p, ranking, links, flags, figures, names);
  }

  /** How many of a point's best paragraphs its alignment keeps ({@link PointAlignment#ranking()}). */
  static final int RANKING = 50;
  private static final Comparator<ParagraphScore> BEST_FIRST =
      Comparator.comparingDouble(ParagraphScore::score).reversed().thenComparingInt(ParagraphScore::paragraph);

  /**
   * The {@link #RANKING} best paragraphs with a positive score, best first (ties by paragraph):
   * a long article's thousands of weak candidates are not kept for every point.
   */
  private List<ParagraphScore> ranking(double[] score) {
    java.util.PriorityQueue<ParagraphScore> kept = new java.util.PriorityQueue<>(RANKING + 1, BEST_FIRST.reversed());
    for (int z = 0; z < n; z++) {
      if (score[z] > 0) {
        double r = round(score[z]);
        if (kept.size() < RANKING) {
          kept.add(new ParagraphScore(z, r));
        } else if (Double.compare(r, kept.peek().score()) > 0) { // BEST_FIRST: z follows every kept paragraph
          kept.poll();
          kept.add(new ParagraphScore(z, r));
        }
      }
    }
    List<ParagraphScore> ranking = new ArrayList<>(kept);
    ranking.sort(BEST_FIRST);
    return ranking;
  }

  /** The link of {@code p} to paragraph {@code z}, its confidence still to be set (0). */
  private Link link(Point p, int z, List<Unit> units, double score) {
    int point = p.index();
    Paragraph paragraph = s.article.article.paragraphs().get(z);
    String text = s.article.simplified[z];
    double total = 0;
    for (Unit u : units) {
      total += s.isTranslation(u, z) ? u.weight * u.strength[z] : 0; // a stem-only match is no evidence
    }
    List<Evidence> evidence = new ArrayList<>();
    double[] bySentence = new double[paragraph.sentences().size()];
    for (Unit u : units) {
      if (u.strength[z] <= 0 || total <= 0) {
        continue;
      }
      double w = u.weight * u.strength[z];
      String zh = u.chinese[z];
      if (s.isTranslation(u, z)) {
        addOnce(evidence, new Evidence(original(paragraph, text, zh), u.english, u.kinds[z], round(w / total)));
      }
      for (int at = text.indexOf(zh); at >= 0; at = text.indexOf(zh, at + 1)) {
        int k = sentenceAt(paragraph, at);
        if (k >= 0) {
          bySentence[k] += w;
        }
      }
    }
    evidence.sort(Comparator.comparingDouble(Evidence::weight).reversed());
    List<Integer> sentences = new ArrayList<>();
    double top = 0;
    for (double v : bySentence) {
      top = Math.max(top, v);
    }
    for (int k = 0; k < bySentence.length; k++) {
      if (bySentence[k] > 0 && bySentence[k] >= 0.5 * top) {
        sentences.add(k);
      }
    }
    sentences.sort(Comparator.comparingDouble((Integer k) -> bySentence[k]).reversed());
    if (sentences.isEmpty()) {
      sentences.add(0);
    }
    return new Link(point, z, round(score), 0, sentences, evidence);
  }

  /**
   * Whether a figure its links lack is still accounted for: a lead, heading or conclusion sums up
   * the whole article, so any paragraph may hold its figures.
   */
  private static boolean explained(Unit figure, boolean summary) {
    return summary && figure.df > 0;
  }

  /**
   * Whether the point's figure is one its linked paragraphs derive: a share or a growth rate
   * (a percentage) of two of their figures, or the sum or difference of two figures of one
   * paragraph in the same unit (dates, years and percentages aside; the point's figure 100 or more). Only for the flag: a derived figure is no
   * evidence.
   */
  private boolean derived(Figure f, Set<Integer> chosen) {
    if (f == null) {
      return false;
    }
    String surface = f.surface().toLowerCase(java.util.Locale.ROOT);
    boolean percent = surface.endsWith("%") || surface.endsWith("percent") || surface.endsWith("per cent");
    for (int z : chosen) {
      String text = s.article.simplified[z];
      List<Figure> plain = new ArrayList<>();
      for (Figure a : s.article.figures.get(z)) {
        if (isPlainQuantity(a, text)) {
          plain.add(a);
        }
      }
      for (int i = 0; i < plain.size(); i++) {
        for (int j = 0; j < plain.size(); j++) {
          Figure a = plain.get(i);
          Figure b = plain.get(j);
          if (i == j || !sameUnit(a, b, text)) {
            continue;
          }
          boolean hit = percent
              ? a.value() < b.value() && close(f, 100 * a.value() / b.value())
                  || a.value() > b.value() && close(f, 100 * (a.value() - b.value()) / b.value())
              : i < j && f.value() >= MIN_SUMMED
                  && (close(f, a.value() + b.value()) || close(f, Math.abs(a.value() - b.value())));
          if (hit) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether two figures of a paragraph are written in the same unit: the same char after each (亿元, 万人). */
  private static boolean sameUnit(Figure a, Figure b, String text) {
    char x = a.end() < text.length() ? text.charAt(a.end()) : 0;
    char y = b.end() < text.length() ? text.charAt(b.end()) : 0;
    return x == y && x != 0 && Character.isLetter(x)
        && a.surface().charAt(a.surface().length() - 1) == b.surface().charAt(b.surface().length() - 1);
  }

  /**
   * Whether a linked paragraph states the point's figure otherwise than as the same number: as a
   * figure it implies (今年 for the article's year, 百公里 for 100 km, HPV16 for type 16), in
   * another unit (5 kg = 5000克, 8 square metres = 86平方呎) or on the 24-hour clock (5 p.m. =
   * 17时). Only for the flag: none of these is evidence.
   */
  private boolean statedOtherwise(Figure f, Point p, Set<Integer> chosen) {
    if (f == null) {
      return false;
    }
    for (int z : chosen) {
      for (Figure a : s.article.implied.get(z)) {
        if (Figures.sameFigure(f, a)) {
          return true;
        }
      }
    }
    // A unit's figure is shared by the points that write it alike: its unit and clock are this point's.
    String pointText = s.points.get(p.index()).text;
    for (Figure here : Figures.inEnglish(pointText)) {
      if (!here.surface().equals(f.surface())) {
        continue;
      }
      double hour = Units.afternoonHour(here, pointText);
      for (int z : chosen) {
        String text = s.article.simplified[z];
        for (Figure a : s.article.figures.get(z)) {
          if (Units.sameQuantity(here, pointText, a, text)
              || hour > 0 && a.value() == hour && a.end() < text.length() && "时点".indexOf(text.charAt(a.end())) >= 0) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether a derived value is the point's figure: within its rounding, and within a fiftieth of
   * it however loosely it is written ("about 400,000" is no difference that comes to 426,000).
   */
  private static boolean close(Figure point, double value) {
    double slack = Math.min(point.tolerance(), Math.abs(point.value()) / 50);
    return Math.abs(point.value() - value) <= slack + 1e-9 * Math.abs(value);
  }

  /** Sums and differences of small numbers (minutes, counts of a few) meet a changed figure by chance. */
  private static final double MIN_SUMMED = 100;

  /** A quantity that sums and divides: not a year, a date, a clock hour or a percentage. */
  private static boolean isPlainQuantity(Figure a, String text) {
    char next = a.end() < text.length() ? text.charAt(a.end()) : 0;
    String surface = a.surface();
    return a.value() > 0 && "年月日时号点%".indexOf(next) < 0 && !surface.endsWith("%") && !surface.startsWith("百分之")
        && !surface.endsWith("成") && !surface.endsWith("倍") && Character.isDigit(surface.charAt(0))
        && !(a.value() >= 1900 && a.value() <= 2100 && a.value() == Math.rint(a.value()) && surface.length() == 4);
  }

  /** A heading whose own words miss a paragraph shows what its section's points matched there. */
  private Link withSectionEvidence(Link link, PointAlignment[] done) {
    List<Evidence> borrowed = new ArrayList<>();
    List<Integer> sentences = new ArrayList<>();
    for (PointAlignment child : done) {
      if (child == null || child.point().parentIndex() != link.point()) {
        continue;
      }
      for (Link l : child.links()) {
        if (l.paragraph() == link.paragraph()) {
          borrowed.addAll(l.evidence());
          l.sentences().stream().filter(k -> !sentences.contains(k)).forEach(sentences::add);
        }
      }
    }
    double total = borrowed.stream().mapToDouble(Evidence::weight).sum();
    List<Evidence> evidence = new ArrayList<>();
    for (Evidence e : borrowed) {
      if (evidence.stream().noneMatch(x -> x.chinese().equals(e.chinese()) && x.english().equals(e.english()))) {
        evidence.add(new Evidence(e.chinese(), e.english(), e.kind(), round(e.weight() / total)));
      }
    }
    evidence.sort(Comparator.comparingDouble(Evidence::weight).reversed());
    return new Link(link.point(), link.paragraph(), link.score(), link.confidence(),
        sentences.isEmpty() ? link.sentences() : sentences, evidence);
  }

  /**
   * Adds a pair of terms, or adds its weight to the same pair already listed (the same Chinese and the
   * same English word, in any case): each pair is listed once.
   */
  private static void addOnce(List<Evidence> evidence, Evidence e) {
    for (int i = 0; i < evidence.size(); i++) {
      Evidence x = evidence.get(i);
      if (x.chinese().equals(e.chinese()) && x.english().equalsIgnoreCase(e.english())) {
        evidence.set(i, new Evidence(x.chinese(), x.english(), x.kind(), round(x.weight() + e.weight())));
        return;
      }
    }
    evidence.add(e);
  }

  /** The matched Chinese as written in the paragraph (traditional stays traditional). */
  private static String original(Paragraph p, String simplified, String zh) {
    int at = simplified.indexOf(zh);
    return at < 0 ? zh : p.text().substring(at, at + zh.length());
  }

  private static int sentenceAt(Paragraph p, int offset) {
    List<Sentence> sentences = p.sentences();
    for (int k = 0; k < sentences.size(); k++) {
      if (offset < sentences.get(k).end()) {
        return k;
      }
    }
    return sentences.size() - 1;
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
