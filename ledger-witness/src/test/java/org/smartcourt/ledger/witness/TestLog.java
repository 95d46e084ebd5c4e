package org.smartcourt.ledger.witness;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.smartcourt.ledger.core.InMemoryTree;
import org.smartcourt.ledger.core.ProofGenerator;
import org.smartcourt.ledger.core.TreeHasher;
import org.smartcourt.ledger.core.note.Ed25519NoteSigner;
import org.smartcourt.ledger.core.note.VerifierKey;

/**
 * A log for the tests: an in-memory tree of {@code entry <i>} leaves and an Ed25519 key. Checkpoints and proof lines
 * are written out as text by hand, the way the specification shows them, not with the witness's own code.
 */
final class TestLog {

	final String origin;
	final TreeHasher hasher;
	final Ed25519NoteSigner signer;
	private final InMemoryTree tree;
	private final ProofGenerator proofs;
	private final String entryPrefix;

	TestLog(String origin, TreeHasher hasher) {
		this(origin, hasher, Ed25519NoteSigner.generate(origin), "entry ");
	}

	private TestLog(String origin, TreeHasher hasher, Ed25519NoteSigner signer, String entryPrefix) {
		this.origin = origin;
		this.hasher = hasher;
		this.signer = signer;
		this.tree = new InMemoryTree(hasher);
		this.proofs = new ProofGenerator(hasher, tree);
		this.entryPrefix = entryPrefix;
	}

	/** The same origin and key over other entries: what a log that forks its history signs. */
	TestLog fork() {
		return new TestLog(origin, hasher, signer, "forged ");
	}

	VerifierKey vkey() {
		return signer.verifierKey();
	}

	WitnessedLog witnessed() {
		return new WitnessedLog(origin, List.of(vkey()), hasher);
	}

	/** Grows the tree to {@code size} leaves. */
	TestLog growTo(long size) {
		while (tree.size() < size) {
			tree.append((entryPrefix + tree.size()).getBytes(StandardCharsets.UTF_8));
		}
		return this;
	}

	byte[] root(long size) {
		growTo(size);
		return proofs.root(size);
	}

	/** The checkpoint text of the tree at {@code size}: origin, size, base64 root, each line ending in a newline. */
	String checkpointText(long size) {
		return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(root(size)) + "\n";
	}

	/** The checkpoint as a signed note: text, empty line, the log's signature line. */
	String checkpoint(long size) {
		return signed(checkpointText(size));
	}

	String signed(String text) {
		return text + "\n" + signer.signText(text).line();
	}

	/** The consistency proof from {@code from} to {@code to} as base64 lines, each ending in a newline. */
	String proofLines(long from, long to) {
		growTo(to);
		StringBuilder lines = new StringBuilder();
		for (byte[] hash : proofs.consistency(from, to)) {
			lines.append(Base64.getEncoder().encodeToString(hash)).append('\n');
		}
		return lines.toString();
	}

	/** An add-checkpoint body: {@code old <from>}, the proof lines, an empty line, the signed checkpoint. */
	String request(long from, long to) {
		String proof = from == 0 ? "" : proofLines(from, to);
		return "old " + from + "\n" + proof + "\n" + checkpoint(to);
	}
}
