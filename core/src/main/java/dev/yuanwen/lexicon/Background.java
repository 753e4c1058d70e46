package dev.yuanwen.lexicon;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A piece of the load run on a second core while the loading thread does another: the load is a
 * handful of independent CPU-bound steps, and on a cold JVM each one counts against the half
 * second the lexicon may take. Runs the work inline when there is only one processor.
 */
final class Background<T> {
  private final FutureTask<T> task;

  private Background(FutureTask<T> task) {
    this.task = task;
  }

  static <T> Background<T> start(String name, Callable<T> work) {
    FutureTask<T> task = new FutureTask<>(work);
    if (Runtime.getRuntime().availableProcessors() > 1) {
      Thread thread = new Thread(task, "yuanwen-lexicon-" + name);
      thread.setDaemon(true);
      thread.start();
    } else {
      task.run();
    }
    return new Background<>(task);
  }

  /**
   * The result, waiting for it if needed; the work's own exception is rethrown. Waits through
   * interrupts (and restores the flag): the load runs inside class initialisation, where giving up
   * halfway would leave the class unusable for the rest of the JVM's life.
   */
  T join() {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException r) {
            throw r;
          }
          if (cause instanceof Error err) {
            throw err;
          }
          throw new IllegalStateException(cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
