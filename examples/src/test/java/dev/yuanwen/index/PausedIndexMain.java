package dev.yuanwen.index;

import dev.yuanwen.examples.cli.Main;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

/**
 * The child process of the crash test: the yuanwen command line, run as usual, except that it tells
 * stdout each kill point of {@link CorpusIndex} it passes ({@code yuanwen-test: at POINT n}, the
 * {@code n}th time) and stops for good the {@code n}th time it reaches {@code POINT}, after saying
 * so ({@code yuanwen-test: paused at POINT n}). Arguments: {@code POINT n}, then the command line.
 */
public final class PausedIndexMain {
  /** What the child prints when it passes a point, before the point's name and count. */
  public static final String AT = "yuanwen-test: at ";
  /** What the child prints when it has stopped, before the point's name and count. */
  public static final String PAUSED = "yuanwen-test: paused at ";

  private PausedIndexMain() {}

  public static void main(String[] args) {
    String point = args[0];
    int nth = Integer.parseInt(args[1]);
    Map<String, Integer> seen = new ConcurrentHashMap<>();
    CorpusIndex.pauseHook = p -> {
      int n = seen.merge(p, 1, Integer::sum);
      boolean stop = p.equals(point) && n == nth;
      System.out.println((stop ? PAUSED : AT) + p + " " + n);
      System.out.flush();
      if (stop) {
        Object never = new Object();
        synchronized (never) {
          while (true) { // until killed
            try {
              never.wait();
            } catch (InterruptedException e) {
              // stay
            }
          }
        }
      }
    };
    Main.main(Arrays.copyOfRange(args, 2, args.length));
  }
}
