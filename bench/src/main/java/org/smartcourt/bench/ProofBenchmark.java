package org.smartcourt.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.smartcourt.ledger.core.InvalidProofException;
import org.smartcourt.ledger.core.ProofVerifier;
import org.smartcourt.ledger.core.TreeHasher;
import org.smartcourt.ledger.internal.LogReader;

/**
 * Bar (3) of issue 6: inclusion and consistency proofs generated from the stored tiles of a 10-million-entry tree.
 * The tree is generated into a fresh database (tiles only, {@link TreeGenerator}) with appends idle, the application
 * is restarted on it, and proofs are timed one by one through {@link LogReader} as the proof API computes them:
 * cold (the first proofs after a start: empty tile cache, PostgreSQL restarted) and then warm. A sample of proofs is
 * verified against the root, so the timed code is known to produce correct proofs.
 */
final class ProofBenchmark {

	static final List<String> OPTIONS = List.of("size", "inclusion", "consistency", "cold", "dir", "reuse");

	/** No audit sweep (nor anything else) appends while the tree is generated and measured. */
	private static final Map<String, String> QUIET = Map.of("smartcourt.ledger.anchor-interval", "24h");

	private final Options options;

	ProofBenchmark(Options options) {
		this.options = options;
	}

	void run() throws Exception {
		long size = options.integer("size", 10_000_000);
		Path dir = options.path("dir", Path.of("bench/target/run/proofs-" + size));
		boolean reuse = options.flag("reuse", false) && Files.exists(dir.resolve("pg"));
		System.out.println(Machine.describe());
		byte[] root;
		if (!reuse) {
			try (BenchApp app = BenchApp.start(dir, true, QUIET)) {
				System.out.println("# postgresql: " + app.databaseSettings());
				long t0 = System.nanoTime();
				TreeGenerator generator = new TreeGenerator(app.bean(LogReader.class).hasher());
				root = generator.generate(app.dataSource(), size);
				System.out.printf(Locale.ROOT, "generated tree size=%d tiles=%d in %.1f s (leaf hashing, tile MTHs, binary COPY)%n",
						size, generator.tilesWritten(), (System.nanoTime() - t0) / 1e9);
			}
		}
		else {
			System.out.println("# reusing the tree in " + dir + " (this JVM and PostgreSQL start cold)");
			root = null;
		}
		int cold = options.integer("cold", 1000);
		int inclusions = options.integer("inclusion", 100_000);
		int consistencies = options.integer("consistency", 10_000);
		try (BenchApp app = BenchApp.start(dir, false, QUIET)) {
			LogReader reader = app.bean(LogReader.class);
			byte[] stored = reader.root(size);
			if (root != null && !MessageDigest.isEqual(root, stored)) {
				throw new IllegalStateException("the root from the tiles differs from the generated tree's root");
			}
			Measurement m = new Measurement(reader, size, stored);
			m.inclusion("cold inclusion (fresh app + PostgreSQL restart, empty tile cache)", cold, 1);
			m.inclusion("warm inclusion", inclusions, 2);
			m.consistency("warm consistency", consistencies, 3);
		}
		try (BenchApp app = BenchApp.start(dir, false, QUIET)) {
			LogReader reader = app.bean(LogReader.class);
			Measurement m = new Measurement(reader, size, reader.root(size));
			m.consistency("cold consistency (fresh app + PostgreSQL restart, empty tile cache)", cold, 4);
		}
	}

	/** Times proofs one at a time on one thread, and verifies every 100th. */
	private record Measurement(LogReader reader, long size, byte[] root) {

		void inclusion(String label, int count, long seed) throws InvalidProofException {
			SplittableRandom random = new SplittableRandom(seed);
			TreeHasher hasher = reader.hasher();
			ProofVerifier verifier = new ProofVerifier(hasher);
			Latency latency = new Latency();
			for (int i = 0; i < count; i++) {
				long index = random.nextLong(size);
				long t0 = System.nanoTime();
				List<byte[]> proof = reader.inclusion(index, size);
				latency.record(System.nanoTime() - t0);
				if (i % 100 == 0) {
					byte[] leaf = new byte[8];
					java.nio.ByteBuffer.wrap(leaf).putLong(index);
					verifier.verifyInclusion(index, size, hasher.hashLeaf(leaf), proof, root);
				}
			}
			System.out.printf(Locale.ROOT, "%s size=%d: %s%n", label, size, latency.summary());
		}

		void consistency(String label, int count, long seed) throws InvalidProofException {
			SplittableRandom random = new SplittableRandom(seed);
			ProofVerifier verifier = new ProofVerifier(reader.hasher());
			Latency latency = new Latency();
			for (int i = 0; i < count; i++) {
				long from = 1 + random.nextLong(size - 1);
				long t0 = System.nanoTime();
				List<byte[]> proof = reader.consistency(from, size);
				latency.record(System.nanoTime() - t0);
				if (i % 100 == 0) {
					verifier.verifyConsistency(from, size, reader.root(from), root, proof);
				}
			}
			System.out.printf(Locale.ROOT, "%s %s->%d: %s%n", label, "random", size, latency.summary());
		}
	}
}
