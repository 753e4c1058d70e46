package dev.yuanwen.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** {@link ReaderPresence}: a term is present when any segment has it, in that field. */
class ReaderPresenceTest {

  private static Document doc(String field, String text) {
    Document d = new Document();
    d.add(new TextField(field, text, Field.Store.NO));
    return d;
  }

  /** Three segments: Chinese words, English words, and a segment whose only entry is deleted. */
  private static Directory threeSegments() throws IOException {
    Directory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer())
        .setMergePolicy(NoMergePolicy.INSTANCE))) {
      w.addDocument(doc(IndexSchema.ZH, "长江 禁渔 十年"));
      w.addDocument(doc(IndexSchema.ZH, "江豚 数量"));
      w.commit();
      w.addDocument(doc(IndexSchema.EN, "fishing ban yangtze"));
      w.commit();
      w.addDocument(doc(IndexSchema.ZH, "台风"));
      w.commit();
      w.deleteDocuments(new org.apache.lucene.index.Term(IndexSchema.ZH, "台风"));
      w.commit();
    }
    return dir;
  }

  @Test
  void aTermIsPresentWhenSomeSegmentHasItInThatField() throws IOException {
    try (Directory dir = threeSegments(); DirectoryReader r = DirectoryReader.open(dir)) {
      assertTrue(r.leaves().size() >= 2, "segments: " + r.leaves().size());
      ReaderPresence p = new ReaderPresence(r);
      assertTrue(p.has(IndexSchema.ZH, "长江"));
      assertTrue(p.has(IndexSchema.ZH, "江豚")); // second entry of the first segment
      assertTrue(p.has(IndexSchema.EN, "yangtze")); // only in the second segment
      assertFalse(p.has(IndexSchema.EN, "长江")); // another field's term
      assertFalse(p.has(IndexSchema.ZH, "yangtze"));
      assertFalse(p.has(IndexSchema.ZH, "长")); // a prefix of a term is not the term
      assertFalse(p.has(IndexSchema.ZH, "长江禁渔"));
      assertFalse(p.has(IndexSchema.VIA_EN, "fishing")); // a field no segment has
      assertFalse(p.has(IndexSchema.EN, ""));
    }
  }

  @Test
  void answersAreKeptAndDoNotDependOnTheOrderOfQuestions() throws IOException {
    List<String> terms = List.of("禁渔", "十年", "数量", "长江", "台", "禁渔", "zzz", "十年");
    try (Directory dir = threeSegments(); DirectoryReader r = DirectoryReader.open(dir)) {
      ReaderPresence forward = new ReaderPresence(r);
      ReaderPresence backward = new ReaderPresence(r);
      boolean[] f = new boolean[terms.size()];
      for (int i = 0; i < terms.size(); i++) {
        f[i] = forward.has(IndexSchema.ZH, terms.get(i));
      }
      for (int i = terms.size() - 1; i >= 0; i--) {
        // an enumerator that sought past a term must still find an earlier one
        assertEquals(f[i], backward.has(IndexSchema.ZH, terms.get(i)), terms.get(i));
        assertEquals(r.docFreq(new org.apache.lucene.index.Term(IndexSchema.ZH, terms.get(i))) > 0
            || terms.get(i).equals("台风"), f[i], terms.get(i));
      }
      assertTrue(f[0] && f[1] && f[2] && f[3]);
      assertFalse(f[4] || f[6]);
    }
  }

  @Test
  void anEmptyIndexHasNoTerms() throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer())).close();
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        assertFalse(new ReaderPresence(r).has(IndexSchema.ZH, "长江"));
      }
    }
  }

  @Test
  void aClosedReaderIsAnErrorNotAnAbsentTerm() throws IOException {
    try (Directory dir = threeSegments()) {
      DirectoryReader r = DirectoryReader.open(dir);
      ReaderPresence p = new ReaderPresence(r);
      assertTrue(p.has(IndexSchema.ZH, "长江"));
      r.close();
      assertTrue(p.has(IndexSchema.ZH, "长江"), "a kept answer needs no reader");
      assertThrows(RuntimeException.class, () -> p.has(IndexSchema.EN, "ban"));
    }
  }
}
