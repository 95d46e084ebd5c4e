package org.smartcourt.storage.internal;

import java.util.List;

import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;

/** Why a file is refused, as the field problem the person who submitted it sees. */
enum FileRejection {

	EMPTY("empty", "validation.file.empty"),
	TOO_LARGE("too-large", "validation.file.too-large"),
	UNSUPPORTED_TYPE("unsupported-type", "validation.file.unsupported-type"),
	ENCRYPTED_PDF("encrypted-pdf", "validation.file.encrypted-pdf"),
	CORRUPT_PDF("corrupt-pdf", "validation.file.corrupt-pdf"),
	INFECTED("infected", "validation.file.infected"),
	SCAN_FAILED("scan-failed", "validation.file.scan-failed");

	private final String code;
	private final String messageKey;

	FileRejection(String code, String messageKey) {
		this.code = code;
		this.messageKey = messageKey;
	}

	String code() {
		return code;
	}

	DomainException on(String field, Object... args) {
		return DomainException.invalid("invalid-file", "problem.invalid-file.detail",
				List.of(new FieldProblem(field, code, messageKey, List.of(args))));
	}
}
