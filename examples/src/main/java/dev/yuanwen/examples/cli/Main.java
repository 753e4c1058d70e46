package dev.yuanwen.examples.cli;

import dev.yuanwen.InputException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code yuanwen} command line: one class per command, errors as one line and exit code 2. */
@Command(
    name = "yuanwen",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Ties each point of an English digest to the paragraphs of the Chinese article it summarizes.",
    subcommands = {AlignCommand.class, AnalyzeCommand.class, EvalCommand.class, BenchCommand.class,
        IndexCommand.class, LearnCommand.class, SearchCommand.class, ServeCommand.class, SearchEvalCommand.class,
        SearchBenchCommand.class, ServeBenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  /** Exit code for bad input or bad usage. */
  static final int BAD_INPUT = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(out, err, args));
  }

  /** Runs the CLI with the given streams; returns the exit code. */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof InputException) {
            err.println("yuanwen: " + e.getMessage());
            return BAD_INPUT;
          }
          if (e instanceof UncheckedIOException || e instanceof java.io.IOException) {
            Throwable io = e instanceof UncheckedIOException ? e.getCause() : e;
            err.println("yuanwen: " + describe(io));
            return 1;
          }
          // A bug, not the user's fault: one line, and the stack trace only when asked for.
          err.println("yuanwen: unexpected error: " + e + " (set YUANWEN_DEBUG=1 for details)");
          if (System.getenv("YUANWEN_DEBUG") != null) {
            e.printStackTrace(err);
          }
          return 1;
        });
    cli.setParameterExceptionHandler(
        (e, arguments) -> {
          err.println("yuanwen: " + e.getMessage());
          err.println("Try 'yuanwen " + commandName(e.getCommandLine()) + "--help' for usage.");
          return BAD_INPUT;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** An I/O failure in words: the file and what went wrong. */
  static String describe(Throwable io) {
    if (io instanceof java.nio.file.NoSuchFileException f) {
      return f.getFile() + ": no such file or folder";
    }
    if (io instanceof java.nio.file.AccessDeniedException f) {
      return f.getFile() + ": permission denied";
    }
    if (io instanceof java.nio.file.FileSystemException f && f.getFile() != null) {
      return f.getFile() + ": " + (f.getReason() != null ? f.getReason() : "cannot access");
    }
    return String.valueOf(io.getMessage());
  }

  private static String commandName(CommandLine cl) {
    return cl.getParent() == null ? "" : cl.getCommandName() + " ";
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"yuanwen " + (v == null ? "(development build)" : v)};
    }
  }
}
