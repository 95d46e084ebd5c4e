package org.smartcourt.bench.jmh;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.smartcourt.ledger.core.TreeHasher;

/**
 * Leaf and node hashing of the Merkle tree (RFC 6962 §2.1) with SHA-256 and SM3 on a 200-byte leaf (about the size
 * of a canonical ledger leaf), and the JVM's raw SHA-256 on the same bytes as the ceiling.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HashingBenchmarks {

	private final TreeHasher sha256 = TreeHasher.sha256();
	private final TreeHasher sm3 = TreeHasher.sm3();
	private byte[] leaf;
	private byte[] left;
	private byte[] right;
	private MessageDigest jvmSha256;

	@Setup
	public void setUp() throws NoSuchAlgorithmException {
		SplittableRandom random = new SplittableRandom(42);
		leaf = new byte[200];
		left = new byte[32];
		right = new byte[32];
		random.nextBytes(leaf);
		random.nextBytes(left);
		random.nextBytes(right);
		jvmSha256 = MessageDigest.getInstance("SHA-256");
	}

	@Benchmark
	public byte[] leafSha256() {
		return sha256.hashLeaf(leaf);
	}

	@Benchmark
	public byte[] leafSm3() {
		return sm3.hashLeaf(leaf);
	}

	@Benchmark
	public byte[] rawJvmSha256Of200Bytes() {
		return jvmSha256.digest(leaf);
	}

	@Benchmark
	public byte[] childrenSha256() {
		return sha256.hashChildren(left, right);
	}

	@Benchmark
	public byte[] childrenSm3() {
		return sm3.hashChildren(left, right);
	}
}
