package org.smartcourt.ledger.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class LedgerLeafTests {

	private static final String SHA = "ab".repeat(32);
	private static final String SM3 = "0c".repeat(32);
	private static final String TEXT = "smartcourt-ledger/v1\ntype evidence-file\nsha256 " + SHA + "\nsm3 " + SM3
			+ "\nref audit:12345\n";

	private static byte[] bytes(int b) {
		byte[] out = new byte[32];
		Arrays.fill(out, (byte) b);
		return out;
	}

	@Test
	void encodesTheCanonicalText() {
		LedgerLeaf leaf = new LedgerLeaf("evidence-file", bytes(0xab), bytes(0x0c), "audit:12345");
		assertThat(new String(leaf.encode(), StandardCharsets.UTF_8)).isEqualTo(TEXT);
	}

	@Test
	void parsesWhatItEncodes() {
		LedgerLeaf leaf = LedgerLeaf.parse(TEXT.getBytes(StandardCharsets.UTF_8));
		assertThat(leaf.type()).isEqualTo("evidence-file");
		assertThat(leaf.sha256()).isEqualTo(bytes(0xab));
		assertThat(leaf.sm3()).isEqualTo(bytes(0x0c));
		assertThat(leaf.reference()).isEqualTo("audit:12345");
		assertThat(leaf.encode()).isEqualTo(TEXT.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void rejectsAnythingNotCanonical() {
		for (String bad : new String[] { TEXT.replace("\n", "\r\n"), TEXT.substring(0, TEXT.length() - 1),
				TEXT + "\n", TEXT.replace(SHA, SHA.toUpperCase()), TEXT.replace("v1", "v2"),
				TEXT.replace("ref audit:12345", "ref audit 12345"), TEXT.replace("type ", "type  "),
				TEXT.replace("sm3 " + SM3, "sm3 " + SM3.substring(2)), TEXT.replace("ref audit:12345", "ref "),
				TEXT.replace("type evidence-file\nsha256 " + SHA, "sha256 " + SHA + "\ntype evidence-file"),
				TEXT.replace("audit:12345", "张三") }) {
			assertThatThrownBy(() -> LedgerLeaf.parse(bad.getBytes(StandardCharsets.UTF_8)))
				.as(bad)
				.isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Test
	void validatesReferences() {
		assertThat(LedgerLeaf.isValidReference("audit:1")).isTrue();
		assertThat(LedgerLeaf.isValidReference("x".repeat(200))).isTrue();
		assertThat(LedgerLeaf.isValidReference("x".repeat(201))).isFalse();
		assertThat(LedgerLeaf.isValidReference("")).isFalse();
		assertThat(LedgerLeaf.isValidReference("a b")).isFalse();
		assertThat(LedgerLeaf.isValidReference("a\tb")).isFalse();
		assertThat(LedgerLeaf.isValidReference(null)).isFalse();
		assertThatThrownBy(() -> new LedgerLeaf("Evidence", bytes(1), bytes(2), "r"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new LedgerLeaf("filing", new byte[31], bytes(2), "r"))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
