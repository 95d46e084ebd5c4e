package org.smartcourt.ledger.core;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

final class Hex {

	private static final HexFormat HEX = HexFormat.of();

	private Hex() {
	}

	static byte[] bytes(String hex) {
		return HEX.parseHex(hex.replace(" ", ""));
	}

	static String hex(byte[] b) {
		return HEX.formatHex(b);
	}

	static List<byte[]> hashes(String... hex) {
		return Arrays.stream(hex).map(Hex::bytes).toList();
	}

	static List<String> hexList(List<byte[]> hashes) {
		return hashes.stream().map(Hex::hex).toList();
	}
}
