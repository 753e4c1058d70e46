package dev.yuanwen;

/**
 * Bad input: the message names the source (a file name, or a caller-supplied label) and the problem,
 * in one line meant for a person, e.g. {@code "digest.txt: no English text found"}.
 */
public class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String problem;

  public InputException(String source, String problem) {
    this(source, problem, null);
  }

  public InputException(String source, String problem, Throwable cause) {
    super(source + ": " + problem, cause);
    this.source = source;
    this.problem = problem;
  }

  /** The file name or label of the input that was rejected. */
  public String source() {
    return source;
  }

  /** What is wrong with it, without the source. */
  public String problem() {
    return problem;
  }
}
