package org.smartcourt.ledger.core;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.util.ArrayList;
import java.util.List;

/**
 * Port of the corrupted-proof probe generators of transparency-dev/merkle {@code proof/verify_test.go}
 * (ledger-reference §1.7): every probe describes a claim that must NOT verify.
 */
final class CorruptProbes {

	private CorruptProbes() {
	}

	record Inclusion(String desc, long index, long size, byte[] root, byte[] leafHash, List<byte[]> proof) {
	}

	record Consistency(String desc, long size1, long size2, byte[] root1, byte[] root2, List<byte[]> proof) {
	}

	static final byte[] EMPTY_TREE_HASH = TreeHasher.sha256().emptyRoot();
	static final byte[] SOME_HASH = Hex.bytes("abacaba000000000000000000000000000000000000000000000000000000000");

	static List<Inclusion> inclusion(long index, long size, List<byte[]> proof, byte[] root, byte[] leafHash) {
		List<Inclusion> r = new ArrayList<>(List.of(
				new Inclusion("leafIndex - 1", index - 1, size, root, leafHash, proof),
				new Inclusion("leafIndex + 1", index + 1, size, root, leafHash, proof),
				new Inclusion("leafIndex ^ 2", index ^ 2, size, root, leafHash, proof),
				new Inclusion("size * 2", index, size * 2, root, leafHash, proof),
				new Inclusion("size / 2", index, size / 2, root, leafHash, proof),
				new Inclusion("wrong leaf", index, size, root, "WrongLeaf".getBytes(US_ASCII), proof),
				new Inclusion("wrong leaf of hash length", index, size, root, SOME_HASH, proof),
				new Inclusion("empty root", index, size, EMPTY_TREE_HASH, leafHash, proof),
				new Inclusion("empty leaf", index, size, root, EMPTY_TREE_HASH, proof),
				new Inclusion("trailing garbage", index, size, root, leafHash, append(proof, new byte[0])),
				new Inclusion("trailing root", index, size, root, leafHash, append(proof, root)),
				new Inclusion("preceding garbage", index, size, root, leafHash, prepend(proof, new byte[0])),
				new Inclusion("preceding root", index, size, root, leafHash, prepend(proof, root))));
		for (int i = 0; i < proof.size(); i++) {
			r.add(new Inclusion("modified proof[" + i + "] bit 3", index, size, root, leafHash, flip(proof, i, 8)));
		}
		if (!proof.isEmpty()) {
			r.add(new Inclusion("removed component", index, size, root, leafHash, proof.subList(0, proof.size() - 1)));
		}
		if (proof.size() > 1) {
			List<byte[]> inserted = new ArrayList<>();
			inserted.add(proof.get(0));
			inserted.add(SOME_HASH);
			inserted.addAll(proof.subList(1, proof.size()));
			r.add(new Inclusion("inserted component", index, size, root, leafHash, inserted));
		}
		return r;
	}

	static List<Consistency> consistency(long size1, long size2, byte[] root1, byte[] root2, List<byte[]> proof) {
		byte[] wrong = "WrongRoot".getBytes(US_ASCII);
		List<Consistency> r = new ArrayList<>(List.of(
				new Consistency("size1 - 1", size1 - 1, size2, root1, root2, proof),
				new Consistency("size1 + 1", size1 + 1, size2, root1, root2, proof),
				new Consistency("size1 ^ 2", size1 ^ 2, size2, root1, root2, proof),
				new Consistency("size2 * 2", size1, size2 * 2, root1, root2, proof),
				new Consistency("size2 / 2", size1, size2 / 2, root1, root2, proof),
				new Consistency("wrong root1", size1, size2, wrong, root2, proof),
				new Consistency("wrong root2", size1, size2, root1, wrong, proof),
				new Consistency("wrong root1 of hash length", size1, size2, SOME_HASH, root2, proof),
				new Consistency("wrong root2 of hash length", size1, size2, root1, SOME_HASH, proof),
				new Consistency("swapped roots", size1, size2, root2, root1, proof),
				new Consistency("empty proof", size1, size2, root1, root2, List.of()),
				new Consistency("trailing garbage", size1, size2, root1, root2, append(proof, new byte[0])),
				new Consistency("trailing root1", size1, size2, root1, root2, append(proof, root1)),
				new Consistency("trailing root2", size1, size2, root1, root2, append(proof, root2)),
				new Consistency("preceding garbage", size1, size2, root1, root2, prepend(proof, new byte[0])),
				new Consistency("preceding root1", size1, size2, root1, root2, prepend(proof, root1)),
				new Consistency("preceding root2", size1, size2, root1, root2, prepend(proof, root2)),
				new Consistency("preceding proof[0]", size1, size2, root1, root2, prepend(proof, proof.get(0)))));
		r.add(new Consistency("truncated proof", size1, size2, root1, root2, proof.subList(0, proof.size() - 1)));
		for (int i = 0; i < proof.size(); i++) {
			r.add(new Consistency("modified proof[" + i + "] bit 4", size1, size2, root1, root2, flip(proof, i, 16)));
		}
		return r;
	}

	static List<byte[]> flip(List<byte[]> proof, int i, int mask) {
		List<byte[]> copy = new ArrayList<>(proof);
		byte[] h = copy.get(i).clone();
		h[0] ^= (byte) mask;
		copy.set(i, h);
		return copy;
	}

	private static List<byte[]> append(List<byte[]> proof, byte[] extra) {
		List<byte[]> copy = new ArrayList<>(proof);
		copy.add(extra);
		return copy;
	}

	private static List<byte[]> prepend(List<byte[]> proof, byte[] extra) {
		List<byte[]> copy = new ArrayList<>();
		copy.add(extra);
		copy.addAll(proof);
		return copy;
	}
}
