package org.smartcourt.ledger.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The node plans are exactly what proof generation reads, so a store can prefetch them. */
class ProofNodesTests {

	private final TreeHasher hasher = TreeHasher.sha256();

	@Test
	void plansListExactlyTheNodesReadForAllSizesUpTo100() {
		InMemoryTree tree = new InMemoryTree(hasher);
		for (int i = 0; i < 100; i++) {
			tree.append(new byte[] {(byte) i, (byte) (i >> 8)});
		}
		for (int n = 1; n <= 100; n++) {
			long size = n;
			assertThat(readBy(tree, g -> g.root(size))).isEqualTo(ProofGenerator.rootNodes(n));
			for (int m = 0; m < n; m++) {
				long index = m;
				assertThat(readBy(tree, g -> g.inclusion(index, size))).isEqualTo(ProofGenerator.inclusionNodes(m, n));
			}
			for (int m = 1; m <= n; m++) {
				long size1 = m;
				assertThat(readBy(tree, g -> g.consistency(size1, size))).isEqualTo(ProofGenerator.consistencyNodes(m, n));
			}
		}
	}

	@Test
	void proofsServedFromOnlyThePlannedNodesAreCorrect() {
		InMemoryTree tree = new InMemoryTree(hasher);
		for (int i = 0; i < 77; i++) {
			tree.append(new byte[] {(byte) i});
		}
		Map<NodeId, byte[]> fetched = new HashMap<>();
		ProofGenerator.inclusionNodes(40, 77).forEach(id -> fetched.put(id, tree.node(id.level(), id.index())));
		HashSource prefetched = (level, index) -> {
			byte[] h = fetched.get(new NodeId(level, index));
			if (h == null) {
				throw new IllegalArgumentException("not prefetched: " + level + "/" + index);
			}
			return h;
		};
		assertThat(new ProofGenerator(hasher, prefetched).inclusion(40, 77))
				.containsExactlyElementsOf(new ProofGenerator(hasher, tree).inclusion(40, 77));
	}

	private List<NodeId> readBy(InMemoryTree tree, Consumer<ProofGenerator> call) {
		Set<NodeId> read = new LinkedHashSet<>();
		call.accept(new ProofGenerator(hasher, (level, index) -> {
			read.add(new NodeId(level, index));
			return tree.node(level, index);
		}));
		return new ArrayList<>(read);
	}
}
