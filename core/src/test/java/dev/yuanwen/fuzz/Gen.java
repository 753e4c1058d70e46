package dev.yuanwen.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A generator of test inputs with its own shrinker: {@link #sample} draws one value, {@link
 * #shrink} offers smaller values to try when a value fails, simplest first. Values are plain data
 * (lists of text pieces, records of them) that a property renders into the text it feeds; shrinking
 * works on that structure, so a shrunk gold record is still well-formed JSON.
 */
interface Gen<T> {
  T sample(Random random);

  default Stream<T> shrink(T value) {
    return Stream.empty();
  }

  /** A list of {@code min} to {@code max} elements; shrinks by dropping runs of elements, then elements, then each element. */
  static <T> Gen<List<T>> listOf(Gen<T> element, int min, int max) {
    return new Gen<List<T>>() {
      @Override
      public List<T> sample(Random random) {
        int n = min + random.nextInt(max - min + 1);
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          out.add(element.sample(random));
        }
        return out;
      }

      @Override
      public Stream<List<T>> shrink(List<T> value) {
        return shrinkList(value, min, element::shrink);
      }
    };
  }

  /**
   * Smaller lists than {@code list}, at least {@code min} long: without its first or second half,
   * without each run of a quarter, an eighth ... down to single elements, then with one element
   * shrunk by {@code element}.
   */
  static <T> Stream<List<T>> shrinkList(List<T> list, int min, Function<T, Stream<T>> element) {
    int n = list.size();
    Stream<List<T>> removals = Stream.empty();
    for (int chunk = Math.max(1, n / 2); chunk >= 1; chunk = chunk == 1 ? 0 : Math.max(1, chunk / 2)) {
      int c = chunk;
      if (n - c < min) {
        continue;
      }
      removals = Stream.concat(removals, IntStream.iterate(0, k -> k + c <= n, k -> k + c).mapToObj(k -> {
        List<T> out = new ArrayList<>(list.subList(0, k));
        out.addAll(list.subList(k + c, n));
        return out;
      }));
    }
    Stream<List<T>> inner = IntStream.range(0, n).boxed().flatMap(i -> element.apply(list.get(i)).map(smaller -> {
      List<T> out = new ArrayList<>(list);
      out.set(i, smaller);
      return out;
    }));
    return Stream.concat(removals, inner);
  }

  /** A string shrinks to its halves, then to itself without its first or last char. */
  static Stream<String> shrinkString(String s) {
    int n = s.length();
    if (n <= 1) {
      return Stream.empty();
    }
    int half = n / 2;
    if (Character.isLowSurrogate(s.charAt(half)) && Character.isHighSurrogate(s.charAt(half - 1)) && half > 1) {
      half--; // keep a surrogate pair whole when it is one
    }
    return Stream.of(s.substring(0, half), s.substring(half), s.substring(1), s.substring(0, n - 1)).distinct();
  }
}
