package dev.yuanwen.fuzz;

import dev.yuanwen.InputException;
import java.lang.management.ManagementFactory;
import java.util.Iterator;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A small property-based fuzzer on JUnit Jupiter: it draws inputs from a {@link Gen}, runs each try
 * on a thread of its own and fails the test when a try throws anything but {@link InputException},
 * runs past its deadline (a hang: reported, never waited out) or allocates more than its bound (a
 * multiple of the input's size, counted with {@code com.sun.management.ThreadMXBean}); the failing
 * input is then shrunk and reported with the seed that finds it again.
 *
 * <p>System properties: {@code yuanwen.fuzz.tries} (default {@value #DEFAULT_TRIES} per
 * property; {@code mvn verify -Pfuzz} sets 1,000,000), {@code yuanwen.fuzz.seed} (a number, or
 * {@code random}; by default each property has a fixed seed, so {@code mvn verify} is repeatable),
 * {@code yuanwen.fuzz.timeScale} (multiplies every deadline, default 1), {@code yuanwen.fuzz.noExamples}
 * ({@code true}: only random inputs, no hand-picked examples first).
 *
 * <p>The project's own harness rather than jqwik: jqwik 1.10 ships with a clause asking that it not
 * be used by AI coding agents, which write much of this project.
 */
final class Fuzz<T> {
  static final int DEFAULT_TRIES = 1000;
  /** Shrinking stops after this long (each hanging candidate costs a deadline). */
  private static final long SHRINK_MILLIS = 60_000;

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** What a property checks on one input; throwing {@link InputException} is a pass. */
  @FunctionalInterface
  interface Body<T> {
    void check(T input) throws Exception;
  }

  private final String name;
  private final Gen<T> gen;
  private final Function<T, String> describe;
  private final ToLongFunction<T> size;
  private int tries = Integer.getInteger("yuanwen.fuzz.tries", DEFAULT_TRIES);
  private long baseMillis = 10_000;
  private long millisPerMegachar = 20_000;
  private long baseBytes = 64L << 20;
  private long bytesPerChar = 1_000;
  private T[] examples;

  private Fuzz(String name, Gen<T> gen, Function<T, String> describe, ToLongFunction<T> size) {
    this.name = name;
    this.gen = gen;
    this.describe = describe;
    this.size = size;
  }

  /** A property named {@code name} over {@code gen}; {@code size} is the input's length in chars. */
  static <T> Fuzz<T> of(String name, Gen<T> gen, Function<T, String> describe, ToLongFunction<T> size) {
    return new Fuzz<>(name, gen, describe, size);
  }

  /** Scales the default number of tries (for properties a try of which costs more). */
  Fuzz<T> triesScaled(double factor) {
    tries = (int) Math.max(1, Math.round(tries * factor));
    return this;
  }

  /** The deadline of a try: {@code base} plus {@code perMegachar} for each million chars of input. */
  Fuzz<T> deadline(long baseMillis, long millisPerMegachar) {
    this.baseMillis = baseMillis;
    this.millisPerMegachar = millisPerMegachar;
    return this;
  }

  /** The allocation bound of a try: {@code base} bytes plus {@code perChar} for each char of input. */
  Fuzz<T> memory(long baseBytes, long bytesPerChar) {
    this.baseBytes = baseBytes;
    this.bytesPerChar = bytesPerChar;
    return this;
  }

  /** Inputs tried before the random ones. */
  @SafeVarargs
  final Fuzz<T> examples(T... examples) {
    this.examples = examples;
    return this;
  }

  /** What one try came to. */
  private record Outcome(String failure, long millis, long bytes) {
    boolean failed() {
      return failure != null;
    }
  }

  /** Statistics of a run, printed once: how far the inputs and the costs went. */
  private long maxChars;
  private long maxMillis;
  private double maxBytesPerChar;
  private long maxBytes;
  /** What the bodies counted with {@link #count} during the current run: how many inputs got how deep. */
  private static final java.util.Map<String, java.util.concurrent.atomic.LongAdder> COUNTS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Counts one event of {@code what} (say, "parsed"), shown in the run's summary line. */
  static void count(String what) {
    COUNTS.computeIfAbsent(what, k -> new java.util.concurrent.atomic.LongAdder()).increment();
  }

  /** Runs the property; throws {@link AssertionError} with the shrunk input when a try fails. */
  void check(Body<T> body) {
    long seed = seed();
    if (examples != null && !Boolean.getBoolean("yuanwen.fuzz.noExamples")) {
      for (T example : examples) {
        Outcome o = run(example, body);
        if (o.failed()) {
          fail(example, o, body, "example", seed);
        }
      }
    }
    COUNTS.clear();
    long t0 = System.nanoTime();
    for (int k = 0; k < tries; k++) {
      T input = gen.sample(new Random(seed * 0x9E3779B97F4A7C15L + k));
      Outcome o = run(input, body);
      if (o.failed()) {
        fail(input, o, body, "try " + k, seed);
      }
    }
    System.out.printf(Locale.ROOT,
        "fuzz %s: %d tries (seed %d) in %.1f s, %s; largest input %,d chars; slowest try %d ms;"
            + " most allocated %,d bytes, %.0f bytes a char at most (inputs of 10,000 chars or more)%n",
        name, tries, seed, (System.nanoTime() - t0) / 1e9, new java.util.TreeMap<>(COUNTS), maxChars, maxMillis, maxBytes,
        maxBytesPerChar);
  }

  private long seed() {
    String s = System.getProperty("yuanwen.fuzz.seed", "");
    if (s.equals("random")) {
      return new Random().nextLong();
    }
    return s.isEmpty() ? name.hashCode() : Long.parseLong(s);
  }

  private void fail(T input, Outcome first, Body<T> body, String where, long seed) {
    T smallest = input;
    Outcome outcome = first;
    long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SHRINK_MILLIS);
    int steps = 0;
    boolean progress = true;
    while (progress && System.nanoTime() < until) {
      progress = false;
      for (Iterator<T> it = gen.shrink(smallest).iterator(); it.hasNext() && System.nanoTime() < until; ) {
        T candidate = it.next();
        Outcome o = run(candidate, body);
        if (o.failed() && sameKind(o, first)) {
          smallest = candidate;
          outcome = o;
          steps++;
          progress = true;
          break;
        }
      }
    }
    throw new AssertionError(String.format(Locale.ROOT,
        "fuzz %s failed at %s (seed %d; -Dyuanwen.fuzz.seed=%d repeats it): %s%n  shrunk in %d steps to: %s%n  first failing input: %s",
        name, where, seed, seed, outcome.failure(), steps, describe.apply(smallest), describe.apply(input)));
  }

  /** A shrunk input must fail the same way: a hang stays a hang, an exception of one class that class. */
  private static boolean sameKind(Outcome a, Outcome b) {
    return kind(a.failure()).equals(kind(b.failure()));
  }

  private static String kind(String failure) {
    int colon = failure.indexOf(':');
    return colon < 0 ? failure : failure.substring(0, colon);
  }

  /** One try on a thread of its own, with its deadline and its allocation counted on that thread. */
  @SuppressWarnings("removal")
  private Outcome run(T input, Body<T> body) {
    long chars = size.applyAsLong(input);
    double scale = Double.parseDouble(System.getProperty("yuanwen.fuzz.timeScale", "1"));
    long deadline = (long) ((baseMillis + millisPerMegachar * chars / 1_000_000) * scale);
    long allowed = baseBytes + bytesPerChar * chars;
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    long[] allocated = new long[1];
    Thread t = new Thread(() -> {
      long before = THREADS.getCurrentThreadAllocatedBytes();
      try {
        body.check(input);
      } catch (InputException e) {
        count("InputException");
        if (e.getMessage() == null || e.problem() == null || e.problem().isBlank()) {
          thrown.set(new AssertionError("an InputException without a message", e));
        }
      } catch (Throwable e) {
        thrown.set(e);
      } finally {
        allocated[0] = THREADS.getCurrentThreadAllocatedBytes() - before;
      }
    }, "fuzz-" + name);
    t.setDaemon(true);
    long t0 = System.nanoTime();
    t.start();
    try {
      t.join(deadline);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    long millis = (System.nanoTime() - t0) / 1_000_000;
    if (t.isAlive()) {
      StackTraceElement[] where = t.getStackTrace();
      try {
        t.stop(); // a hung try would spin on a core for the rest of the run; Java 20+ refuses
      } catch (UnsupportedOperationException ignored) {
        t.interrupt();
      }
      return new Outcome("hang: no result after " + deadline + " ms, in " + top(where), millis, 0);
    }
    Throwable e = thrown.get();
    if (e != null) {
      return new Outcome(e.getClass().getName() + ": " + e.getMessage() + " at " + top(e.getStackTrace()), millis, 0);
    }
    if (allocated[0] > allowed) {
      return new Outcome(String.format(Locale.ROOT, "memory: allocated %,d bytes, over the bound of %,d for %,d chars",
          allocated[0], allowed, chars), millis, allocated[0]);
    }
    maxChars = Math.max(maxChars, chars);
    maxMillis = Math.max(maxMillis, millis);
    maxBytes = Math.max(maxBytes, allocated[0]);
    if (chars >= 10_000) {
      maxBytesPerChar = Math.max(maxBytesPerChar, (double) allocated[0] / chars);
    }
    return new Outcome(null, millis, allocated[0]);
  }

  /** The innermost frames of the project's own code, where a failure or a hang is. */
  private static String top(StackTraceElement[] stack) {
    StringBuilder b = new StringBuilder();
    int shown = 0;
    for (StackTraceElement e : stack) {
      if (shown == 0 && !e.getClassName().startsWith("dev.yuanwen") && b.length() == 0) {
        b.append(e).append(" < ");
        continue;
      }
      if (e.getClassName().startsWith("dev.yuanwen.fuzz")) {
        break;
      }
      if (e.getClassName().startsWith("dev.yuanwen")) {
        b.append(e).append(shown < 3 ? " < " : "");
        if (++shown > 3) {
          break;
        }
      }
    }
    return b.toString();
  }
}
