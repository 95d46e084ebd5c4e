package org.smartcourt.ledger.witness;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import org.smartcourt.ledger.core.note.Checkpoint;
import org.smartcourt.ledger.core.note.InvalidNoteException;
import org.smartcourt.ledger.core.note.SignedNote;

/**
 * A parsed add-checkpoint body (c2sp.org/tlog-witness): {@code old <size>\n}, at most 63 base64 consistency proof
 * lines, an empty line, then the signed checkpoint. Parsing is strict: every line ends in a newline, the old size has
 * no leading zeros, each proof line is canonical base64.
 *
 * @param oldSize the size of the previous checkpoint the client believes the witness cosigned
 * @param proof the consistency proof hashes from {@code oldSize} to the checkpoint's size
 * @param note the signed checkpoint note, signatures included
 * @param checkpoint the checkpoint the note's text holds
 */
record AddCheckpointRequest(long oldSize, List<byte[]> proof, SignedNote note, Checkpoint checkpoint) {

	/** The specification's limit on consistency proof lines. */
	static final int MAX_PROOF_LINES = 63;

	private static final Pattern OLD_LINE = Pattern.compile("old (0|[1-9][0-9]{0,18})");

	static AddCheckpointRequest parse(byte[] body) throws MalformedRequestException {
		int split = indexOfBlankLine(body);
		if (split < 0) {
			throw new MalformedRequestException("no empty line before the checkpoint");
		}
		for (int i = 0; i < split; i++) {
			if (body[i] < 0x20 && body[i] != '\n' || body[i] >= 0x7f) {
				throw new MalformedRequestException("the old size and proof lines are printable ASCII");
			}
		}
		String[] lines = new String(body, 0, split, StandardCharsets.US_ASCII).split("\n", -1);
		long oldSize = parseOldSize(lines[0]);
		if (lines.length - 1 > MAX_PROOF_LINES) {
			throw new MalformedRequestException("more than " + MAX_PROOF_LINES + " consistency proof lines");
		}
		List<byte[]> proof = new ArrayList<>();
		for (int i = 1; i < lines.length; i++) {
			proof.add(parseHash(lines[i]));
		}
		byte[] noteBytes = Arrays.copyOfRange(body, split + 2, body.length);
		try {
			SignedNote note = SignedNote.parse(noteBytes);
			return new AddCheckpointRequest(oldSize, List.copyOf(proof), note, Checkpoint.parse(note.text()));
		} catch (InvalidNoteException e) {
			throw new MalformedRequestException("not a signed checkpoint: " + e.getMessage());
		}
	}

	/** The first {@code \n\n}: the old size line and proof lines are never empty, so it ends them. */
	private static int indexOfBlankLine(byte[] body) {
		for (int i = 0; i + 1 < body.length; i++) {
			if (body[i] == '\n' && body[i + 1] == '\n') {
				return i;
			}
		}
		return -1;
	}

	private static long parseOldSize(String line) throws MalformedRequestException {
		if (!OLD_LINE.matcher(line).matches()) {
			throw new MalformedRequestException("the first line must be 'old <size>' in decimal without leading zeros");
		}
		try {
			return Long.parseLong(line.substring(4));
		} catch (NumberFormatException e) {
			throw new MalformedRequestException("the old size is too large");
		}
	}

	private static byte[] parseHash(String line) throws MalformedRequestException {
		byte[] hash;
		try {
			hash = Base64.getDecoder().decode(line);
		} catch (IllegalArgumentException e) {
			throw new MalformedRequestException("a consistency proof line is not standard base64");
		}
		// Java's decoder also takes unpadded input: only the canonical encoding is a valid line.
		if (!Base64.getEncoder().encodeToString(hash).equals(line)) {
			throw new MalformedRequestException("a consistency proof line is not canonical base64");
		}
		return hash;
	}
}
