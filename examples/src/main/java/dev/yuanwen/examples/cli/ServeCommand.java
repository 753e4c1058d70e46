package dev.yuanwen.examples.cli;

import dev.yuanwen.InputException;
import dev.yuanwen.examples.serve.SearchServer;
import dev.yuanwen.index.CorpusIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Serves a small local web page for searching a corpus index, until killed. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve a local web page for searching a corpus index in Chinese or English: each hit with its matched words"
          + " marked and what the aligner tied it to on the other side, each document side by side.",
      "Build the index first with 'yuanwen index --index DIR corpus'. Runs until stopped (Ctrl-C)."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexLocation location;

  @Option(names = "--port", paramLabel = "P", defaultValue = "8080",
      description = "Port to listen on; 0 takes any free port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(names = "--search-threads", paramLabel = "N",
      description = "Threads that run searches and document pages, in arrival order (default: one per core and one more).")
  Integer searchThreads; // null: the server's default (not computed here: picocli builds every command at start)

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new InputException("--port", "must be 0 to 65535, not " + port);
    }
    if (searchThreads != null && (searchThreads < 1 || searchThreads > 256)) {
      throw new InputException("--search-threads", "must be 1 to 256, not " + searchThreads);
    }
    Path index = location.dir();
    if (!CorpusIndex.exists(index)) {
      throw new InputException(index.toString(),
          "no index here; build it first with 'yuanwen index --index " + index + " corpus'");
    }
    CorpusIndex opened = CorpusIndex.open(index);
    SearchServer server;
    try {
      server = SearchServer.start(opened, host, port,
          searchThreads != null ? searchThreads : SearchServer.defaultSearchThreads());
    } catch (BindException e) {
      opened.close();
      throw new InputException(host + ":" + port, "cannot listen there (" + e.getMessage()
          + "); give another --port, or --port 0 for any free one", e);
    } catch (UnknownHostException e) {
      opened.close();
      throw new InputException("--host " + host, "unknown host", e);
    } catch (IOException | RuntimeException e) {
      opened.close();
      throw new InputException(host + ":" + port, "cannot listen there (" + e.getMessage() + ")", e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      opened.close();
      stopped.countDown();
    }, "yuanwen-serve-shutdown"));
    PrintWriter out = spec.commandLine().getOut();
    out.println("yuanwen: serving " + index + " at http://" + urlHost(host) + ":" + server.port() + "/ (Ctrl-C to stop)");
    out.flush();
    stopped.await();
    return 0;
  }

  /** The host as a URL writes it: IPv6 in brackets, a wildcard address as the loopback one. */
  private static String urlHost(String host) {
    if (host.equals("0.0.0.0")) {
      return "127.0.0.1";
    }
    if (host.equals("::") || host.equals("[::]")) {
      return "[::1]";
    }
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }
}
