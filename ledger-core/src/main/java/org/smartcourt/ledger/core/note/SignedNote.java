package org.smartcourt.ledger.core.note;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A text signed by one or more keys (c2sp.org/signed-note): the text, ending in a newline, a blank line, then one
 * signature line per signature.
 *
 * <p>Parsing is strict: the bytes must be valid UTF-8 without control characters other than newline, the text and
 * every signature line must end in a newline, and at most {@link #MAX_SIGNATURES} signatures are read (the
 * specification asks verifiers to accept at least 16). Immutable.
 */
public final class SignedNote {

	/** The most signatures a note may carry here; the specification's floor is 16. */
	public static final int MAX_SIGNATURES = 64;

	private final String text;
	private final List<NoteSignature> signatures;

	private SignedNote(String text, List<NoteSignature> signatures) {
		this.text = text;
		this.signatures = List.copyOf(signatures);
	}

	/** An unsigned note text, ready for {@link #sign}. */
	public static SignedNote unsigned(String text) {
		requireValidText(text);
		if (!text.endsWith("\n")) {
			throw new InvalidNoteException("note text must end with a newline");
		}
		return new SignedNote(text, List.of());
	}

	/** Parses a signed note from its bytes, refusing anything the specification does not allow. */
	public static SignedNote parse(byte[] bytes) {
		try {
			return parse(StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes)).toString());
		} catch (CharacterCodingException e) {
			throw new InvalidNoteException("note is not valid UTF-8", e);
		}
	}

	/** Parses a signed note. */
	public static SignedNote parse(String note) {
		requireValidText(note);
		if (!note.endsWith("\n")) {
			throw new InvalidNoteException("note must end with a newline");
		}
		int split = note.lastIndexOf("\n\n");
		if (split < 0) {
			throw new InvalidNoteException("note has no blank line before its signatures");
		}
		String text = note.substring(0, split + 1);
		String block = note.substring(split + 2);
		if (block.isEmpty()) {
			throw new InvalidNoteException("note has no signature");
		}
		List<NoteSignature> signatures = new ArrayList<>();
		for (String line : block.substring(0, block.length() - 1).split("\n", -1)) {
			if (signatures.size() == MAX_SIGNATURES) {
				throw new InvalidNoteException("note has more than " + MAX_SIGNATURES + " signatures");
			}
			signatures.add(NoteSignature.parse(line));
		}
		return new SignedNote(text, signatures);
	}

	private static void requireValidText(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if ((c < 0x20 && c != '\n') || c == 0x7f) {
				throw new InvalidNoteException("note contains a control character at offset " + i);
			}
			if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
					&& Character.isLowSurrogate(s.charAt(++i)))) {
				throw new InvalidNoteException("note contains an unpaired surrogate");
			}
		}
	}

	/** The signed text, final newline included, separating blank line excluded. */
	public String text() {
		return text;
	}

	public List<NoteSignature> signatures() {
		return signatures;
	}

	/** This note with one more signature by {@code signer} over its text. */
	public SignedNote sign(NoteSigner signer) {
		return withSignature(signer.signText(text));
	}

	/** This note with one more signature line (for example a witness's cosignature). */
	public SignedNote withSignature(NoteSignature signature) {
		if (signatures.size() == MAX_SIGNATURES) {
			throw new InvalidNoteException("note has " + MAX_SIGNATURES + " signatures already");
		}
		List<NoteSignature> all = new ArrayList<>(signatures);
		all.add(signature);
		return new SignedNote(text, all);
	}

	/**
	 * The signatures that verify under {@code verifier}; empty when the note carries none from it. Throws when a line
	 * that names this key (same name and ID) does not verify: the specification says to reject such a note.
	 */
	public List<NoteSignature> verifiedBy(NoteVerifier verifier) {
		List<NoteSignature> verified = new ArrayList<>();
		for (NoteSignature s : signatures) {
			if (verifier.matches(s)) {
				if (!verifier.verify(text, s.signature())) {
					throw new InvalidSignatureException("the signature of " + s.keyName() + " does not verify");
				}
				verified.add(s);
			}
		}
		return verified;
	}

	/** The note as serialised: text, blank line, signature lines. An unsigned note is just its text. */
	@Override
	public String toString() {
		StringBuilder out = new StringBuilder(text);
		if (!signatures.isEmpty()) {
			out.append('\n');
			signatures.forEach(s -> out.append(s.line()));
		}
		return out.toString();
	}

	public byte[] toBytes() {
		return toString().getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof SignedNote other && toString().equals(other.toString());
	}

	@Override
	public int hashCode() {
		return toString().hashCode();
	}
}
