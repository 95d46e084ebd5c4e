package org.smartcourt.ledger.core.note;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.smartcourt.ledger.core.InvalidProofException;
import org.smartcourt.ledger.core.ProofVerifier;
import org.smartcourt.ledger.core.TreeHasher;

/**
 * An offline-verifiable proof that an entry was logged (c2sp.org/tlog-proof, file extension {@code .tlog-proof}): the
 * entry's index, its inclusion proof and the checkpoint, with its cosignatures, that the proof leads to. For a court,
 * this is the evidence receipt (存证凭证) a party or judge can check without contacting SmartCourt.
 *
 * @param extra optional opaque data, not authenticated (we put the canonical leaf text here)
 * @param index the zero-based index of the entry
 * @param proof the inclusion proof hashes, from the leaf's sibling up
 * @param checkpoint the signed checkpoint, verbatim
 */
public record TlogProof(Optional<byte[]> extra, long index, List<byte[]> proof, SignedNote checkpoint) {

	/** The first line of every proof. */
	public static final String HEADER = "c2sp.org/tlog-proof@v1";
	/** The file extension proofs should be stored with. */
	public static final String FILE_EXTENSION = ".tlog-proof";
	/** The media type we serve them as. */
	public static final String MEDIA_TYPE = "text/plain; charset=utf-8";

	public TlogProof {
		if (index < 0) {
			throw new InvalidNoteException("an index is not negative");
		}
		extra = extra.map(byte[]::clone);
		proof = proof.stream().map(byte[]::clone).toList();
	}

	/** Parses a proof. */
	public static TlogProof parse(String text) {
		int split = text.indexOf("\n\n");
		if (split < 0) {
			throw new InvalidNoteException("a tlog-proof has an empty line before its checkpoint");
		}
		String[] lines = text.substring(0, split).split("\n", -1);
		if (!lines[0].equals(HEADER)) {
			throw new InvalidNoteException("a tlog-proof starts with " + HEADER);
		}
		int at = 1;
		Optional<byte[]> extra = Optional.empty();
		if (at < lines.length && lines[at].startsWith("extra ")) {
			extra = Optional.of(base64(lines[at].substring(6), "extra data"));
			at++;
		}
		if (at >= lines.length || !lines[at].matches("index (0|[1-9][0-9]{0,18})")) {
			throw new InvalidNoteException("a tlog-proof has an 'index <n>' line without leading zeros");
		}
		long index;
		try {
			index = Long.parseLong(lines[at].substring(6));
		} catch (NumberFormatException e) {
			throw new InvalidNoteException("the index is too large", e);
		}
		List<byte[]> proof = new ArrayList<>();
		for (at++; at < lines.length; at++) {
			byte[] hash = base64(lines[at], "proof hash");
			if (hash.length != 32) {
				throw new InvalidNoteException("an inclusion proof hash is 32 bytes");
			}
			proof.add(hash);
		}
		return new TlogProof(extra, index, proof, SignedNote.parse(text.substring(split + 2)));
	}

	public static TlogProof parse(byte[] bytes) {
		return parse(new String(bytes, StandardCharsets.UTF_8));
	}

	private static byte[] base64(String s, String what) {
		try {
			return Base64.getDecoder().decode(s);
		} catch (IllegalArgumentException e) {
			throw new InvalidNoteException("the " + what + " is not standard base64", e);
		}
	}

	@Override
	public Optional<byte[]> extra() {
		return extra.map(byte[]::clone);
	}

	@Override
	public List<byte[]> proof() {
		return proof.stream().map(byte[]::clone).toList();
	}

	/**
	 * Checks the proof end to end: the checkpoint against the policy (log signature and witness quorum), then the
	 * inclusion of {@code leafHash} at {@link #index()} in the checkpoint's tree (RFC 9162 §2.1.3.2).
	 *
	 * @throws CheckpointRejectedException when the policy rejects the checkpoint
	 * @throws InvalidProofException when the leaf is not included as claimed
	 */
	public Policy.Verified verify(Policy policy, TreeHasher hasher, byte[] leafHash) throws InvalidProofException {
		Policy.Verified verified = policy.verify(checkpoint);
		Checkpoint c = verified.checkpoint();
		new ProofVerifier(hasher).verifyInclusion(index, c.size(), leafHash, proof, c.rootHash());
		return verified;
	}

	@Override
	public String toString() {
		StringBuilder out = new StringBuilder(HEADER).append('\n');
		extra.ifPresent(e -> out.append("extra ").append(Base64.getEncoder().encodeToString(e)).append('\n'));
		out.append("index ").append(index).append('\n');
		proof.forEach(h -> out.append(Base64.getEncoder().encodeToString(h)).append('\n'));
		return out.append('\n').append(checkpoint).toString();
	}
}
