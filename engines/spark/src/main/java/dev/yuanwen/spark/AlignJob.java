package dev.yuanwen.spark;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yuanwen.InputException;
import dev.yuanwen.align.Aligner;
import dev.yuanwen.align.Alignment;
import dev.yuanwen.align.AlignmentJson;
import dev.yuanwen.document.CorpusFolder;
import dev.yuanwen.document.GoldDocument;
import dev.yuanwen.document.GoldFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Batch alignment on Apache Spark: reads documents and writes one alignment record per document.
 *
 * <pre>{@code
 * spark-submit --class dev.yuanwen.spark.AlignJob yuanwen-spark.jar [--format jsonl|parquet] OUTPUT INPUT...
 * }</pre>
 *
 * <p>An input is a gold file (JSON lines in the gold format, {@link GoldFiles}; a folder of them, a
 * glob or any Hadoop path) or a local folder of corpus documents ({@link CorpusFolder}: {@code
 * corpus/}, {@code corpus/anthropic-pause}). A gold record of kind {@code parallel} is aligned as a
 * translation, every other document as a digest, as {@code yuanwen eval} and {@code yuanwen align
 * DIR} do.
 *
 * <p>A record is the JSON of {@code yuanwen align --format json} ({@link AlignmentJson}) on one line,
 * with the document's {@code "id"} first. Parquet has the columns {@code id}, {@code verdict},
 * {@code support} and {@code alignment} (that JSON). Each executor JVM aligns with one {@link
 * Aligner#shared()}, loaded on its first record and shared by its tasks. Bad input stops the job
 * with an {@link InputException} naming the file and the line.
 */
public final class AlignJob {
  /** What the records are written as. */
  public enum Format { JSONL, PARQUET }

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private AlignJob() {}

  /** One document to align: a corpus folder, or line {@code line} of a gold file. */
  record Input(String source, int line, String text) implements Serializable {
    private static final long serialVersionUID = 1L;

    boolean isFolder() {
      return text == null;
    }
  }

  /** One document's alignment: its id, verdict and support, and the record's JSON. */
  record Output(String id, String verdict, double support, String json) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Aligns the documents of {@code inputs} and writes their records to {@code output} (a folder that
   * must not exist yet, of part files); returns how many documents were aligned.
   *
   * @throws InputException if an input is missing or bad (the message names the file and line), or
   *     the output exists
   */
  public static long run(SparkSession spark, List<String> inputs, String output, Format format) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(output);
    try {
      FileSystem fs = out.getFileSystem(jsc.hadoopConfiguration());
      if (fs.exists(out)) {
        throw new InputException(output, "already exists (give a folder that does not exist yet)");
      }
    } catch (IOException e) {
      throw new InputException(output, "cannot check the output folder (" + e.getMessage() + ")", e);
    }
    JavaRDD<Output> aligned = align(jsc, inputs);
    try {
      if (format == Format.PARQUET) {
        StructType schema = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("verdict", DataTypes.StringType, true)
            .add("support", DataTypes.DoubleType, false)
            .add("alignment", DataTypes.StringType, false);
        JavaRDD<Row> rows = aligned.map(o -> RowFactory.create(o.id(), o.verdict(), o.support(), o.json()));
        spark.createDataFrame(rows, schema).write().parquet(output);
        return spark.read().parquet(output).count();
      }
      spark.createDataset(aligned.map(Output::json).rdd(), Encoders.STRING()).write().text(output);
      return spark.read().text(output).count();
    } catch (Exception e) { // Spark's SparkException is checked, and thrown undeclared
      throw unwrap(e);
    }
  }

  /**
   * The documents of {@code inputs}, aligned: corpus folders are listed here and read by the
   * executors; gold files are read by one task each and their lines spread over the cluster.
   */
  static JavaRDD<Output> align(JavaSparkContext jsc, List<String> inputs) {
    if (inputs.isEmpty()) {
      throw new InputException("align", "no inputs: give gold files or corpus folders");
    }
    List<Input> folders = new ArrayList<>();
    JavaRDD<Input> lines = null;
    for (String input : inputs) {
      List<Path> docs = corpusFolders(input);
      if (docs != null) {
        docs.forEach(d -> folders.add(new Input(d.toString(), 0, null)));
      } else {
        requireFiles(jsc, input);
        JavaRDD<Input> these = jsc.binaryFiles(input).flatMap(f -> lines(f._1(), f._2()));
        lines = lines == null ? these : lines.union(these);
      }
    }
    int slices = jsc.defaultParallelism();
    JavaRDD<Input> all = folders.isEmpty() ? null : jsc.parallelize(folders, Math.min(slices, folders.size()));
    if (lines != null) {
      // A file is read by one task; its documents are aligned by all.
      JavaRDD<Input> spread = lines.repartition(slices);
      all = all == null ? spread : all.union(spread);
    }
    return all.mapPartitions(AlignJob::alignAll);
  }

  /** Refuses an input that names no file (a missing path, a glob that matches nothing). */
  private static void requireFiles(JavaSparkContext jsc, String input) {
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(input);
    try {
      org.apache.hadoop.fs.FileStatus[] found = path.getFileSystem(jsc.hadoopConfiguration()).globStatus(path);
      if (found == null || found.length == 0) {
        throw new InputException(input, "no such file or folder");
      }
    } catch (IOException e) {
      throw new InputException(input, "cannot read (" + e.getMessage() + ")", e);
    }
  }

  /** The document folders {@code input} stands for when it is a local folder of corpus documents, else null. */
  private static List<Path> corpusFolders(String input) {
    Path dir;
    try {
      dir = Path.of(input);
    } catch (RuntimeException e) {
      return null; // a URI or a glob
    }
    if (!Files.isDirectory(dir)) {
      return null;
    }
    try {
      return CorpusFolder.documentsIn(dir);
    } catch (InputException e) {
      return null; // a folder of gold files
    }
  }

  /** The non-blank lines of one gold file, numbered from 1; the file must be UTF-8. */
  private static Iterator<Input> lines(String file, PortableDataStream stream) throws IOException {
    String name = file.startsWith("file:") ? Path.of(java.net.URI.create(file)).toString() : file;
    List<Input> out = new ArrayList<>();
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (BufferedReader in = new BufferedReader(new InputStreamReader(stream.open(), decoder))) {
      int n = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        n++;
        if (!line.isBlank() && !(n == 1 && line.equals("\uFEFF"))) {
          out.add(new Input(name, n, line));
        }
      }
    } catch (CharacterCodingException e) {
      throw new InputException(name, "not valid UTF-8 text", e);
    }
    if (out.isEmpty()) {
      throw new InputException(name, "no gold records (expected one JSON object per line)");
    }
    return out.iterator();
  }

  /** One partition's documents, aligned by this JVM's one aligner. */
  private static Iterator<Output> alignAll(Iterator<Input> inputs) {
    Aligner aligner = Aligner.shared();
    List<Output> out = new ArrayList<>();
    while (inputs.hasNext()) {
      out.add(align(aligner, inputs.next()));
    }
    return out.iterator();
  }

  /** One document's record, as {@code yuanwen align} gives its JSON, with the id first. */
  static Output align(Aligner aligner, Input in) {
    String id;
    Alignment a;
    if (in.isFolder()) {
      CorpusFolder doc = CorpusFolder.read(Path.of(in.source()));
      id = doc.id();
      a = aligner.align(doc.article(), doc.digest());
    } else {
      GoldDocument doc = GoldFiles.readLine(in.source(), in.line(), in.text());
      id = doc.id();
      a = aligner.align(doc.article(), doc.digest(),
          doc.kind() == GoldDocument.Kind.PARALLEL ? Aligner.Mode.PARALLEL : Aligner.Mode.DIGEST);
    }
    return new Output(id, a.verdict() == null ? null : a.verdict().key(), a.support(), record(id, a));
  }

  /** {@link AlignmentJson}'s view on one line, with {@code "id"} first. */
  static String record(String id, Alignment a) {
    try {
      ObjectNode record = JSON.createObjectNode().put("id", id);
      record.setAll((ObjectNode) JSON.readTree(AlignmentJson.render(a)));
      return JSON.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot serialize the alignment of " + id, e);
    }
  }

  /** The {@link InputException} that failed a task, when one did; else {@code e}. */
  static RuntimeException unwrap(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InputException input) {
        return input;
      }
    }
    return e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
  }

  /**
   * {@code AlignJob [--format jsonl|parquet] OUTPUT INPUT...}, for spark-submit; the master is
   * spark-submit's. Bad input or arguments: one line on standard error and exit code 2.
   */
  public static void main(String[] args) {
    Format format = Format.JSONL;
    List<String> rest = new ArrayList<>();
    try {
      for (int i = 0; i < args.length; i++) {
        if (args[i].equals("--format") && i + 1 < args.length) {
          String f = args[++i];
          format = switch (f) {
            case "jsonl" -> Format.JSONL;
            case "parquet" -> Format.PARQUET;
            default -> throw new InputException("--format", "is jsonl or parquet, not " + f);
          };
        } else if (args[i].equals("-h") || args[i].equals("--help")) {
          System.out.println(USAGE);
          return;
        } else if (args[i].startsWith("--")) {
          throw new InputException(args[i], "unknown option (" + USAGE + ")");
        } else {
          rest.add(args[i]);
        }
      }
      if (rest.size() < 2) {
        throw new InputException("align", "give OUTPUT and at least one INPUT (" + USAGE + ")");
      }
    } catch (InputException e) {
      System.err.println("yuanwen-spark: " + e.getMessage());
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder().appName("yuanwen align").getOrCreate();
    int code = 0;
    try {
      long n = run(spark, rest.subList(1, rest.size()), rest.get(0), format);
      System.err.println(String.format(Locale.ROOT, "yuanwen-spark: %d documents aligned into %s", n, rest.get(0)));
    } catch (InputException e) {
      System.err.println("yuanwen-spark: " + e.getMessage());
      code = 2;
    } finally {
      spark.stop();
    }
    if (code != 0) {
      System.exit(code);
    }
  }

  private static final String USAGE = "usage: AlignJob [--format jsonl|parquet] OUTPUT INPUT...";
}
