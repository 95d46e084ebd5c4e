package org.smartcourt.bench.jmh;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.smartcourt.ledger.core.InMemoryTree;
import org.smartcourt.ledger.core.InvalidProofException;
import org.smartcourt.ledger.core.ProofGenerator;
import org.smartcourt.ledger.core.TreeHasher;
import org.smartcourt.ledger.core.note.Checkpoint;
import org.smartcourt.ledger.core.note.CosignatureV1;
import org.smartcourt.ledger.core.note.Ed25519NoteSigner;
import org.smartcourt.ledger.core.note.NoteVerifier;
import org.smartcourt.ledger.core.note.Policy;
import org.smartcourt.ledger.core.note.SignedNote;
import org.smartcourt.ledger.core.note.Sm2NoteSigner;
import org.smartcourt.ledger.core.note.TlogProof;

/**
 * Signed notes (c2sp.org/signed-note): signing and verifying a checkpoint with the log's Ed25519 and SM2 keys, a
 * witness cosignature (c2sp.org/tlog-cosignature, Ed25519 with timestamp), and the whole offline check of a receipt
 * as {@code ledger-verify} does it: parse the .tlog-proof, check both log signatures' policy, two cosignatures and
 * the inclusion proof (ledger-reference §8: ≤ 2 ms, hashing of the file excluded).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NoteBenchmarks {

	private Ed25519NoteSigner ed25519;
	private Sm2NoteSigner sm2;
	private CosignatureV1.Signer cosigner;
	private NoteVerifier ed25519Verifier;
	private NoteVerifier sm2Verifier;
	private NoteVerifier cosignatureVerifier;
	private String text;
	private byte[] textBytes;
	private byte[] ed25519Signature;
	private byte[] sm2Signature;
	private byte[] cosignature;
	private String receipt;
	private Policy policy;
	private byte[] leafHash;

	@Setup
	public void setUp() {
		TreeHasher hasher = TreeHasher.sha256();
		InMemoryTree tree = new InMemoryTree(hasher);
		for (int i = 0; i < 100_000; i++) {
			tree.append(("leaf " + i).getBytes(StandardCharsets.UTF_8));
		}
		long size = tree.size();
		byte[] root = new ProofGenerator(hasher, tree).root(size);
		Checkpoint checkpoint = new Checkpoint("bench.smartcourt.local/ledger", size, root);
		text = checkpoint.text();
		textBytes = text.getBytes(StandardCharsets.UTF_8);
		ed25519 = Ed25519NoteSigner.generate("bench.smartcourt.local/ledger");
		sm2 = Sm2NoteSigner.generate("bench.smartcourt.local/ledger");
		cosigner = CosignatureV1.Signer.generate("witness-a.bench");
		CosignatureV1.Signer cosignerB = CosignatureV1.Signer.generate("witness-b.bench");
		ed25519Verifier = ed25519.verifierKey().verifier();
		sm2Verifier = sm2.verifierKey().verifier();
		cosignatureVerifier = cosigner.verifierKey().verifier();
		ed25519Signature = ed25519.sign(textBytes);
		sm2Signature = sm2.sign(textBytes);
		cosignature = cosigner.sign(textBytes);
		SignedNote note = checkpoint.toNote().sign(ed25519).sign(sm2).sign(cosigner).sign(cosignerB);
		long index = 31_337;
		byte[] leaf = ("leaf " + index).getBytes(StandardCharsets.UTF_8);
		leafHash = hasher.hashLeaf(leaf);
		receipt = new TlogProof(Optional.of(leaf), index, new ProofGenerator(hasher, tree).inclusion(index, size), note)
			.toString();
		policy = Policy.parse("log " + ed25519.verifierKey() + "\nlog " + sm2.verifierKey() + "\nwitness a "
				+ cosigner.verifierKey() + "\nwitness b " + cosignerB.verifierKey() + "\ngroup witnesses all a b\n"
				+ "quorum witnesses\n");
	}

	@Benchmark
	public byte[] signEd25519() {
		return ed25519.sign(textBytes);
	}

	@Benchmark
	public boolean verifyEd25519() {
		return ed25519Verifier.verify(text, ed25519Signature);
	}

	@Benchmark
	public byte[] signSm2() {
		return sm2.sign(textBytes);
	}

	@Benchmark
	public boolean verifySm2() {
		return sm2Verifier.verify(text, sm2Signature);
	}

	@Benchmark
	public byte[] cosign() {
		return cosigner.sign(textBytes);
	}

	@Benchmark
	public boolean verifyCosignature() {
		return cosignatureVerifier.verify(text, cosignature);
	}

	/** Parse a receipt and check log signatures, two cosignatures and inclusion against the policy. */
	@Benchmark
	public Policy.Verified verifyReceipt() throws InvalidProofException {
		return TlogProof.parse(receipt).verify(policy, TreeHasher.sha256(), leafHash);
	}
}
