package org.smartcourt.ledger.web;

import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.smartcourt.shared.DomainException;

/** A 32-byte digest given by a client, as 64 hex digits or as base64 (standard or URL-safe alphabet). */
record Digest(byte[] bytes) {

	static Digest parse(String field, String text) {
		if (text != null) {
			String value = text.strip();
			try {
				if (value.length() == 64) {
					return new Digest(HexFormat.of().parseHex(value.toLowerCase(java.util.Locale.ROOT)));
				}
				byte[] decoded = value.contains("-") || value.contains("_") ? Base64.getUrlDecoder().decode(value)
						: Base64.getDecoder().decode(value);
				if (decoded.length == 32) {
					return new Digest(decoded);
				}
			}
			catch (IllegalArgumentException malformed) {
				// reported below
			}
		}
		throw DomainException.invalid("ledger-malformed-hash", "problem.ledger-malformed-hash.detail",
				List.of(new DomainException.FieldProblem(field, "malformed", "ledger.field.hash")));
	}

	String hex() {
		return HexFormat.of().formatHex(bytes);
	}
}
