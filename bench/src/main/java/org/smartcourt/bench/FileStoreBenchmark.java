package org.smartcourt.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.HdrHistogram.Recorder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.smartcourt.ledger.EntryType;
import org.smartcourt.ledger.Ledger;
import org.smartcourt.storage.DocumentType;
import org.smartcourt.storage.FileStore;
import org.smartcourt.storage.StoredFile;

/**
 * Issue 7: storing and anchoring {@code --files} files of {@code --size} bytes each (1,000 × 1 MB). Each file is a
 * distinct valid PDF (a one-page document whose content stream carries random filler), stored through
 * {@link FileStore#store} by {@code --threads} clients exactly as an upload is: type by content, PDF check (PDFBox
 * parse), SHA-256 and SM3, temporary file, fsync, rename, catalogue row, {@code FileStored} event. "Anchored" is
 * when {@link Ledger#indexOf} finds the file's ledger entry. The reference beside it, on the same disk: a plain loop
 * that hashes each file with SHA-256 and writes it with the same temporary-file, fsync and rename steps, without
 * the application.
 */
final class FileStoreBenchmark {

	static final List<String> OPTIONS = List.of("files", "size", "threads", "dir");

	private final Options options;

	FileStoreBenchmark(Options options) {
		this.options = options;
	}

	void run() throws Exception {
		int count = options.integer("files", 1000);
		int size = options.integer("size", 1 << 20);
		int threads = options.integer("threads", 4);
		Path dir = options.path("dir", Path.of("bench/target/run/casefile-store"));
		System.out.println(Machine.describe());
		List<byte[]> files = pdfs(count, size);
		System.out.printf(Locale.ROOT, "# %d distinct PDFs of %d bytes generated%n", count, files.get(0).length);
		try (BenchApp app = BenchApp.start(dir, true, Map.of())) {
			System.out.println("# postgresql: " + app.databaseSettings());
			Thread.sleep(2000);
			store(app, files, threads);
		}
		reference(dir.resolve("reference"), files, threads);
	}

	private void store(BenchApp app, List<byte[]> files, int threads) throws Exception {
		FileStore store = app.bean(FileStore.class);
		Ledger ledger = app.bean(Ledger.class);
		Recorder recorder = new Recorder(3);
		AtomicInteger next = new AtomicInteger();
		ConcurrentLinkedQueue<String> hashes = new ConcurrentLinkedQueue<>();
		long start = System.nanoTime();
		runThreads(threads, () -> {
			for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
				long t0 = System.nanoTime();
				StoredFile stored = store.store("file", "evidence-" + i + ".pdf", new ByteArrayInputStream(files.get(i)),
						Set.of(DocumentType.PDF));
				recorder.recordValue(System.nanoTime() - t0);
				hashes.add(stored.sha256());
			}
		});
		long stored = System.nanoTime();
		List<String> pending = new ArrayList<>(hashes);
		while (!pending.isEmpty()) {
			pending.removeIf(sha -> ledger.indexOf(EntryType.STORED_FILE, sha).isPresent());
			if (!pending.isEmpty()) {
				Thread.sleep(20);
			}
			if (System.nanoTime() - stored > 300_000_000_000L) {
				throw new IllegalStateException(pending.size() + " files not anchored after 5 minutes");
			}
		}
		long anchored = System.nanoTime();
		Latency latency = new Latency();
		latency.add(recorder.getIntervalHistogram());
		double storeSeconds = (stored - start) / 1e9;
		double totalSeconds = (anchored - start) / 1e9;
		long bytes = files.stream().mapToLong(f -> f.length).sum();
		System.out.printf(Locale.ROOT, "store %d files, %d threads: %.2f s, %.0f files/s, %.1f MB/s; per file %s%n",
				files.size(), threads, storeSeconds, files.size() / storeSeconds, bytes / 1e6 / storeSeconds,
				latency.summary());
		System.out.printf(Locale.ROOT, "stored and anchored (all %d in the ledger): %.2f s, %.0f files/s; last anchor %.0f ms after the last store; loadavg %s%n",
				files.size(), totalSeconds, files.size() / totalSeconds, (anchored - stored) / 1e6, Machine.loadAverage());
	}

	/** The same bytes hashed and written durably by a plain loop: the ceiling the store is compared with. */
	private void reference(Path dir, List<byte[]> files, int threads) throws Exception {
		Files.createDirectories(dir);
		Recorder recorder = new Recorder(3);
		AtomicInteger next = new AtomicInteger();
		long start = System.nanoTime();
		runThreads(threads, () -> {
			for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
				long t0 = System.nanoTime();
				byte[] content = files.get(i);
				String name = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
				Path temporary = dir.resolve(name + ".tmp");
				try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
						StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
					channel.write(java.nio.ByteBuffer.wrap(content));
					channel.force(true);
				}
				Files.move(temporary, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
				recorder.recordValue(System.nanoTime() - t0);
			}
		});
		double seconds = (System.nanoTime() - start) / 1e9;
		Latency latency = new Latency();
		latency.add(recorder.getIntervalHistogram());
		System.out.printf(Locale.ROOT, "reference (SHA-256 + write + fsync + rename, no app) %d files, %d threads: %.2f s, %.0f files/s; per file %s%n",
				files.size(), threads, seconds, files.size() / seconds, latency.summary());
	}

	private interface Work {
		void run() throws Exception;
	}

	private static void runThreads(int threads, Work work) throws InterruptedException {
		List<Thread> started = new ArrayList<>();
		ConcurrentLinkedQueue<Exception> failures = new ConcurrentLinkedQueue<>();
		for (int t = 0; t < threads; t++) {
			Thread thread = new Thread(() -> {
				try {
					work.run();
				}
				catch (Exception e) {
					failures.add(e);
				}
			}, "store-client-" + t);
			started.add(thread);
			thread.start();
		}
		for (Thread thread : started) {
			thread.join();
		}
		if (!failures.isEmpty()) {
			throw new IllegalStateException("a client failed", failures.peek());
		}
	}

	/**
	 * Distinct PDFs of about {@code size} bytes: one template made with PDFBox whose page content is a comment of
	 * filler characters, copied with the filler replaced by other random characters of the same length, so the
	 * cross-reference offsets stay right and every file has its own hash.
	 */
	static List<byte[]> pdfs(int count, int size) throws IOException {
		String marker = "%FILLER";
		byte[] template;
		int filler = Math.max(1024, size - 1200);
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			PDStream content = new PDStream(document);
			try (var stream = content.createOutputStream()) {
				stream.write((marker + "x".repeat(filler) + "\n").getBytes(StandardCharsets.US_ASCII));
			}
			page.setContents(content);
			document.addPage(page);
			document.save(out);
			template = out.toByteArray();
		}
		int at = indexOf(template, marker.getBytes(StandardCharsets.US_ASCII)) + marker.length();
		SplittableRandom random = new SplittableRandom(7);
		List<byte[]> result = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			byte[] copy = template.clone();
			for (int j = at; j < at + filler; j++) {
				copy[j] = (byte) ('a' + random.nextInt(26));
			}
			result.add(copy);
		}
		return result;
	}

	private static int indexOf(byte[] data, byte[] needle) {
		outer: for (int i = 0; i <= data.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (data[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		throw new IllegalStateException("marker not found");
	}
}
