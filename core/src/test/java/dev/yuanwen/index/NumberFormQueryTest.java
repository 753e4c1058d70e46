package dev.yuanwen.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link NumberFormQuery} finds exactly the tokens the regular expression it replaced found, on
 * index tokens as the segmenter makes them from news text, and on random ones.
 */
class NumberFormQueryTest {
  private static final String FIELD = "zh";
  private static final List<String> NEWS_TOKENS = List.of("47", "47%", "47万", "470", "47.5", "4.7", "4", "4%",
      "40", "400亿", "3800亿", "3800亿美元", "380亿", "38000亿", "3,800亿", "三千八百亿", "三千八百亿元", "三千八百",
      "三千八百五十", "三千八百万", "三千八百点五", "三千八百3", "百分之四十七", "百分之四十七点五", "2035年", "2035",
      "20350", "2035.5", "五十万", "500,000", "50万", "50万人", "1949头", "1,249头", "一千二百四十九", "六点四", "6.4%",
      "6.45%", "6.4/", "6.4-", "八成", "八成五", "1.9百万", "190万", "一百九十万", "台风", "上海", "4·5", "47\uD840\uDC00");
  private static final List<String> FORMS = List.of("47", "4", "3800亿", "三千八百亿", "三千八百", "百分之四十七",
      "2035", "50万", "500,000", "1,249", "6.4", "6.4%", "八成", "190万", "一百九十万", "4.7", "三", "十");
  private static ByteBuffersDirectory directory;
  private static DirectoryReader reader;

  @BeforeAll
  static void index() throws IOException {
    directory = new ByteBuffersDirectory();
    Random random = new Random(7);
    List<String> tokens = new ArrayList<>(NEWS_TOKENS);
    String alphabet = "0123456789.,%/-万亿千百十点零〇一二三四五六七八九两年元人头成美";
    for (int i = 0; i < 3000; i++) {
      StringBuilder b = new StringBuilder(FORMS.get(random.nextInt(FORMS.size())));
      for (int k = random.nextInt(4); k > 0; k--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      tokens.add(b.toString());
    }
    try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig())) {
      for (String t : tokens) {
        Document d = new Document();
        d.add(new StringField(FIELD, t, Field.Store.YES));
        w.addDocument(d);
      }
    }
    reader = DirectoryReader.open(directory);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
  }

  /** The regular expression the query replaced, kept here as the oracle. */
  private static String regexp(String form) {
    StringBuilder r = new StringBuilder();
    form.codePoints().forEach(cp -> {
      if (cp < 128 && !Character.isLetterOrDigit(cp)) {
        r.append('\\');
      }
      r.appendCodePoint(cp);
    });
    char last = form.charAt(form.length() - 1);
    if (Character.isDigit(last)) {
      r.append("([^0-9.].*)?");
    } else if ("零〇一二三四五六七八九十百千两".indexOf(last) >= 0) {
      r.append("([^").append(NumberForms.NUMERALS).append("0-9].*)?");
    } else {
      r.append(".*");
    }
    return r.toString();
  }

  private static Set<String> found(Query q) throws IOException {
    IndexSearcher s = new IndexSearcher(reader);
    StoredFields stored = s.storedFields();
    Set<String> out = new TreeSet<>();
    for (ScoreDoc sd : s.search(q, 100_000).scoreDocs) {
      out.add(stored.document(sd.doc).get(FIELD));
    }
    return out;
  }

  @Test
  void findsWhatTheRegularExpressionFound() throws IOException {
    for (String form : FORMS) {
      Set<String> expected = found(new RegexpQuery(new Term(FIELD, regexp(form))));
      assertEquals(expected, found(new NumberFormQuery(FIELD, form)), form);
    }
  }

  @Test
  void aNumberFindsItsUnitsNotALongerNumber() throws IOException {
    Set<String> found = found(new NumberFormQuery(FIELD, "47"));
    Set<String> news = new TreeSet<>(found);
    news.retainAll(NEWS_TOKENS);
    assertEquals(new TreeSet<>(List.of("47", "47%", "47万", "47\uD840\uDC00")), news);
    Set<String> numerals = found(new NumberFormQuery(FIELD, "三千八百"));
    numerals.retainAll(NEWS_TOKENS);
    // 3800 alone is neither 3850 nor 3800万 nor 3800亿
    assertEquals(new TreeSet<>(List.of("三千八百")), numerals);
  }

  @Test
  void equalQueriesAreEqual() {
    assertEquals(new NumberFormQuery(FIELD, "47"), new NumberFormQuery(FIELD, "47"));
    assertEquals(new NumberFormQuery(FIELD, "47").hashCode(), new NumberFormQuery(FIELD, "47").hashCode());
    org.junit.jupiter.api.Assertions.assertNotEquals(new NumberFormQuery(FIELD, "47"), new NumberFormQuery(FIELD, "470"));
    org.junit.jupiter.api.Assertions.assertNotEquals(new NumberFormQuery(FIELD, "47"), new NumberFormQuery("en", "47"));
  }
}
