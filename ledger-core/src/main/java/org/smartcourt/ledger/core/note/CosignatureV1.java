package org.smartcourt.ledger.core.note;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

/**
 * Ed25519 witness cosignatures, cosignature/v1 (c2sp.org/tlog-cosignature), signature type {@code 0x04}: an 8-byte
 * big-endian POSIX timestamp followed by an Ed25519 signature over
 * {@code "cosignature/v1\ntime <timestamp>\n" || checkpoint text}. It states "as of this time, this is the largest
 * tree consistent with everything I have seen for this origin".
 */
public final class CosignatureV1 {

	static final byte TYPE = 0x04;
	static final int SIGNATURE_SIZE = 8 + Ed25519Keys.SIGNATURE_SIZE;

	private CosignatureV1() {
	}

	/** The message a cosigner signs for a checkpoint text at a time. */
	static byte[] signedMessage(long timestamp, String checkpointText) {
		return ("cosignature/v1\ntime " + Long.toUnsignedString(timestamp) + "\n" + checkpointText)
				.getBytes(StandardCharsets.UTF_8);
	}

	/** The timestamp a cosignature carries (its signature bytes, after the key ID). */
	public static Instant timestamp(byte[] signature) {
		if (signature.length != SIGNATURE_SIZE) {
			throw new InvalidNoteException("a cosignature/v1 signature is " + SIGNATURE_SIZE + " bytes, not " + signature.length);
		}
		return Instant.ofEpochSecond(ByteBuffer.wrap(signature).getLong());
	}

	/** A cosigner: a witness's Ed25519 key under its own name. */
	public static final class Signer extends KeyedSigner {

		private final byte[] seed;
		private final Clock clock;

		public Signer(String keyName, byte[] seed, Clock clock) {
			super(keyName, NoteKeys.concat(TYPE, Ed25519Keys.publicKey(seed)));
			this.seed = seed.clone();
			this.clock = clock;
		}

		/** A cosigner with a fresh random key on the system clock. */
		public static Signer generate(String keyName) {
			return new Signer(keyName, Ed25519Keys.newSeed(), Clock.systemUTC());
		}

		/** Signs the checkpoint text at the clock's current second. */
		@Override
		public byte[] sign(byte[] checkpointText) {
			return signAt(clock.instant().getEpochSecond(), new String(checkpointText, StandardCharsets.UTF_8));
		}

		/** Signs the checkpoint text as of {@code timestamp} (POSIX seconds). */
		public byte[] signAt(long timestamp, String checkpointText) {
			return ByteBuffer.allocate(SIGNATURE_SIZE).putLong(timestamp)
					.put(Ed25519Keys.sign(seed, signedMessage(timestamp, checkpointText))).array();
		}

		/** The private key in the {@code PRIVATE+KEY+…} form with type {@code 0x04}; keep it secret. */
		public SignerKey signerKey() {
			return new SignerKey(keyName(), keyId(), NoteKeys.concat(TYPE, seed));
		}
	}

	/** Checks cosignature/v1 signatures of one witness key. */
	record Verifier(String keyName, int keyId, byte[] publicKey) implements NoteVerifier {

		Verifier {
			Ed25519Keys.requireSize(publicKey, "public key");
			publicKey = publicKey.clone();
		}

		@Override
		public boolean verify(String text, byte[] signature) {
			if (signature.length != SIGNATURE_SIZE) {
				return false;
			}
			ByteBuffer buffer = ByteBuffer.wrap(signature);
			long timestamp = buffer.getLong();
			byte[] ed = new byte[Ed25519Keys.SIGNATURE_SIZE];
			buffer.get(ed);
			return Ed25519Keys.verify(publicKey, signedMessage(timestamp, text), ed);
		}
	}
}
