package org.smartcourt.ledger.core;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The canonical leaf of the SmartCourt evidence ledger (区块链存证的叶子): the exact bytes whose
 * {@code HASH(0x00 || leaf)} is a leaf hash of the log (RFC 9162 §2.1.1) and that entry bundles
 * carry (C2SP tlog-tiles "entry bundles"). A versioned, line-oriented UTF-8 text, each line ending
 * with {@code \n}:
 *
 * <pre>
 * smartcourt-ledger/v1
 * type evidence-file
 * sha256 &lt;64 lower-case hex&gt;
 * sm3 &lt;64 lower-case hex&gt;
 * ref &lt;opaque reference&gt;
 * </pre>
 *
 * <p>A fixed text format rather than canonicalised JSON avoids the interop bugs of re-serialising
 * (ledger-reference §1.8). The reference is an opaque id (a stored file's SHA-256,
 * {@code audit:12345}), never personal data: 1–200 printable ASCII characters without spaces.
 * {@link #parse} accepts exactly what {@link #encode} produces and nothing else, so a verifier
 * that parses a leaf and re-encodes it gets the same bytes.
 *
 * @param type the entry type's wire name, lower-case letters, digits and '-'
 * @param sha256 SHA-256 of the anchored content (32 bytes)
 * @param sm3 SM3 (GB/T 32905) of the anchored content (32 bytes)
 * @param reference the opaque reference
 */
public record LedgerLeaf(String type, byte[] sha256, byte[] sm3, String reference) {

	/** The first line, naming the format and its version. */
	public static final String VERSION_LINE = "smartcourt-ledger/v1";
	/** Longest reference accepted. */
	public static final int MAX_REFERENCE_LENGTH = 200;

	private static final Pattern TYPE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
	private static final Pattern REFERENCE = Pattern.compile("[\\x21-\\x7e]{1," + MAX_REFERENCE_LENGTH + "}");
	private static final Pattern HEX_32 = Pattern.compile("[0-9a-f]{64}");
	private static final HexFormat HEX = HexFormat.of();

	public LedgerLeaf {
		if (type == null || type.length() > 40 || !TYPE.matcher(type).matches()) {
			throw new IllegalArgumentException("invalid entry type: " + type);
		}
		if (sha256 == null || sha256.length != 32 || sm3 == null || sm3.length != 32) {
			throw new IllegalArgumentException("sha256 and sm3 must be 32 bytes each");
		}
		if (!isValidReference(reference)) {
			throw new IllegalArgumentException("invalid reference (1-200 printable ASCII characters, no spaces)");
		}
		sha256 = sha256.clone();
		sm3 = sm3.clone();
	}

	/** Whether a reference may appear in a leaf: 1–200 printable ASCII characters, no space or control character. */
	public static boolean isValidReference(String reference) {
		return reference != null && REFERENCE.matcher(reference).matches();
	}

	@Override
	public byte[] sha256() {
		return sha256.clone();
	}

	@Override
	public byte[] sm3() {
		return sm3.clone();
	}

	/** The canonical UTF-8 bytes. */
	public byte[] encode() {
		return text().getBytes(StandardCharsets.UTF_8);
	}

	/** The canonical text. */
	public String text() {
		return VERSION_LINE + "\n" + "type " + type + "\n" + "sha256 " + HEX.formatHex(sha256) + "\n" + "sm3 "
				+ HEX.formatHex(sm3) + "\n" + "ref " + reference + "\n";
	}

	/**
	 * Parses canonical leaf bytes strictly: the version line, then exactly the four lines in order,
	 * lower-case hex, a final {@code \n}, nothing else (no {@code \r}, no blank or extra lines).
	 *
	 * @throws IllegalArgumentException if the bytes are not a canonical v1 leaf
	 */
	public static LedgerLeaf parse(byte[] leaf) {
		String text = new String(leaf, StandardCharsets.UTF_8);
		if (!java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), leaf)) {
			throw new IllegalArgumentException("leaf is not valid UTF-8");
		}
		if (!text.endsWith("\n")) {
			throw new IllegalArgumentException("leaf must end with a newline");
		}
		String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
		if (lines.length != 5 || !VERSION_LINE.equals(lines[0])) {
			throw new IllegalArgumentException("not a " + VERSION_LINE + " leaf of five lines");
		}
		String type = value(lines[1], "type");
		String sha256 = value(lines[2], "sha256");
		String sm3 = value(lines[3], "sm3");
		String reference = value(lines[4], "ref");
		if (!HEX_32.matcher(sha256).matches() || !HEX_32.matcher(sm3).matches()) {
			throw new IllegalArgumentException("digests must be 64 lower-case hex digits");
		}
		return new LedgerLeaf(type, HEX.parseHex(sha256), HEX.parseHex(sm3), reference);
	}

	private static String value(String line, String key) {
		if (!line.startsWith(key + " ")) {
			throw new IllegalArgumentException("expected line '" + key + " …', got '" + line + "'");
		}
		return line.substring(key.length() + 1);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof LedgerLeaf that && type.equals(that.type) && java.util.Arrays.equals(sha256, that.sha256)
				&& java.util.Arrays.equals(sm3, that.sm3) && reference.equals(that.reference);
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash(type, java.util.Arrays.hashCode(sha256), java.util.Arrays.hashCode(sm3), reference);
	}

	@Override
	public String toString() {
		return "LedgerLeaf[" + type + ", sha256=" + HEX.formatHex(sha256) + ", ref=" + reference + "]";
	}
}
