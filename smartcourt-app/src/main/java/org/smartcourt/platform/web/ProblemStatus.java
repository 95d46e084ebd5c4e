package org.smartcourt.platform.web;

import org.smartcourt.shared.DomainException;
import org.springframework.http.HttpStatus;

/** The one mapping from a {@link DomainException.Kind} to an HTTP status, for the API and the pages alike. */
final class ProblemStatus {

	private ProblemStatus() {
	}

	static HttpStatus of(DomainException.Kind kind) {
		return switch (kind) {
			case INVALID_INPUT -> HttpStatus.BAD_REQUEST;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
			case RULE_VIOLATION -> HttpStatus.UNPROCESSABLE_CONTENT;
			case TOO_MANY_REQUESTS -> HttpStatus.TOO_MANY_REQUESTS;
			case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
		};
	}
}
