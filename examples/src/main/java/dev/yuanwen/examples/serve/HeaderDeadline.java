package dev.yuanwen.examples.serve;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a connection whose request line and headers have not all arrived within a deadline of
 * their first byte, however slowly they trickle in. The idle timeout alone does not: each byte
 * resets it, so a client sending a header byte every few seconds (slowloris) would keep its
 * connection, and its slot under the connection limit, for ever. Looks at the connector's open
 * connections every {@value #SWEEP_MS} ms; a connection between requests, or whose request is being
 * handled, is left alone.
 */
final class HeaderDeadline extends AbstractLifeCycle implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(HeaderDeadline.class);
  static final int SWEEP_MS = 250;

  private final ServerConnector connector;
  private final long limitNanos;
  /** Per connection reading a request's headers: its request count then, and when it was first seen so. */
  private final Map<EndPoint, long[]> reading = new ConcurrentHashMap<>();
  private ScheduledExecutorService timer;

  HeaderDeadline(ServerConnector connector, int limitMillis) {
    this.connector = connector;
    this.limitNanos = TimeUnit.MILLISECONDS.toNanos(limitMillis);
  }

  @Override
  protected void doStart() {
    timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "yuanwen-serve-header-deadline");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleWithFixedDelay(this, SWEEP_MS, SWEEP_MS, TimeUnit.MILLISECONDS);
  }

  @Override
  protected void doStop() {
    timer.shutdownNow();
    reading.clear();
  }

  @Override
  public void run() {
    try {
      sweep(System.nanoTime());
    } catch (RuntimeException e) {
      LOG.warn("header deadline sweep: {}", e.toString()); // never let the timer die
    }
  }

  void sweep(long now) {
    Set<EndPoint> open = new HashSet<>(connector.getConnectedEndPoints());
    reading.keySet().retainAll(open);
    for (EndPoint ep : open) {
      if (!(ep.getConnection() instanceof HttpConnection c)) {
        continue;
      }
      HttpParser parser = c.getParser();
      if (parser.isStart() || !parser.inHeaderState()) {
        reading.remove(ep); // between requests, or the request is complete and being handled
        continue;
      }
      long requests = c.getMessagesIn();
      long[] since = reading.computeIfAbsent(ep, k -> new long[] {requests, now});
      if (since[0] != requests) {
        since[0] = requests; // a new request on a kept-alive connection
        since[1] = now;
      } else if (now - since[1] > limitNanos) {
        LOG.debug("closing {}: its request headers took more than {} ms", ep.getRemoteSocketAddress(),
            TimeUnit.NANOSECONDS.toMillis(limitNanos));
        reading.remove(ep);
        ep.close();
      }
    }
  }
}
