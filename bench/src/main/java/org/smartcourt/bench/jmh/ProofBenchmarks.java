package org.smartcourt.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.smartcourt.ledger.core.InMemoryTree;
import org.smartcourt.ledger.core.InvalidProofException;
import org.smartcourt.ledger.core.ProofGenerator;
import org.smartcourt.ledger.core.ProofVerifier;
import org.smartcourt.ledger.core.TreeHasher;

/**
 * Inclusion and consistency proofs (RFC 9162 §2.1.3, §2.1.4) generated from an in-memory tree of a million leaves
 * (every completed subtree stored, so no tile reads and no rehashing of tile-internal levels) and verified. The
 * gap between this and the tile-backed figures of {@code ledger-proofs} is the cost of storage.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ProofBenchmarks {

	private static final int SAMPLES = 1024;

	@Param({ "SHA-256", "SM3" })
	public String algorithm;

	@Param({ "1000000" })
	public int size;

	private InMemoryTree tree;
	private ProofGenerator generator;
	private ProofVerifier verifier;
	private byte[] root;
	private final long[] indexes = new long[SAMPLES];
	private final byte[][] leafHashes = new byte[SAMPLES][];
	private final List<List<byte[]>> inclusionProofs = new ArrayList<>();
	private final long[] froms = new long[SAMPLES];
	private final byte[][] fromRoots = new byte[SAMPLES][];
	private final List<List<byte[]>> consistencyProofs = new ArrayList<>();
	private int next;

	@Setup(Level.Trial)
	public void setUp() {
		TreeHasher hasher = algorithm.equals("SM3") ? TreeHasher.sm3() : TreeHasher.sha256();
		tree = new InMemoryTree(hasher);
		byte[] leaf = new byte[8];
		for (long i = 0; i < size; i++) {
			java.nio.ByteBuffer.wrap(leaf).putLong(i);
			tree.append(leaf);
		}
		generator = new ProofGenerator(hasher, tree);
		verifier = new ProofVerifier(hasher);
		root = generator.root(size);
		SplittableRandom random = new SplittableRandom(7);
		for (int i = 0; i < SAMPLES; i++) {
			indexes[i] = random.nextLong(size);
			leafHashes[i] = tree.node(0, indexes[i]);
			inclusionProofs.add(generator.inclusion(indexes[i], size));
			froms[i] = 1 + random.nextLong(size - 1);
			fromRoots[i] = generator.root(froms[i]);
			consistencyProofs.add(generator.consistency(froms[i], size));
		}
	}

	private int nextSample() {
		next = (next + 1) & (SAMPLES - 1);
		return next;
	}

	@Benchmark
	public List<byte[]> inclusionProof() {
		return generator.inclusion(indexes[nextSample()], size);
	}

	@Benchmark
	public List<byte[]> consistencyProof() {
		return generator.consistency(froms[nextSample()], size);
	}

	@Benchmark
	public void verifyInclusion() throws InvalidProofException {
		int i = nextSample();
		verifier.verifyInclusion(indexes[i], size, leafHashes[i], inclusionProofs.get(i), root);
	}

	@Benchmark
	public void verifyConsistency() throws InvalidProofException {
		int i = nextSample();
		verifier.verifyConsistency(froms[i], size, fromRoots[i], root, consistencyProofs.get(i));
	}
}
