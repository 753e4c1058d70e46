package dev.yuanwen.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** What the CLI printed and returned for one command line, run in this JVM. */
record CliResult(int code, String out, String err) {
  static CliResult run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliResult(code, out.toString(), err.toString());
  }
}
