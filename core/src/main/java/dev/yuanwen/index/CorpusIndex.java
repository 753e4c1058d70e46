package dev.yuanwen.index;

import dev.yuanwen.InputException;
import dev.yuanwen.align.Aligner;
import dev.yuanwen.align.Alignment;
import dev.yuanwen.align.Link;
import dev.yuanwen.align.PointAlignment;
import dev.yuanwen.align.TermPairs;
import dev.yuanwen.analysis.EnglishTerms;
import dev.yuanwen.analysis.Terms;
import dev.yuanwen.analysis.SegmentedArticle;
import dev.yuanwen.document.Paragraph;
import dev.yuanwen.document.Point;
import dev.yuanwen.lexicon.TranslationTable;
import dev.yuanwen.lexicon.TranslationTable.TermPair;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A searchable corpus of Chinese articles and English digests, on disk (Lucene). Each document is
 * aligned when it is added, and a hit on either side comes with its aligned counterparts.
 *
 * <pre>{@code
 * try (CorpusIndex index = CorpusIndex.open(Path.of("corpus-index"))) {
 *   index.addAll(CorpusDocument.readAll(List.of(Path.of("corpus"))), IndexProgress.NONE);
 *   for (Hit hit : index.search(SearchRequest.of("Anthropic 估值")).hits()) { ... }
 * }
 * }</pre>
 *
 * <p>The index learns a {@link TranslationTable} from its documents' alignments (the points
 * against the paragraphs they are confidently linked to) and its search translates with it beside
 * CC-CEDICT; the table is stored in the index, committed with the documents. {@link #addAll} learns
 * it at its end: from every document when there is no table yet, else from the batch alone, merged
 * into the table, until the table has learned from {@value #LEARN_LINKS} links. {@link #add} and {@link
 * #delete} leave the table as it is, and search stays correct: a learned translation only adds
 * candidates, and those no entry has are left out. {@link #relearn()} learns it again from
 * everything. Each paragraph entry also carries the English of the points linked to it, and each
 * point the Chinese of its paragraphs, weighted by the links' confidence, so a query can reach an
 * entry through what its counterpart says (below the words it has itself).
 *
 * <p>Adding a document whose id is already there replaces it in one step. Changes become durable
 * at {@link #commit()} (also at {@link #close()} and every few seconds of {@link #addAll}); a crash
 * or kill loses only what was not committed, and the index opens as it was at the last commit.
 * One process writes at a time; any number may search. Thread-safe.
 */
public final class CorpusIndex implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(CorpusIndex.class);
  /** {@link #addAll} commits at least this often. */
  private static final Duration COMMIT_EVERY = Duration.ofSeconds(10);
  /** How many documents {@link #addAll} prepares ahead of the writer. */
  private static final int PREPARED_AHEAD = 8;

  private final String name;
  private final Directory directory;
  private final Aligner aligner;
  private final Analyzer chinese = IndexSchema.newChineseAnalyzer();
  private final Analyzer analyzer = IndexSchema.analyzer(chinese);
  private IndexWriter writer;
  private SearcherManager searchers;
  /**
   * When a searcher on the directory (not on this index's own writer) last looked for a newer commit,
   * in {@link System#nanoTime()}: that look reads the commit file from disk, so readers look at most
   * every {@link #COMMIT_CHECK_NANOS}; a writer's own searchers see its changes at once.
   */
  private static final long COMMIT_CHECK_NANOS = 100_000_000L;
  private long lastCommitCheck = System.nanoTime() - COMMIT_CHECK_NANOS;
  /** The document count of one reader: readers never change, so it holds as long as the reader is current. */
  private volatile ReaderCount documents;

  private record ReaderCount(org.apache.lucene.index.IndexReader reader, int count) {}
  private boolean closed;

  private CorpusIndex(String name, Directory directory, Aligner aligner) {
    this.name = name;
    this.directory = directory;
    this.aligner = aligner;
  }

  /**
   * Opens the index in {@code dir}, which is created at the first write. A folder that holds
   * something else, or an index this version cannot read, is an {@link InputException}.
   */
  public static CorpusIndex open(Path dir) {
    return open(dir, Aligner.shared());
  }

  /** As {@link #open(Path)}, aligning new documents with {@code aligner}. */
  public static CorpusIndex open(Path dir, Aligner aligner) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new InputException(dir.toString(), "a file, not an index folder");
    }
    if (Files.isDirectory(dir) && !exists(dir) && !isEmptyFolder(dir)) {
      throw new InputException(dir.toString(),
          "not an index, and not empty; give a new or empty folder for the index (nothing was written)");
    }
    try {
      CorpusIndex index = new CorpusIndex(dir.toString(), FSDirectory.open(dir), aligner);
      index.checkVersion();
      return index;
    } catch (IOException e) {
      throw new InputException(dir.toString(), "cannot open the index (" + e.getMessage() + ")", e);
    }
  }

  /** An index in memory, for tests and one-off evaluations. */
  public static CorpusIndex inMemory() {
    return new CorpusIndex("(memory)", new ByteBuffersDirectory(), Aligner.shared());
  }

  /** Whether {@code dir} holds a committed index. */
  public static boolean exists(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Directory d = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(d);
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean isEmptyFolder(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  private void checkVersion() throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return;
    }
    Map<String, String> data;
    try {
      data = SegmentInfos.readLatestCommit(directory).getUserData();
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
      throw new InputException(name, "the index is damaged or from another Lucene version (" + e.getMessage() + ")", e);
    }
    String version = data.get(IndexSchema.MARK);
    if (version == null) {
      throw new InputException(name, "is a Lucene index, but not one yuanwen wrote");
    }
    if (!version.equals(IndexSchema.VERSION)) {
      throw new InputException(name, "was written by another version of yuanwen (layout " + version
          + ", this one reads " + IndexSchema.VERSION + "); index the corpus again into a new folder");
    }
  }

  // ---------------------------------------------------------------- writing

  /**
   * Aligns and adds {@code doc}, replacing any document with its id; durable at the next commit.
   * The translation table stays as it is (see the class comment).
   */
  public void add(CorpusDocument doc) {
    write(doc, prepare(doc));
  }

  /** A document's entries, and the training pairs its alignment gives the translation table. */
  private record Prepared(List<Document> entries, List<TermPair> pairs) {}

  /** Segments (once, for both), aligns and builds the entries: everything but the writing. */
  private Prepared prepare(CorpusDocument doc) {
    SegmentedArticle segmented = SegmentedArticle.of(doc.article());
    Alignment alignment = aligner.align(segmented, doc.digest());
    List<TermPair> pairs = TermPairs.of(segmented, alignment, TermPairs.MIN_CONFIDENCE);
    List<Document> entries = entries(doc, segmented, alignment);
    entries.get(0).add(new StoredField(IndexSchema.PAIRS, PairText.write(pairs)));
    return new Prepared(entries, pairs);
  }

  private synchronized void write(CorpusDocument doc, Prepared prepared) {
    try {
      writer().updateDocuments(new Term(IndexSchema.DOC, doc.id()), prepared.entries());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to the index " + name, e);
    }
  }

  /**
   * Adds each document as {@link #add} does, telling {@code progress} after each; commits every
   * few seconds and at the end. Returns how many were added.
   */
  public int addAll(List<CorpusDocument> docs, IndexProgress progress) {
    long start = System.nanoTime();
    long lastCommit = start;
    // Documents are segmented and aligned on a second thread, a few ahead of the one writer.
    ExecutorService preparer = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "yuanwen-index-prepare");
      t.setDaemon(true);
      return t;
    });
    Deque<Future<Prepared>> ahead = new ArrayDeque<>();
    List<TermPair> batch = new ArrayList<>();
    try {
      int submitted = 0;
      for (int i = 0; i < docs.size(); i++) {
        while (submitted < docs.size() && submitted < i + PREPARED_AHEAD) {
          CorpusDocument next = docs.get(submitted++);
          ahead.add(preparer.submit(() -> prepare(next)));
        }
        Prepared p = prepared(ahead.poll());
        write(docs.get(i), p);
        batch.addAll(p.pairs());
        pauseAt("between-documents");
        long now = System.nanoTime();
        if (now - lastCommit > COMMIT_EVERY.toNanos()) {
          commit();
          lastCommit = now;
        }
        progress.update(i + 1, docs.size(), Duration.ofNanos(now - start));
      }
    } finally {
      preparer.shutdownNow();
    }
    if (!docs.isEmpty()) {
      learnAfter(docs.size(), batch);
    }
    commit();
    return docs.size();
  }

  private static Prepared prepared(Future<Prepared> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while indexing", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Deletes the document with this id; returns whether there was one. Durable at the next commit. */
  public synchronized boolean delete(String id) {
    boolean had = document(id).isPresent();
    try {
      writer().deleteDocuments(new Term(IndexSchema.DOC, id));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to the index " + name, e);
    }
    return had;
  }

  /** Makes every change so far durable. */
  public synchronized void commit() {
    if (writer == null) {
      return;
    }
    try {
      writer.setLiveCommitData(Map.of(IndexSchema.MARK, IndexSchema.VERSION).entrySet());
      pauseAt("before-prepare-commit");
      writer.prepareCommit(); // writes and syncs the new segments and a pending commit point
      pauseAt("after-prepare-commit");
      writer.commit(); // makes the pending commit point the index's latest
      pauseAt("after-commit");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the index " + name, e);
    }
  }

  /**
   * Commits, then merges the index into one segment and commits again: a search looks each query
   * word up once per segment, so a many-segment index (a large {@link #addAll} leaves 10 to 20)
   * spends more time finding the words than scoring them. At 100 K paragraphs the merge took 8 s
   * (indexing them, 160 s) and cut the mean search from 5.8 to 3.6 ms. Searches during the merge
   * see the index as it was; a crash during it leaves the last commit.
   *
   * @return how many segments there were before; 1 or 0 means nothing was merged
   */
  public synchronized int compact() {
    commit();
    try {
      IndexWriter w = writer();
      int before;
      try (DirectoryReader r = DirectoryReader.open(w)) {
        before = r.leaves().size();
      }
      if (before > 1) {
        w.forceMerge(1);
        commit();
      }
      return before;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot compact the index " + name, e);
    }
  }

  /**
   * Test-only: told each named point of a write as it is reached (null, and so never called, in
   * normal use). The crash test sets it in a child process that stops at one point and is killed
   * there. Points: {@code between-documents} (in {@link #addAll}, after each document is written),
   * {@code before-prepare-commit}, {@code after-prepare-commit} (between Lucene's two commit
   * phases) and {@code after-commit}.
   */
  static volatile Consumer<String> pauseHook;

  private static void pauseAt(String point) {
    Consumer<String> hook = pauseHook;
    if (hook != null) {
      hook.accept(point);
    }
  }

  private IndexWriter writer() throws IOException {
    if (closed) {
      throw new IllegalStateException("the index " + name + " is closed");
    }
    if (writer == null) {
      IndexWriterConfig config = new IndexWriterConfig(analyzer)
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(64)
          .setCommitOnClose(false);
      try {
        writer = new IndexWriter(directory, config);
      } catch (LockObtainFailedException e) {
        throw new InputException(name, "another process is writing to this index; wait for it to finish", e);
      }
      if (searchers != null) {
        searchers.close();
      }
      searchers = new SearcherManager(writer, null); // searches see uncommitted changes too
    }
    return writer;
  }

  private List<Document> entries(CorpusDocument doc, SegmentedArticle segmented, Alignment alignment) {
    List<Document> out = new ArrayList<>();
    Document meta = common(doc, IndexSchema.TYPE_DOC);
    meta.add(new StoredField(IndexSchema.OUTLET, doc.outlet()));
    meta.add(new StoredField(IndexSchema.OUTLET_EN, doc.outletEn()));
    meta.add(new StoredField(IndexSchema.TITLE_ZH, doc.titleZh()));
    meta.add(new StoredField(IndexSchema.TITLE_EN, doc.titleEn()));
    meta.add(new StoredField(IndexSchema.DATE, doc.date()));
    doc.tags().forEach(t -> meta.add(new StoredField(IndexSchema.TAG, t)));
    StringBuilder links = new StringBuilder();
    for (Point p : doc.digest().points()) {
      if (p.index() > 0) {
        links.append(';');
      }
      links.append(join(alignment.point(p.index()).paragraphs()));
    }
    meta.add(new StoredField(IndexSchema.LINKS, links.toString()));
    out.add(meta);
    int paragraphs = doc.article().paragraphs().size();
    WeightedTerms[] viaEn = new WeightedTerms[paragraphs];
    List<List<String>> zhTerms = new ArrayList<>();
    for (int z = 0; z < paragraphs; z++) {
      viaEn[z] = new WeightedTerms();
      zhTerms.add(null);
    }
    List<WeightedTerms> viaZh = new ArrayList<>();
    for (PointAlignment pa : alignment.points()) {
      WeightedTerms via = new WeightedTerms();
      List<String> enTerms = null;
      for (Link link : pa.links()) {
        int z = link.paragraph();
        if (z >= paragraphs) {
          continue;
        }
        if (enTerms == null) {
          enTerms = Terms.of(EnglishTerms.analyzer(), IndexSchema.EN, pa.point().raw());
        }
        if (zhTerms.get(z) == null) {
          zhTerms.set(z, terms(IndexSchema.chineseTokens(segmented.tokens(z), segmented.start(z),
              doc.article().paragraphs().get(z).text().length())));
        }
        for (String t : enTerms) {
          viaEn[z].add(t, link.confidence());
        }
        for (String t : zhTerms.get(z)) {
          via.add(t, link.confidence());
        }
      }
      viaZh.add(via);
    }
    for (Paragraph p : doc.article().paragraphs()) {
      Document e = entry(doc, Side.ZH, p.index(), p.text(), alignment.pointsLinkedTo(p.index()));
      e.add(new Field(IndexSchema.ZH, IndexSchema.chineseTokens(segmented.tokens(p.index()),
          segmented.start(p.index()), p.text().length()), IndexSchema.TEXT_WITH_VECTORS));
      if (!viaEn[p.index()].isEmpty()) {
        e.add(viaEn[p.index()].field(IndexSchema.VIA_EN));
      }
      out.add(e);
    }
    for (Point p : doc.digest().points()) {
      Document e = entry(doc, Side.EN, p.index(), p.raw(), alignment.point(p.index()).paragraphs());
      e.add(new TextField(IndexSchema.EN, p.raw(), Field.Store.NO)); // English analysis is cheap: no vectors
      if (p.index() < viaZh.size() && !viaZh.get(p.index()).isEmpty()) {
        e.add(viaZh.get(p.index()).field(IndexSchema.VIA_ZH));
      }
      out.add(e);
    }
    out.forEach(IndexSchema::withEveryScoredField);
    return out;
  }

  private static List<String> terms(TokenStream ts) {
    List<String> out = new ArrayList<>();
    try (ts) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // tokens in memory
    }
    return out;
  }

  private static Document entry(CorpusDocument doc, Side side, int index, String text, List<Integer> aligned) {
    Document e = common(doc, IndexSchema.typeOf(side));
    e.add(new IntPoint(IndexSchema.INDEX, index));
    e.add(new StoredField(IndexSchema.INDEX, index));
    e.add(new StoredField(IndexSchema.SIDE, side.label()));
    e.add(new StoredField(IndexSchema.TITLE, doc.title())); // saves a lookup per hit
    e.add(new StoredField(IndexSchema.TEXT, text));
    e.add(new StoredField(IndexSchema.ALIGNED, join(aligned)));
    return e;
  }

  private static Document common(CorpusDocument doc, String type) {
    Document e = new Document();
    e.add(new StringField(IndexSchema.TYPE, type, Field.Store.NO));
    e.add(new StringField(IndexSchema.DOC, doc.id(), Field.Store.YES));
    for (String outlet : List.of(doc.outlet(), doc.outletEn())) {
      if (!outlet.isBlank()) {
        e.add(new StringField(IndexSchema.OUTLET_KEY, IndexSchema.key(outlet), Field.Store.NO));
      }
    }
    doc.tags().forEach(t -> e.add(new StringField(IndexSchema.TAG_KEY, IndexSchema.key(t), Field.Store.NO)));
    return e;
  }

  private static String join(List<Integer> values) {
    StringBuilder s = new StringBuilder();
    for (int v : values) {
      if (s.length() > 0) {
        s.append(',');
      }
      s.append(v);
    }
    return s.toString();
  }

  static List<Integer> split(String values, String separator) {
    if (values == null || values.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(values.split(separator)).map(Integer::parseInt).toList();
  }

  // ---------------------------------------------------------------- the translation table

  /**
   * The table learns from at most this many links (an even sample of them past it): enough for a
   * corpus's names, abbreviations and terms, and it keeps learning to seconds, not minutes.
   */
  static final int LEARN_LINKS = 10_000;

  /** The table searches use, the reader version and table id it was read for, and how many links it learned from. */
  private record CachedTable(long version, String id, TranslationTable table, int links) {}

  private volatile CachedTable cached;

  /**
   * After {@link #addAll} wrote {@code added} documents: learns the table from everything when
   * there is none yet; else learns the batch's table and merges it in, while the table has learned
   * from fewer than {@link #LEARN_LINKS} links (past that, a batch leaves it as it is).
   */
  private void learnAfter(int added, List<TermPair> batch) {
    TranslationTable current = translationTable();
    int learnedLinks = cached == null ? 0 : cached.links();
    int total = documentCount();
    if (current.isEmpty()) {
      relearn();
      return;
    }
    int budget = LEARN_LINKS - learnedLinks;
    if (budget <= 0 || batch.isEmpty()) {
      LOG.debug("the table has learned from {} links; {} more documents leave it as it is", learnedLinks, added);
      return;
    }
    long t0 = System.nanoTime();
    List<TermPair> sample = sample(batch, budget);
    TranslationTable learned = TranslationTable.learn(sample, TranslationTable.Options.defaults());
    TranslationTable merged = TranslationTable.merge(List.of(current, learned));
    storeTable(merged, "merged " + added + " documents into the table of " + (total - added), learnedLinks + sample.size());
    LOG.debug("learned {} from {} documents and merged it: {} ({} ms)", learned, added, merged,
        (System.nanoTime() - t0) / 1_000_000);
  }

  /**
   * Learns the translation table again from every document's alignment (at most {@value #LEARN_LINKS} links, evenly spread; the training pairs are
   * stored in the index) and stores it in the index, durable at the next commit. Returns it.
   */
  public TranslationTable relearn() {
    long t0 = System.nanoTime();
    List<TermPair> pairs = withSearcher(s -> {
      List<TermPair> all = new ArrayList<>();
      Map<String, String> terms = new HashMap<>();
      if (s == null) {
        return all;
      }
      Query q = new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_DOC));
      TopDocs top = s.search(q, Math.max(1, s.count(q)));
      StoredFields stored = s.storedFields();
      for (ScoreDoc sd : top.scoreDocs) {
        String text = stored.document(sd.doc, java.util.Set.of(IndexSchema.PAIRS)).get(IndexSchema.PAIRS);
        all.addAll(PairText.read(text, terms));
      }
      return all;
    });
    List<TermPair> sample = sample(pairs, LEARN_LINKS);
    TranslationTable table = TranslationTable.learn(sample, TranslationTable.Options.defaults());
    storeTable(table, "learned from " + documentCount() + " documents (" + sample.size()
        + (sample.size() < pairs.size() ? " of " + pairs.size() : "") + " links)", sample.size());
    LOG.debug("relearned {} from {} pairs in {} ms", table, pairs.size(), (System.nanoTime() - t0) / 1_000_000);
    return table;
  }

  /** At most {@code max} of {@code pairs}, evenly spread. */
  private static List<TermPair> sample(List<TermPair> pairs, int max) {
    if (pairs.size() <= max) {
      return pairs;
    }
    List<TermPair> out = new ArrayList<>(max);
    for (int i = 0; i < max; i++) {
      out.add(pairs.get((int) ((long) i * pairs.size() / max)));
    }
    return out;
  }

  private synchronized void storeTable(TranslationTable table, String what, int links) {
    String id = what + "; " + table.size() + " pairs; " + java.util.UUID.randomUUID();
    Document d = new Document();
    d.add(new StringField(IndexSchema.TYPE, IndexSchema.TYPE_TABLE, Field.Store.NO));
    d.add(new StoredField(IndexSchema.TABLE, new BytesRef(table.toBytes())));
    d.add(new StoredField(IndexSchema.TABLE_ID, id));
    d.add(new StoredField(IndexSchema.TABLE_LINKS, links));
    try {
      writer().updateDocuments(new Term(IndexSchema.TYPE, IndexSchema.TYPE_TABLE), List.of(IndexSchema.withEveryScoredField(d)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to the index " + name, e);
    }
    cached = null;
  }

  /**
   * The translation table the search uses: learned from the index's documents ({@link
   * TranslationTable#empty()} before anything was learned).
   */
  public TranslationTable translationTable() {
    return withSearcher(this::tableFor);
  }

  /** What the table was learned from, as {@link #relearn} or {@link #addAll} said; empty if none. */
  public String translationTableSource() {
    return withSearcher(s -> {
      tableFor(s);
      CachedTable c = cached;
      return c == null || c.id() == null ? "" : c.id().substring(0, Math.max(0, c.id().lastIndexOf(';')));
    });
  }

  /** The table of the index {@code s} reads, read once per table written. */
  private TranslationTable tableFor(IndexSearcher s) throws IOException {
    if (s == null) {
      return TranslationTable.empty();
    }
    long version = s.getIndexReader() instanceof DirectoryReader r ? r.getVersion() : -1;
    CachedTable c = cached;
    if (c != null && c.version() == version && version >= 0) {
      return c.table();
    }
    TopDocs top = s.search(new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_TABLE)), 1);
    if (top.scoreDocs.length == 0) {
      cached = new CachedTable(version, null, TranslationTable.empty(), 0);
      return TranslationTable.empty();
    }
    StoredFields stored = s.storedFields();
    String id = stored.document(top.scoreDocs[0].doc, java.util.Set.of(IndexSchema.TABLE_ID)).get(IndexSchema.TABLE_ID);
    if (c != null && id != null && id.equals(c.id())) {
      cached = new CachedTable(version, id, c.table(), c.links());
      return c.table();
    }
    Document d = stored.document(top.scoreDocs[0].doc);
    BytesRef bytes = d.getBinaryValue(IndexSchema.TABLE);
    IndexableField links = d.getField(IndexSchema.TABLE_LINKS);
    TranslationTable table = TranslationTable.read(
        new ByteArrayInputStream(bytes.bytes, bytes.offset, bytes.length), name + " (its translation table)");
    cached = new CachedTable(version, id, table, links == null ? 0 : links.numericValue().intValue());
    return table;
  }

  // ---------------------------------------------------------------- reading

  /** How many documents the index holds (as far as this process sees: committed, or its own). */
  public int documentCount() {
    return withSearcher(s -> {
      if (s == null) {
        return 0;
      }
      ReaderCount known = documents;
      if (known != null && known.reader() == s.getIndexReader()) {
        return known.count();
      }
      int n = s.count(new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_DOC)));
      documents = new ReaderCount(s.getIndexReader(), n);
      return n;
    });
  }

  /** How many article paragraphs the index holds. */
  public int paragraphCount() {
    return count(new TermQuery(new Term(IndexSchema.TYPE, Side.ZH.label())));
  }

  /** How many digest points the index holds. */
  public int pointCount() {
    return count(new TermQuery(new Term(IndexSchema.TYPE, Side.EN.label())));
  }

  private int count(Query q) {
    return withSearcher(s -> s == null ? 0 : s.count(q));
  }

  /** The ids of all documents, sorted. */
  public List<String> ids() {
    return withSearcher(s -> {
      if (s == null) {
        return List.of();
      }
      Query q = new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_DOC));
      TopDocs top = s.search(q, Math.max(1, s.count(q)));
      StoredFields stored = s.storedFields();
      List<String> ids = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        ids.add(stored.document(sd.doc).get(IndexSchema.DOC));
      }
      ids.sort(null);
      return ids;
    });
  }

  /** The stored document with this id, if the index has it. */
  public Optional<StoredDocument> document(String id) {
    return withSearcher(s -> s == null ? Optional.empty() : Optional.ofNullable(read(s, id)));
  }

  private StoredDocument read(IndexSearcher s, String id) throws IOException {
    TopDocs top = s.search(new TermQuery(new Term(IndexSchema.DOC, id)), 100_000);
    if (top.scoreDocs.length == 0) {
      return null;
    }
    StoredFields stored = s.storedFields();
    Document meta = null;
    TreeMap<Integer, String> paragraphs = new TreeMap<>();
    TreeMap<Integer, String> points = new TreeMap<>();
    for (ScoreDoc sd : top.scoreDocs) {
      Document d = stored.document(sd.doc);
      IndexableField index = d.getField(IndexSchema.INDEX);
      if (index == null) {
        meta = d;
      } else if (isParagraph(d)) {
        paragraphs.put(index.numericValue().intValue(), d.get(IndexSchema.TEXT));
      } else {
        points.put(index.numericValue().intValue(), d.get(IndexSchema.TEXT));
      }
    }
    if (meta == null) {
      return null;
    }
    List<List<Integer>> links = new ArrayList<>();
    String linkText = meta.get(IndexSchema.LINKS);
    String[] perPoint = linkText.split(";", -1);
    for (int i = 0; i < points.size(); i++) {
      links.add(i < perPoint.length ? split(perPoint[i], ",") : List.of());
    }
    return new StoredDocument(id, meta.get(IndexSchema.OUTLET), meta.get(IndexSchema.OUTLET_EN),
        meta.get(IndexSchema.TITLE_ZH), meta.get(IndexSchema.TITLE_EN), meta.get(IndexSchema.DATE),
        List.of(meta.getValues(IndexSchema.TAG)), new ArrayList<>(paragraphs.values()),
        new ArrayList<>(points.values()), links);
  }

  /** Paragraph entries store their side in {@link IndexSchema#SIDE}. */
  private static boolean isParagraph(Document d) {
    return Side.ZH.label().equals(d.get(IndexSchema.SIDE));
  }

  /**
   * Runs {@code request}: its query as {@link BilingualQuery} reads it (phrases, exclusions, OR,
   * filters; anything else is text), and the request's filters. An empty query, one of exclusions
   * or filters only, or one with no word the index could match, has no hits; the results' {@link
   * SearchResults#explanation()} says what the query was translated into, or why nothing was
   * searched.
   */
  public SearchResults search(SearchRequest request) {
    return withSearcher(s -> search(s, request));
  }

  private SearchResults search(IndexSearcher s, SearchRequest request) throws IOException {
    BilingualQuery t = BilingualQuery.of(request.query(), request.language(), s == null ? null : s.getIndexReader(),
        tableFor(s));
    if (t.isEmpty() || s == null) {
      return new SearchResults(request, t.language(), 0, List.of(), t.explanation());
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder().add(t.query(), Occur.MUST);
    if (request.side() != null) {
      q.add(new TermQuery(new Term(IndexSchema.TYPE, request.side().label())), Occur.FILTER);
    }
    if (request.doc() != null) {
      q.add(new TermQuery(new Term(IndexSchema.DOC, request.doc())), Occur.FILTER);
    }
    if (request.outlet() != null) {
      q.add(new TermQuery(new Term(IndexSchema.OUTLET_KEY, IndexSchema.key(request.outlet()))), Occur.FILTER);
    }
    if (request.tag() != null) {
      q.add(new TermQuery(new Term(IndexSchema.TAG_KEY, IndexSchema.key(request.tag()))), Occur.FILTER);
    }
    Query query = q.build();
    {
      // Every hit scored and counted: the count is exact, and on long queries of common words this
      // is faster at the tail than skipping hits that cannot reach the top (at 100 K paragraphs the
      // p99 of the search alone fell from 41-52 ms to 16-21 ms, the mean stayed at 3.5-4 ms).
      // One collector on this thread: the default manager counts every hit on a counter shared
      // between threads (an atomic increment per hit; about 1% of the search time at 100 K).
      TopDocs top = s.search(query, new TopScoreDocCollectorManager(request.offset() + request.limit(), null,
          Integer.MAX_VALUE, false));
      StoredFields stored = s.storedFields();
      List<Document> found = new ArrayList<>();
      Integer[] order = new Integer[Math.max(0, top.scoreDocs.length - request.offset())];
      for (int i = 0; i < order.length; i++) {
        order[i] = request.offset() + i;
        found.add(null);
      }
      // read in index order (each block of stored fields decompressed once), kept in rank order
      Arrays.sort(order, (x, y) -> Integer.compare(top.scoreDocs[x].doc, top.scoreDocs[y].doc));
      for (int i : order) {
        found.set(i - request.offset(), stored.document(top.scoreDocs[i].doc, HIT_FIELDS));
      }
      int[] docIds = new int[found.size()];
      for (int i = 0; i < docIds.length; i++) {
        docIds[i] = top.scoreDocs[request.offset() + i].doc;
      }
      Map<String, String> aligned = Counterparts.of(s, stored, found, docIds);
      Map<String, String> titles = new HashMap<>();
      List<Hit> hits = new ArrayList<>();
      org.apache.lucene.index.TermVectors vectors = s.getIndexReader().termVectors();
      for (int i = 0; i < found.size(); i++) {
        int docId = top.scoreDocs[request.offset() + i].doc;
        Document d = found.get(i);
        String id = d.get(IndexSchema.DOC);
        Side side = Side.valueOf(d.get(IndexSchema.SIDE).toUpperCase(java.util.Locale.ROOT));
        int index = d.getField(IndexSchema.INDEX).numericValue().intValue();
        String text = d.get(IndexSchema.TEXT);
        List<Hit.Span> spans = side == Side.ZH
            ? Highlighter.spans(vectors, docId, chinese, IndexSchema.ZH, text, t.zh())
            : Highlighter.spans(vectors, docId, analyzer, IndexSchema.EN, text, t.en());
        String title = d.get(IndexSchema.TITLE) != null ? d.get(IndexSchema.TITLE) : titles.computeIfAbsent(id, k -> title(s, k));
        List<Hit.Counterpart> others = new ArrayList<>();
        for (int other : split(d.get(IndexSchema.ALIGNED), ",")) {
          String otherText = aligned.get(Counterparts.key(id, side.other(), other));
          if (otherText != null) {
            others.add(new Hit.Counterpart(side.other(), other, otherText));
          }
        }
        hits.add(new Hit(id, title, side, index, top.scoreDocs[request.offset() + i].score, text, spans, others));
      }
      return new SearchResults(request, t.language(), top.totalHits.value, hits, t.explanation());
    }
  }

  /** The stored fields a hit shows: the rest (a document entry's texts and pairs) is not decoded. */
  private static final Set<String> HIT_FIELDS = Set.of(IndexSchema.DOC, IndexSchema.SIDE, IndexSchema.INDEX,
      IndexSchema.TEXT, IndexSchema.TITLE, IndexSchema.ALIGNED);

  private static String title(IndexSearcher s, String id) {
    try {
      BooleanQuery q = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(IndexSchema.DOC, id)), Occur.FILTER)
          .add(new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_DOC)), Occur.FILTER)
          .build();
      TopDocs top = s.search(q, 1);
      if (top.scoreDocs.length == 0) {
        return id;
      }
      Document meta = s.storedFields().document(top.scoreDocs[0].doc);
      String en = meta.get(IndexSchema.TITLE_EN);
      String zh = meta.get(IndexSchema.TITLE_ZH);
      return en != null && !en.isEmpty() ? en : zh != null && !zh.isEmpty() ? zh : id;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FunctionalInterface
  private interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  /** Runs {@code work} on a fresh searcher, or with null when nothing was ever committed. */
  private <T> T withSearcher(SearcherWork<T> work) {
    SearcherManager manager;
    IndexSearcher s;
    try {
      // A look for a newer commit written by another process, at most every COMMIT_CHECK_NANOS, by
      // one search, outside the lock: it reads the commit from disk (0.1 ms, up to 6 ms), and under
      // the lock every other search waited for it.
      SearcherManager stale = null;
      synchronized (this) {
        long now = System.nanoTime();
        if (!closed && searchers != null && writer == null && now - lastCommitCheck >= COMMIT_CHECK_NANOS) {
          lastCommitCheck = now;
          stale = searchers;
        }
      }
      if (stale != null) {
        try {
          stale.maybeRefreshBlocking();
        } catch (org.apache.lucene.store.AlreadyClosedException e) {
          // closed meanwhile (the index, or this manager for a writer's): the next search sees the new state
        }
      }
      synchronized (this) {
        if (closed) {
          throw new IllegalStateException("the index " + name + " is closed");
        }
        if (searchers == null) {
          if (!DirectoryReader.indexExists(directory)) {
            return work.apply(null);
          }
          searchers = new SearcherManager(directory, null);
        }
        manager = searchers;
        if (writer != null) { // this index's own writes: seen at once
          manager.maybeRefreshBlocking();
          lastCommitCheck = System.nanoTime();
        }
        // acquired under the lock: the first write closes this manager for one on the writer, and a
        // searcher acquired before that stays valid until released
        s = manager.acquire();
      }
      try {
        return work.apply(s);
      } finally {
        manager.release(s);
      }
    } catch (IndexNotFoundException e) {
      try {
        return work.apply(null);
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    } catch (CorruptIndexException e) {
      throw new InputException(name, "the index is damaged (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index " + name, e);
    }
  }

  /** Commits what was written, then closes. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    try {
      if (writer != null) {
        commit();
      }
      if (searchers != null) {
        searchers.close();
      }
      if (writer != null) {
        writer.close();
      }
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the index " + name, e);
    } finally {
      closed = true;
      LOG.debug("closed index {}", name);
    }
  }

  @Override
  public String toString() {
    return "CorpusIndex[" + name + "]";
  }
}
