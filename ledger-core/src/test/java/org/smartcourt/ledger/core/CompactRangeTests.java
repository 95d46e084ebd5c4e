package org.smartcourt.ledger.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CompactRangeTests {

	private final TreeHasher hasher = TreeHasher.sha256();

	@Test
	void rootEqualsTheTreeRootAtEverySizeUpTo300() {
		Random random = new Random(7);
		InMemoryTree tree = new InMemoryTree(hasher);
		ProofGenerator generator = new ProofGenerator(hasher, tree);
		CompactRange range = new CompactRange(hasher);
		assertThat(range.root()).isEqualTo(hasher.emptyRoot());
		for (int n = 1; n <= 300; n++) {
			byte[] leaf = new byte[random.nextInt(16)];
			random.nextBytes(leaf);
			tree.append(leaf);
			range.append(hasher.hashLeaf(leaf));
			assertThat(range.size()).isEqualTo(n);
			assertThat(range.hashes()).hasSize(Long.bitCount(n));
			assertThat(range.root()).as("size %d", n).isEqualTo(generator.root(n));
		}
	}

	@Test
	void restoredRangeContinuesLikeTheOriginal() {
		CompactRange original = new CompactRange(hasher);
		for (int i = 0; i < 13; i++) {
			original.append(hasher.hashLeaf(new byte[] {(byte) i}));
		}
		CompactRange restored = new CompactRange(hasher, original.size(), original.hashes());
		for (int i = 13; i < 40; i++) {
			original.append(hasher.hashLeaf(new byte[] {(byte) i}));
			restored.append(hasher.hashLeaf(new byte[] {(byte) i}));
			assertThat(restored.root()).isEqualTo(original.root());
		}
	}

	@Test
	void rejectsAStoredFormOfTheWrongShape() {
		assertThatThrownBy(() -> new CompactRange(hasher, 3, List.of(hasher.emptyRoot())))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new CompactRange(hasher).append(new byte[31]))
				.isInstanceOf(IllegalArgumentException.class);
	}
}
