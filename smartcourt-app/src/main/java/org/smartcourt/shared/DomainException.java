package org.smartcourt.shared;

import java.util.List;

/**
 * A failure a user can understand and act on. It carries no HTTP types: the web adapters map its {@link Kind} to a
 * status, its {@link #code()} to a stable Problem Details {@code type} and its message key to Chinese text.
 */
public class DomainException extends RuntimeException {

	/** What kind of failure, independent of transport. */
	public enum Kind {
		/** The input is malformed (400). */
		INVALID_INPUT,
		/** The caller may not do this (403). */
		FORBIDDEN,
		/** The target does not exist, or is outside the caller's scope (404). */
		NOT_FOUND,
		/** The target's current state forbids it (409). */
		CONFLICT,
		/** A business or legal rule forbids it (422). */
		RULE_VIOLATION,
		/** Too many attempts (429). */
		TOO_MANY_REQUESTS,
		/** A system we depend on (SMS gateway, …) cannot be reached now; trying later may work (503). */
		UNAVAILABLE
	}

	/** A problem with one input field. */
	public record FieldProblem(String field, String code, String messageKey, List<Object> args) {
		public FieldProblem(String field, String code, String messageKey) {
			this(field, code, messageKey, List.of());
		}
	}

	private final Kind kind;
	private final String code;
	private final String messageKey;
	private final transient Object[] args;
	private final List<FieldProblem> fieldProblems;

	public DomainException(Kind kind, String code, String messageKey, Object... args) {
		this(kind, code, messageKey, List.of(), args);
	}

	public DomainException(Kind kind, String code, String messageKey, List<FieldProblem> fieldProblems,
			Object... args) {
		super(code + ": " + messageKey);
		this.kind = kind;
		this.code = code;
		this.messageKey = messageKey;
		this.args = args.clone();
		this.fieldProblems = List.copyOf(fieldProblems);
	}

	public static DomainException notFound(String code, String messageKey, Object... args) {
		return new DomainException(Kind.NOT_FOUND, code, messageKey, args);
	}

	public static DomainException conflict(String code, String messageKey, Object... args) {
		return new DomainException(Kind.CONFLICT, code, messageKey, args);
	}

	public static DomainException ruleViolation(String code, String messageKey, Object... args) {
		return new DomainException(Kind.RULE_VIOLATION, code, messageKey, args);
	}

	public static DomainException forbidden(String code, String messageKey, Object... args) {
		return new DomainException(Kind.FORBIDDEN, code, messageKey, args);
	}

	public static DomainException invalid(String code, String messageKey, List<FieldProblem> fields) {
		return new DomainException(Kind.INVALID_INPUT, code, messageKey, fields);
	}

	public Kind kind() {
		return kind;
	}

	/** Stable, kebab-case problem code: the last segment of the Problem Details {@code type}. */
	public String code() {
		return code;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args.clone();
	}

	public List<FieldProblem> fieldProblems() {
		return fieldProblems;
	}
}
