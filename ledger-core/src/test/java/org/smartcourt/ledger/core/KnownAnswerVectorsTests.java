package org.smartcourt.ledger.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.smartcourt.ledger.core.Hex.bytes;
import static org.smartcourt.ledger.core.Hex.hashes;
import static org.smartcourt.ledger.core.Hex.hex;
import static org.smartcourt.ledger.core.Hex.hexList;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every SHA-256 and SM3 vector of ledger-reference §1.7 (from transparency-dev/merkle
 * {@code proof/verify_test.go}), for the generator and the verifier, plus the corrupted-proof
 * probes of each vector, all of which must fail.
 */
class KnownAnswerVectorsTests {

	static final List<byte[]> LEAVES = hashes("", "00", "10", "2021", "3031", "40414243",
			"5051525354555657", "606162636465666768696a6b6c6d6e6f");

	static final List<String> LEAF_HASHES = List.of(
			"6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
			"96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
			"0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7",
			"07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
			"bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
			"4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658",
			"b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
			"46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1");

	/** ROOTS.get(n - 1) = MTH(D[0:n]). */
	static final List<String> ROOTS = List.of(
			"6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
			"fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
			"aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
			"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
			"4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
			"76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
			"ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
			"5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

	static final List<String> SM3_ROOTS = List.of(
			"2daef60e7a0b8f5e024c81cd2ab3109f2b4f155cf83adeb2ae5532f74a157fdf",
			"0b990fe0c7ad70f1bf1a1262f2c7908ea48146b14253a6db99f2917ab1f5cc4d",
			"209ec96a210d662a964772680e8544d18cab7b88ffec3e00962220349b56ea56",
			"28e4e307ef6d2d0c62d84b11ef96e835efe490f35b93c8f024ecfe38c8dd4377",
			"bb10c996aeebbcdc69be3715fc847344de77442d37a5ab8213da9f41785b103b",
			"8723c1ab1f82ddfba4a3733ac0c80d936d9f4c208c7dbc8cc81ca9fff8584f66",
			"bd36c22a1ac6ff4308e0c3cc1a85bf0ffa30538ec60a55c70413ab15d45db4d2",
			"bc48ba7a709184b5f2a631e1adeb8dc2a0d4c018c1d6cc89b5664fe154c93b38");

	record InclusionVector(long index, long size, List<String> proof) {
	}

	record ConsistencyVector(long size1, long size2, List<String> proof) {
	}

	static final List<InclusionVector> INCLUSION = List.of(
			new InclusionVector(0, 8, List.of(
					"96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
					"5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
					"6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")),
			new InclusionVector(5, 8, List.of(
					"bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
					"ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
					"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")),
			new InclusionVector(2, 3, List.of(
					"fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125")),
			new InclusionVector(1, 5, List.of(
					"6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
					"5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
					"bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")),
			new InclusionVector(0, 1, List.of()),
			// regression only (computed locally, ledger-reference §1.7 "extra vectors")
			new InclusionVector(7, 8, List.of(
					"b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
					"0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
					"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")));

	static final List<ConsistencyVector> CONSISTENCY = List.of(
			new ConsistencyVector(1, 1, List.of()),
			new ConsistencyVector(1, 8, List.of(
					"96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
					"5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
					"6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")),
			new ConsistencyVector(6, 8, List.of(
					"0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
					"ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
					"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")),
			new ConsistencyVector(2, 5, List.of(
					"5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
					"bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")),
			new ConsistencyVector(6, 7, List.of(
					"0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
					"b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
					"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")),
			// regression only (computed locally)
			new ConsistencyVector(3, 7, List.of(
					"0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7",
					"07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
					"fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
					"837dbb152e9b079010717e84e865da4ebc0fa198a806d59d31bf15accef22d0e")),
			new ConsistencyVector(4, 8, List.of(
					"6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")));

	private final TreeHasher hasher = TreeHasher.sha256();
	private final ProofVerifier verifier = new ProofVerifier(hasher);

	private static InMemoryTree tree(TreeHasher hasher) {
		InMemoryTree tree = new InMemoryTree(hasher);
		LEAVES.forEach(tree::append);
		return tree;
	}

	@Test
	void leafHashes() {
		for (int i = 0; i < LEAVES.size(); i++) {
			assertThat(hex(hasher.hashLeaf(LEAVES.get(i)))).as("leaf %d", i).isEqualTo(LEAF_HASHES.get(i));
		}
	}

	@Test
	void sha256Roots() {
		assertRoots(hasher, ROOTS);
		assertThat(hex(new ProofGenerator(hasher, tree(hasher)).root(0)))
				.isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	}

	@Test
	void sm3Roots() {
		assertRoots(TreeHasher.sm3(), SM3_ROOTS);
	}

	private static void assertRoots(TreeHasher hasher, List<String> roots) {
		ProofGenerator generator = new ProofGenerator(hasher, tree(hasher));
		MerkleReference reference = new MerkleReference(hasher);
		CompactRange range = new CompactRange(hasher);
		for (int n = 1; n <= LEAVES.size(); n++) {
			range.append(hasher.hashLeaf(LEAVES.get(n - 1)));
			String expected = roots.get(n - 1);
			assertThat(hex(generator.root(n))).as("generator n=%d", n).isEqualTo(expected);
			assertThat(hex(reference.mth(LEAVES.subList(0, n)))).as("reference n=%d", n).isEqualTo(expected);
			assertThat(hex(range.root())).as("compact range n=%d", n).isEqualTo(expected);
		}
	}

	@TestFactory
	Stream<DynamicTest> inclusionVectors() {
		ProofGenerator generator = new ProofGenerator(hasher, tree(hasher));
		return INCLUSION.stream().map(v -> DynamicTest.dynamicTest("inclusion " + v.index() + " in " + v.size(), () -> {
			assertThat(hexList(generator.inclusion(v.index(), v.size()))).isEqualTo(v.proof());
			byte[] leaf = bytes(LEAF_HASHES.get((int) v.index()));
			byte[] root = bytes(ROOTS.get((int) v.size() - 1));
			List<byte[]> proof = hashes(v.proof().toArray(String[]::new));
			assertThatCode(() -> verifier.verifyInclusion(v.index(), v.size(), leaf, proof, root))
					.doesNotThrowAnyException();
			for (CorruptProbes.Inclusion p : CorruptProbes.inclusion(v.index(), v.size(), proof, root, leaf)) {
				assertThatThrownBy(() -> verifier.verifyInclusion(p.index(), p.size(), p.leafHash(), p.proof(), p.root()))
						.as(p.desc()).isInstanceOf(InvalidProofException.class);
			}
		}));
	}

	@TestFactory
	Stream<DynamicTest> consistencyVectors() {
		ProofGenerator generator = new ProofGenerator(hasher, tree(hasher));
		return CONSISTENCY.stream().map(v -> DynamicTest.dynamicTest("consistency " + v.size1() + " -> " + v.size2(), () -> {
			assertThat(hexList(generator.consistency(v.size1(), v.size2()))).isEqualTo(v.proof());
			byte[] root1 = bytes(ROOTS.get((int) v.size1() - 1));
			byte[] root2 = bytes(ROOTS.get((int) v.size2() - 1));
			List<byte[]> proof = hashes(v.proof().toArray(String[]::new));
			assertThatCode(() -> verifier.verifyConsistency(v.size1(), v.size2(), root1, root2, proof))
					.doesNotThrowAnyException();
			if (proof.isEmpty()) {
				return; // trivial proofs (equal sizes) have no components to corrupt
			}
			for (CorruptProbes.Consistency p : CorruptProbes.consistency(v.size1(), v.size2(), root1, root2, proof)) {
				assertThatThrownBy(() -> verifier.verifyConsistency(p.size1(), p.size2(), p.root1(), p.root2(), p.proof()))
						.as(p.desc()).isInstanceOf(InvalidProofException.class);
			}
		}));
	}

	@Test
	void equalSizesNeedEqualRootsAndAnEmptyProof() {
		byte[] root = bytes(ROOTS.get(4));
		assertThatCode(() -> verifier.verifyConsistency(5, 5, root, root, List.of())).doesNotThrowAnyException();
		assertThatThrownBy(() -> verifier.verifyConsistency(5, 5, root, bytes(ROOTS.get(5)), List.of()))
				.isInstanceOf(InvalidProofException.class);
		assertThatThrownBy(() -> verifier.verifyConsistency(5, 5, root, root, List.of(root)))
				.isInstanceOf(InvalidProofException.class);
	}

	@Test
	void proofsFromTheEmptyTreeAreRejected() {
		byte[] empty = hasher.emptyRoot();
		assertThatThrownBy(() -> verifier.verifyConsistency(0, 8, empty, bytes(ROOTS.get(7)), List.of()))
				.isInstanceOf(InvalidProofException.class);
		assertThatThrownBy(() -> verifier.verifyConsistency(3, 2, bytes(ROOTS.get(2)), bytes(ROOTS.get(1)), List.of()))
				.isInstanceOf(InvalidProofException.class);
	}
}
