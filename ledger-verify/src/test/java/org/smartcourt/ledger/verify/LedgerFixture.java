package org.smartcourt.ledger.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.smartcourt.ledger.core.InMemoryTree;
import org.smartcourt.ledger.core.ProofGenerator;
import org.smartcourt.ledger.core.TreeHasher;
import org.smartcourt.ledger.core.note.Checkpoint;
import org.smartcourt.ledger.core.note.CosignatureV1;
import org.smartcourt.ledger.core.note.Ed25519NoteSigner;
import org.smartcourt.ledger.core.note.SignedNote;
import org.smartcourt.ledger.core.note.TlogProof;
import org.smartcourt.ledger.core.tsa.ImprintAlgorithm;
import org.smartcourt.ledger.core.tsa.LocalTimestampAuthority;

/**
 * A real little evidence log built the way SmartCourt's ledger builds one: 8 entries, the evidence at index 5, a
 * checkpoint signed by the log and cosigned by two witnesses, a receipt, an RFC 3161 token over the checkpoint and a
 * 2-of-2 policy, all written to files in a directory as a party would download them.
 */
final class LedgerFixture {

	static final String ORIGIN = "ledger.test.court/evidence/2026";
	static final long INDEX = 5;
	static final Instant COSIGNED = Instant.parse("2026-11-29T06:30:00Z");
	static final byte[] EVIDENCE = "民事起诉状（测试）\n原告 张三 诉 被告 李四 借款合同纠纷\n".getBytes(StandardCharsets.UTF_8);

	final Path dir;
	final TreeHasher hasher;
	final InMemoryTree tree;
	final Ed25519NoteSigner log = Ed25519NoteSigner.generate(ORIGIN);
	final CosignatureV1.Signer w1 = witness("witness.jlcourt.test/w1");
	final CosignatureV1.Signer w2 = witness("witness.procuratorate.test/w2");
	final LocalTimestampAuthority tsa = LocalTimestampAuthority.generate("SmartCourt test TSA",
			LocalTimestampAuthority.KeyType.EC_P256, Clock.fixed(COSIGNED.plusSeconds(5), ZoneOffset.UTC));
	final byte[] leaf;
	final SignedNote checkpoint;

	LedgerFixture(Path dir, TreeHasher hasher) throws IOException {
		this.dir = dir;
		this.hasher = hasher;
		this.tree = new InMemoryTree(hasher);
		this.leaf = leafText(EVIDENCE, "stored-file", "file:5f1c2a9e0b7d4c31");
		for (int i = 0; i < 8; i++) {
			tree.append(i == INDEX ? leaf : leafText(("other evidence " + i).getBytes(StandardCharsets.UTF_8), "stored-file", "f" + i));
		}
		this.checkpoint = signedCheckpoint(tree.size(), log, w1, w2);

		write("evidence.pdf", EVIDENCE);
		write("policy.txt", policy("group both 2 w1 w2\nquorum both\n"));
		write("receipt.tlog-proof", receipt(checkpoint).toString());
		write("checkpoint.txt", checkpoint.toString());
		write("checkpoint.tsr", tsa.client(ImprintAlgorithm.SHA_256).stamp(checkpoint.text().getBytes(StandardCharsets.UTF_8)).encoded());
		write("root.pem", tsa.rootCertificatePem());
	}

	static byte[] leafText(byte[] file, String type, String ref) {
		return ("smartcourt-ledger/v1\n"
				+ "type " + type + "\n"
				+ "sha256 " + HexFormat.of().formatHex(ImprintAlgorithm.SHA_256.digest(file)) + "\n"
				+ "sm3 " + HexFormat.of().formatHex(ImprintAlgorithm.SM3.digest(file)) + "\n"
				+ "ref " + ref + "\n").getBytes(StandardCharsets.UTF_8);
	}

	private static CosignatureV1.Signer witness(String name) {
		byte[] seed = new byte[32];
		new SecureRandom().nextBytes(seed);
		return new CosignatureV1.Signer(name, seed, Clock.fixed(COSIGNED, ZoneOffset.UTC));
	}

	/** The checkpoint of the first {@code size} entries, signed by {@code signer} and cosigned by {@code cosigners}. */
	SignedNote signedCheckpoint(long size, Ed25519NoteSigner signer, CosignatureV1.Signer... cosigners) {
		SignedNote note = new Checkpoint(ORIGIN, size, new ProofGenerator(hasher, tree).root(size)).toNote().sign(signer);
		for (CosignatureV1.Signer w : cosigners) {
			note = note.sign(w);
		}
		return note;
	}

	TlogProof receipt(SignedNote note) {
		return new TlogProof(Optional.of(leaf), INDEX, new ProofGenerator(hasher, tree).inclusion(INDEX, tree.size()), note);
	}

	String policy(String groupsAndQuorum) {
		return "# SmartCourt evidence ledger trust policy (test)\n"
				+ "log " + log.verifierKey() + "\n"
				+ "witness w1 " + w1.verifierKey() + "\n"
				+ "witness w2 " + w2.verifierKey() + "\n"
				+ groupsAndQuorum;
	}

	/** The consistency proof between two sizes, one base64 hash per line. */
	String consistencyProof(long size1, long size2) {
		StringBuilder out = new StringBuilder();
		List<byte[]> proof = new ProofGenerator(hasher, tree).consistency(size1, size2);
		proof.forEach(h -> out.append(java.util.Base64.getEncoder().encodeToString(h)).append('\n'));
		return out.toString();
	}

	Path write(String name, String text) throws IOException {
		return write(name, text.getBytes(StandardCharsets.UTF_8));
	}

	Path write(String name, byte[] bytes) throws IOException {
		return Files.write(dir.resolve(name), bytes);
	}

	String path(String name) {
		return dir.resolve(name).toString();
	}
}
