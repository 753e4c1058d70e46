package dev.yuanwen.document;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One record of a gold file: a Chinese article split into paragraphs, its English points (a
 * digest) or paragraphs (a translation), and the hand-checked links between them. Read them with
 * {@link GoldFiles#read(java.nio.file.Path)}; the format is the project's gold format (one JSON
 * object per line, see {@code corpus/README.md}).
 *
 * @param id short unique id
 * @param kind a digest of the article, or a paragraph-by-paragraph translation
 * @param source where the texts were published
 * @param titleZh the Chinese title, or {@code ""}
 * @param titleEn the English title, or {@code ""}
 * @param zh the Chinese paragraphs, in order; never empty
 * @param en the English points or paragraphs, in order; never empty
 * @param links the gold links, each a pair of indices into {@code en} and {@code zh}; no duplicates
 * @param unsupported indices of English points the article does not support (they have no link)
 * @param alteredNumbers points whose figure differs from the article's
 * @param digestText the whole English digest as published (the {@code digest} field), or {@code ""}
 * @param hasAlteredNumbers whether the record has an {@code altered_numbers} field (even empty):
 *     only then do its points count towards {@code altered_caught} and {@code figure_false_alarms}
 * @param beads the gold beads of a sentence-aligned translation (the {@code beads} field), in order;
 *     empty when the record has none
 */
public record GoldDocument(
    String id,
    Kind kind,
    String source,
    String titleZh,
    String titleEn,
    List<String> zh,
    List<String> en,
    List<GoldLink> links,
    List<Integer> unsupported,
    List<AlteredNumber> alteredNumbers,
    String digestText,
    boolean hasAlteredNumbers,
    List<GoldBead> beads) {

  /** A record without beads. */
  public GoldDocument(String id, Kind kind, String source, String titleZh, String titleEn, List<String> zh,
      List<String> en, List<GoldLink> links, List<Integer> unsupported, List<AlteredNumber> alteredNumbers,
      String digestText, boolean hasAlteredNumbers) {
    this(id, kind, source, titleZh, titleEn, zh, en, links, unsupported, alteredNumbers, digestText,
        hasAlteredNumbers, List.of());
  }

  /**
   * A gold bead: consecutive Chinese units and the consecutive English units that translate them;
   * one side may be empty (a unit left untranslated or added).
   *
   * @param zh indices into {@link GoldDocument#zh()}, ascending
   * @param en indices into {@link GoldDocument#en()}, ascending
   */
  public record GoldBead(List<Integer> zh, List<Integer> en) {
    public GoldBead {
      zh = List.copyOf(zh);
      en = List.copyOf(en);
    }
  }

  /** What the English side is. */
  public enum Kind {
    /** An English digest of the article: headings, items, bullets, paragraphs. */
    DIGEST,
    /** English paragraphs that translate the Chinese paragraphs one to one. */
    PARALLEL;

    /** The name used in gold files and reports: {@code digest}, {@code parallel}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named {@code label} in a gold file, or null when there is none. */
    public static Kind ofLabel(String label) {
      for (Kind k : values()) {
        if (k.label().equals(label)) {
          return k;
        }
      }
      return null;
    }
  }

  /**
   * A gold link: Chinese paragraph {@code zh} states what English point {@code en} says.
   *
   * @param en index into {@link GoldDocument#en()}
   * @param zh index into {@link GoldDocument#zh()}
   */
  public record GoldLink(int en, int zh) {}

  /**
   * A point that states a figure differently from the article.
   *
   * @param point index into {@link GoldDocument#en()}
   * @param article the figure as the article states it
   * @param digest the figure as the point states it
   */
  public record AlteredNumber(int point, String article, String digest) {
    public AlteredNumber {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(digest, "digest");
    }
  }

  /** Checks that every index is in range; the lists are copied. */
  public GoldDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(titleZh, "titleZh");
    Objects.requireNonNull(titleEn, "titleEn");
    Objects.requireNonNull(digestText, "digestText");
    zh = List.copyOf(zh);
    en = List.copyOf(en);
    links = List.copyOf(links);
    unsupported = List.copyOf(unsupported);
    alteredNumbers = List.copyOf(alteredNumbers);
    beads = List.copyOf(beads);
    for (GoldBead b : beads) {
      for (int z : b.zh()) {
        if (z < 0 || z >= zh.size()) {
          throw new IllegalArgumentException(id + ": bead zh index " + z + " out of range");
        }
      }
      for (int e : b.en()) {
        if (e < 0 || e >= en.size()) {
          throw new IllegalArgumentException(id + ": bead en index " + e + " out of range");
        }
      }
    }
    if (zh.isEmpty() || en.isEmpty()) {
      throw new IllegalArgumentException(id + ": no " + (zh.isEmpty() ? "zh paragraphs" : "en points"));
    }
    for (GoldLink l : links) {
      if (l.en() < 0 || l.en() >= en.size() || l.zh() < 0 || l.zh() >= zh.size()) {
        throw new IllegalArgumentException(id + ": link [" + l.en() + ", " + l.zh() + "] out of range");
      }
    }
    for (int u : unsupported) {
      if (u < 0 || u >= en.size()) {
        throw new IllegalArgumentException(id + ": unsupported point " + u + " out of range");
      }
    }
    for (AlteredNumber a : alteredNumbers) {
      if (a.point() < 0 || a.point() >= en.size()) {
        throw new IllegalArgumentException(id + ": altered point " + a.point() + " out of range");
      }
    }
  }

  /** The Chinese side as an {@link Article}, one paragraph per {@link #zh()} entry; source {@link #id()}. */
  public Article article() {
    return Article.of(id, zh);
  }

  /** The English side as a {@link Digest}, one point per {@link #en()} entry; source {@link #id()}. */
  public Digest digest() {
    return Digest.of(id, en);
  }
}
