package org.smartcourt.ledger.core;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcourt.ledger.core.Hex.bytes;
import static org.smartcourt.ledger.core.Hex.hex;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.Test;

/** Hasher known answers: ledger-reference §1.1 (transparency-dev rfc6962_test.go) and §5.2 (GB/T 32905). */
class TreeHasherTests {

	private final TreeHasher sha256 = TreeHasher.sha256();
	private final TreeHasher sm3 = TreeHasher.sm3();

	@Test
	void sha256KnownAnswers() {
		assertThat(sha256.algorithm()).isEqualTo("SHA-256");
		assertThat(sha256.size()).isEqualTo(32);
		assertThat(hex(sha256.emptyRoot()))
				.isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
		assertThat(hex(sha256.hashLeaf(new byte[0])))
				.isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
		assertThat(hex(sha256.hashLeaf(ascii("L123456"))))
				.isEqualTo("395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56");
		assertThat(hex(sha256.hashChildren(ascii("N123"), ascii("N456"))))
				.isEqualTo("aa217fe888e47007fa15edab33c2b492a722cb106c64667fc2b044444de66bbb");
	}

	@Test
	void domainSeparationPreventsCollisions() {
		for (TreeHasher h : new TreeHasher[] {sha256, sm3}) {
			byte[] a = ascii("Hello");
			byte[] b = ascii("World");
			byte[] ab = ascii("HelloWorld");
			assertThat(h.hashChildren(a, b)).isNotEqualTo(h.hashLeaf(ab));
			assertThat(h.hashChildren(a, b)).isNotEqualTo(h.hashChildren(b, a));
			assertThat(h.hashLeaf(a)).isNotEqualTo(h.hashLeaf(b));
		}
	}

	@Test
	void sm3StandardVectors() {
		assertThat(hex(sm3Digest(ascii("abc"))))
				.isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
		assertThat(hex(sm3Digest(ascii("abcd".repeat(16)))))
				.isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
	}

	@Test
	void sm3HasherUsesTheRfc6962Prefixes() {
		assertThat(sm3.algorithm()).isEqualTo("SM3");
		assertThat(sm3.size()).isEqualTo(32);
		assertThat(hex(sm3.emptyRoot()))
				.isEqualTo("1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b");
		byte[] abc = ascii("abc");
		assertThat(sm3.hashLeaf(abc)).isEqualTo(sm3Digest(concat(new byte[] {0}, abc)));
		assertThat(sm3.hashChildren(abc, ascii("d"))).isEqualTo(sm3Digest(concat(new byte[] {1}, ascii("abcd"))));
		// n=1 of the SM3 tree of ledger-reference §1.7: the leaf hash of the empty entry
		assertThat(hex(sm3.hashLeaf(new byte[0])))
				.isEqualTo("2daef60e7a0b8f5e024c81cd2ab3109f2b4f155cf83adeb2ae5532f74a157fdf");
	}

	@Test
	void resultsAreFreshArrays() {
		byte[] first = sha256.hashLeaf(bytes("00"));
		first[0] ^= 1;
		assertThat(sha256.hashLeaf(bytes("00"))).isNotEqualTo(first);
	}

	private static byte[] sm3Digest(byte[] data) {
		SM3Digest d = new SM3Digest();
		d.update(data, 0, data.length);
		byte[] out = new byte[32];
		d.doFinal(out, 0);
		return out;
	}

	private static byte[] ascii(String s) {
		return s.getBytes(US_ASCII);
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] out = new byte[a.length + b.length];
		System.arraycopy(a, 0, out, 0, a.length);
		System.arraycopy(b, 0, out, a.length, b.length);
		return out;
	}
}
