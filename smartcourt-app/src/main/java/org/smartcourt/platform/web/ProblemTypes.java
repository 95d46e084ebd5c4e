package org.smartcourt.platform.web;

import java.net.URI;

/**
 * Stable Problem Details {@code type} URIs. Each is a page of this server ({@code /problems/{code}}) that explains
 * the problem in Chinese, so a client developer can follow the link.
 */
public final class ProblemTypes {

	public static final String BASE = "/problems/";

	private ProblemTypes() {
	}

	public static URI of(String code) {
		return URI.create(BASE + code);
	}

	/** The problem code used for a bare HTTP status (for example {@code not-found} for 404). */
	public static String codeForStatus(int status) {
		return switch (status) {
			case 400 -> "bad-request";
			case 401 -> "unauthenticated";
			case 403 -> "forbidden";
			case 404 -> "not-found";
			case 405 -> "method-not-allowed";
			case 406 -> "not-acceptable";
			case 409 -> "conflict";
			case 413 -> "payload-too-large";
			case 415 -> "unsupported-media-type";
			case 422 -> "rule-violation";
			case 429 -> "too-many-requests";
			case 503 -> "service-unavailable";
			default -> status >= 500 ? "internal-error" : "bad-request";
		};
	}
}
