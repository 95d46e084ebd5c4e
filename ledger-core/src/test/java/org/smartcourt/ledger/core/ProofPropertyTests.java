package org.smartcourt.ledger.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * For every tree size up to 256 and every index / old size, the generated proofs equal the
 * recursive reference definitions (RFC 9162 §2.1.3.1, §2.1.4.1), verify, and stop verifying
 * after a random single-bit flip. Leaves come from a seeded {@link Random} so failures reproduce.
 */
class ProofPropertyTests {

	private static final int MAX_SIZE = 256;
	private static final long SEED = 0x5EC0_C0DEL;

	@Test
	void sha256ProofsMatchTheReferenceForAllSizesUpTo256() {
		check(TreeHasher.sha256(), MAX_SIZE);
	}

	@Test
	void sm3ProofsMatchTheReferenceForSmallerTrees() {
		check(TreeHasher.sm3(), 40);
	}

	private static void check(TreeHasher hasher, int maxSize) {
		Random random = new Random(SEED);
		List<byte[]> leaves = new ArrayList<>();
		InMemoryTree tree = new InMemoryTree(hasher);
		for (int i = 0; i < maxSize; i++) {
			byte[] leaf = new byte[random.nextInt(40)];
			random.nextBytes(leaf);
			leaves.add(leaf);
			tree.append(leaf);
		}
		MerkleReference reference = new MerkleReference(hasher);
		ProofGenerator generator = new ProofGenerator(hasher, tree);
		ProofVerifier verifier = new ProofVerifier(hasher);
		byte[][] roots = new byte[maxSize + 1][];
		for (int n = 0; n <= maxSize; n++) {
			roots[n] = reference.mth(leaves.subList(0, n));
			assertThat(generator.root(n)).as("root %d", n).isEqualTo(roots[n]);
		}
		for (int n = 1; n <= maxSize; n++) {
			List<byte[]> d = leaves.subList(0, n);
			for (int m = 0; m < n; m++) {
				List<byte[]> proof = generator.inclusion(m, n);
				assertThat(proof).as("inclusion %d in %d", m, n).containsExactlyElementsOf(reference.path(m, d));
				byte[] leafHash = hasher.hashLeaf(leaves.get(m));
				long index = m;
				long size = n;
				assertThatCode(() -> verifier.verifyInclusion(index, size, leafHash, proof, roots[(int) size]))
						.as("verify inclusion %d in %d", m, n).doesNotThrowAnyException();
				if (!proof.isEmpty()) {
					List<byte[]> bad = CorruptProbes.flip(proof, random.nextInt(proof.size()), 1 << random.nextInt(8));
					assertThatThrownBy(() -> verifier.verifyInclusion(index, size, leafHash, bad, roots[(int) size]))
							.as("flipped inclusion %d in %d", m, n).isInstanceOf(InvalidProofException.class);
				}
			}
			for (int m = 1; m <= n; m++) {
				List<byte[]> proof = generator.consistency(m, n);
				assertThat(proof).as("consistency %d -> %d", m, n).containsExactlyElementsOf(reference.proof(m, d));
				long size1 = m;
				long size2 = n;
				assertThatCode(() -> verifier.verifyConsistency(size1, size2, roots[(int) size1], roots[(int) size2], proof))
						.as("verify consistency %d -> %d", m, n).doesNotThrowAnyException();
				if (!proof.isEmpty()) {
					List<byte[]> bad = CorruptProbes.flip(proof, random.nextInt(proof.size()), 1 << random.nextInt(8));
					assertThatThrownBy(() -> verifier.verifyConsistency(size1, size2, roots[(int) size1], roots[(int) size2], bad))
							.as("flipped consistency %d -> %d", m, n).isInstanceOf(InvalidProofException.class);
				}
			}
		}
	}

	@Test
	void corruptedProbesFailForEveryIndexAndSizeUpTo64() {
		TreeHasher hasher = TreeHasher.sha256();
		InMemoryTree tree = new InMemoryTree(hasher);
		Random random = new Random(SEED);
		for (int i = 0; i < 64; i++) {
			byte[] leaf = new byte[8];
			random.nextBytes(leaf);
			tree.append(leaf);
		}
		ProofGenerator generator = new ProofGenerator(hasher, tree);
		ProofVerifier verifier = new ProofVerifier(hasher);
		for (int n = 1; n <= 64; n++) {
			byte[] root = generator.root(n);
			for (int m = 0; m < n; m++) {
				byte[] leafHash = tree.node(0, m);
				for (CorruptProbes.Inclusion p : CorruptProbes.inclusion(m, n, generator.inclusion(m, n), root, leafHash)) {
					assertThatThrownBy(() -> verifier.verifyInclusion(p.index(), p.size(), p.leafHash(), p.proof(), p.root()))
							.as("%s (index %d, size %d)", p.desc(), m, n).isInstanceOf(InvalidProofException.class);
				}
			}
			for (int m = 1; m < n; m++) {
				byte[] root1 = generator.root(m);
				for (CorruptProbes.Consistency p : CorruptProbes.consistency(m, n, root1, root, generator.consistency(m, n))) {
					assertThatThrownBy(() -> verifier.verifyConsistency(p.size1(), p.size2(), p.root1(), p.root2(), p.proof()))
							.as("%s (%d -> %d)", p.desc(), m, n).isInstanceOf(InvalidProofException.class);
				}
			}
		}
	}
}
