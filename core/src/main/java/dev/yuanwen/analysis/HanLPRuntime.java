package dev.yuanwen.analysis;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.utility.Predefine;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.slf4j.LoggerFactory;

/**
 * HanLP configured once per JVM. HanLP's configuration is global static state and not thread-safe,
 * so nothing else in the library touches it: everything goes through {@link #segment()}.
 */
final class HanLPRuntime {
  private static final org.slf4j.Logger LOG = LoggerFactory.getLogger("dev.yuanwen.hanlp");

  private HanLPRuntime() {}

  /** The shared segment; ViterbiSegment keeps no per-call state in the instance once configured. */
  static Segment segment() {
    return Holder.SEGMENT;
  }

  private static final class Holder {
    static final Segment SEGMENT = configure();
  }

  private static Segment configure() {
    routeLogging();
    HanLP.Config.ShowTermNature = true;
    HanLP.Config.Normalization = false; // we normalize ourselves and keep offsets
    long t0 = System.nanoTime();
    Segment segment =
        HanLP.newSegment()
            .enableNumberQuantifierRecognize(false) // ChineseSegmenter joins numerals itself, cheaper
            // No Chinese person-name recognition: in portable HanLP it takes three quarters of the
            // segmentation time, and on news text fewer than half of the names it tags are names
            // (占比, 曾是, 安全上, 周访台 ...) while it glues them to their neighbours' characters.
            // Names are matched by pinyin on the characters instead. Transliterated foreign names
            // (nrf) are cheap and reliable, and stay.
            .enableNameRecognize(false)
            .enableTranslatedNameRecognize(true)
            // No POS-tagging pass: it costs half again the time, and the dictionary's own tags
            // plus HanLP's name/place/organization recognition tell us all we use.
            .enablePartOfSpeechTagging(false)
            .enableCustomDictionary(true)
            .enableOffset(false);
    segment.seg("预热：加载词典。"); // loads the dictionaries now rather than on a caller's first use
    LOG.debug("HanLP ready in {} ms", (System.nanoTime() - t0) / 1_000_000);
    return segment;
  }

  /** HanLP writes warnings to java.util.logging in Chinese on stderr; send them to SLF4J instead. */
  private static void routeLogging() {
    Logger jul = Predefine.logger;
    for (Handler h : jul.getHandlers()) {
      jul.removeHandler(h);
    }
    jul.setUseParentHandlers(false);
    jul.setLevel(Level.WARNING);
    jul.addHandler(
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            if (record == null || !isLoggable(record)) {
              return;
            }
            String msg = record.getMessage();
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
              LOG.error("HanLP: {}", msg, record.getThrown());
            } else {
              LOG.warn("HanLP: {}", msg, record.getThrown());
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        });
  }
}
