package org.smartcourt.ledger.core.note;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The body of a checkpoint (c2sp.org/tlog-checkpoint): the log's origin, the tree size in decimal, the RFC 6962 root
 * hash in base64, and optional extension lines (not recommended; kept so foreign checkpoints round-trip).
 *
 * @param origin the log's unique identity, e.g. {@code ledger.jlcourt.gov.cn/evidence/2026}
 * @param size the number of leaves
 * @param rootHash MTH of those leaves
 * @param extensions further lines, without newlines
 */
public record Checkpoint(String origin, long size, byte[] rootHash, List<String> extensions) {

	public Checkpoint {
		if (origin == null || origin.isEmpty() || origin.indexOf('\n') >= 0) {
			throw new InvalidNoteException("a checkpoint needs a one-line origin");
		}
		if (size < 0) {
			throw new InvalidNoteException("a tree size is not negative");
		}
		if (rootHash.length != 32) {
			throw new InvalidNoteException("a root hash is 32 bytes");
		}
		rootHash = rootHash.clone();
		extensions = List.copyOf(extensions);
		for (String line : extensions) {
			if (line.isEmpty() || line.indexOf('\n') >= 0) {
				throw new InvalidNoteException("extension lines are non-empty single lines");
			}
		}
	}

	public Checkpoint(String origin, long size, byte[] rootHash) {
		this(origin, size, rootHash, List.of());
	}

	/** Parses a checkpoint from the text of its signed note. */
	public static Checkpoint parse(String text) {
		if (!text.endsWith("\n")) {
			throw new InvalidNoteException("a checkpoint ends with a newline");
		}
		String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
		if (lines.length < 3) {
			throw new InvalidNoteException("a checkpoint has at least three lines: origin, size, root hash");
		}
		if (!lines[1].matches("0|[1-9][0-9]{0,18}")) {
			throw new InvalidNoteException("the tree size is a decimal number without leading zeros: " + lines[1]);
		}
		long size;
		try {
			size = Long.parseLong(lines[1]);
		} catch (NumberFormatException e) {
			throw new InvalidNoteException("the tree size is too large: " + lines[1], e);
		}
		byte[] root;
		try {
			root = Base64.getDecoder().decode(lines[2]);
		} catch (IllegalArgumentException e) {
			throw new InvalidNoteException("the root hash is not standard base64", e);
		}
		List<String> extensions = new ArrayList<>(List.of(lines).subList(3, lines.length));
		return new Checkpoint(lines[0], size, root, extensions);
	}

	@Override
	public byte[] rootHash() {
		return rootHash.clone();
	}

	/** The note text: origin, size and root, each line ending in a newline. */
	public String text() {
		StringBuilder out = new StringBuilder()
				.append(origin).append('\n')
				.append(size).append('\n')
				.append(Base64.getEncoder().encodeToString(rootHash)).append('\n');
		extensions.forEach(line -> out.append(line).append('\n'));
		return out.toString();
	}

	/** This checkpoint as an unsigned note. */
	public SignedNote toNote() {
		return SignedNote.unsigned(text());
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Checkpoint c && c.text().equals(text());
	}

	@Override
	public int hashCode() {
		return text().hashCode();
	}

	@Override
	public String toString() {
		return text();
	}
}
