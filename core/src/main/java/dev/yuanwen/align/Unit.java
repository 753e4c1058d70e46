package dev.yuanwen.align;

/**
 * One thing a point says that a paragraph can share: a word (by stem), a figure, a Latin token or
 * a pinyin name. Holds, per paragraph, how strongly it matches and the Chinese it matched.
 */
final class Unit {
  enum Type {
    WORD(1.0),
    LATIN(1.5),
    FIGURE(1.5),
    NAME(2.0);

    /** How much a match of this type says beyond how rare it is. */
    final double boost;

    Type(double boost) {
      this.boost = boost;
    }
  }

  final Type type;
  final String english;
  final float[] strength;
  final String[] chinese;
  final Evidence.Kind[] kinds;
  /** Whether the unit counts against a paragraph that lacks it: it is checkable in Chinese. */
  boolean checkable;
  int df;
  double weight;
  Figure figure;
  /** The paragraphs it matches (strength above 0), ascending; set by {@link #finish}. */
  int[] matched;
  /**
   * For the paragraphs' shares (Scoring#paragraphShares): the paragraphs it matched a Chinese word
   * in (not as a number) and that word's id; null until computed.
   */
  int[] shareWhere;
  int[] shareAt;

  Unit(Type type, String english, int paragraphs) {
    this.type = type;
    this.english = english;
    this.strength = new float[paragraphs];
    this.chinese = new String[paragraphs];
    this.kinds = new Evidence.Kind[paragraphs];
  }

  /**
   * Equality stays identity; the hash comes from the English so that maps of units need no
   * identity hash code, whose first use per object is a call into the runtime.
   */
  @Override
  public int hashCode() {
    return english.hashCode() * 31 + type.ordinal();
  }

  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  void match(int z, float s, String zh, Evidence.Kind kind) {
    if (s > strength[z]) {
      strength[z] = s;
      chinese[z] = zh;
      kinds[z] = kind;
    }
  }

  /** Counts paragraphs and sets the weight: rarer in the article weighs more. */
  void finish(int paragraphs) {
    int n = 0;
    for (float s : strength) {
      n += s > 0 ? 1 : 0;
    }
    matched = new int[n];
    for (int z = 0, k = 0; k < n; z++) {
      if (strength[z] > 0) {
        matched[k++] = z;
      }
    }
    df = n;
    checkable |= n > 0;
    weight = type.boost * Math.log((paragraphs + 1.0) / (Math.max(n, 1) + 0.5));
  }
}
