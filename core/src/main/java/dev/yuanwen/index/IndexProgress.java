package dev.yuanwen.index;

import java.time.Duration;

/** Told after each document of a long indexing run; the command line shows it on a terminal. */
@FunctionalInterface
public interface IndexProgress {
  /** Does nothing. */
  IndexProgress NONE = (done, total, elapsed) -> {};

  /**
   * {@code done} of {@code total} documents are indexed, {@code elapsed} after the start. Called on
   * the indexing thread; keep it quick.
   */
  void update(int done, int total, Duration elapsed);
}
