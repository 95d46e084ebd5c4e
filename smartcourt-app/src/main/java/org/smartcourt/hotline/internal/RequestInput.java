package org.smartcourt.hotline.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.smartcourt.hotline.Intake;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.smartcourt.shared.Role;

/**
 * What a 12368 request and its follow-ups must look like before anything is written: the fields a phone, hall or
 * online request needs, lengths, phone and ID number formats, who may use which intake, and the 1–5 rating. Every
 * refusal is {@code validation-failed} with the field problems in Chinese.
 */
final class RequestInput {

	static final int SUBJECT_MAX = 200;
	static final int TEXT_MAX = 4000;
	static final int NAME_MAX = 50;
	static final int COMMENT_MAX = 500;
	private static final Pattern PHONE = Pattern.compile("[0-9][0-9-]{6,19}");
	private static final Pattern ID_NUMBER = Pattern.compile("[0-9A-Za-z]{15,18}");

	private RequestInput() {
	}

	static Intake validate(Actor actor, NewRequest c) {
		List<FieldProblem> problems = new ArrayList<>();
		Intake intake = intakeFor(actor, c.intake(), problems);
		boolean online = intake == Intake.ONLINE;
		if (c.kind() == null) {
			problems.add(new FieldProblem("kind", "required", "validation.hotline.kind.required"));
		}
		else if (c.kind().needsCase() && (c.caseNumber() == null || c.caseNumber().isBlank())) {
			problems.add(new FieldProblem("caseNumber", "required", "validation.hotline.case-number.required"));
		}
		if (!online) {
			if (c.callerName() == null || c.callerName().isBlank()) {
				problems.add(new FieldProblem("callerName", "required", "validation.hotline.caller-name.required"));
			}
			else if (c.callerName().strip().length() > NAME_MAX) {
				problems.add(new FieldProblem("callerName", "length", "validation.hotline.caller-name.length"));
			}
			if (intake == Intake.PHONE && (c.callerPhone() == null || c.callerPhone().isBlank())) {
				problems.add(new FieldProblem("callerPhone", "required", "validation.hotline.caller-phone.required"));
			}
			if (c.callerIdNumber() != null && !c.callerIdNumber().isBlank()
					&& !ID_NUMBER.matcher(c.callerIdNumber().strip()).matches()) {
				problems.add(new FieldProblem("callerIdNumber", "format", "validation.hotline.caller-id.format"));
			}
		}
		if (c.callerPhone() != null && !c.callerPhone().isBlank() && !PHONE.matcher(c.callerPhone().strip()).matches()) {
			problems.add(new FieldProblem("callerPhone", "format", "validation.hotline.caller-phone.format"));
		}
		text(c.subject(), SUBJECT_MAX, "subject", problems);
		text(c.content(), TEXT_MAX, "content", problems);
		if (!problems.isEmpty()) {
			throw invalid(problems);
		}
		return intake;
	}

	private static Intake intakeFor(Actor actor, Intake asked, List<FieldProblem> problems) {
		if (HotlineScope.isPublic(actor)) {
			if (asked != null && asked != Intake.ONLINE) {
				problems.add(new FieldProblem("intake", "not-allowed", "validation.hotline.intake.not-allowed"));
			}
			return Intake.ONLINE;
		}
		if (!HotlineScope.isDesk(actor)) {
			throw DomainException.forbidden("hotline-desk-only", "problem.hotline-desk-only.detail");
		}
		Intake intake = asked == null ? (actor.role() == Role.HOTLINE ? Intake.PHONE : Intake.HALL) : asked;
		if (intake == Intake.ONLINE || (intake == Intake.PHONE && actor.role() != Role.HOTLINE)) {
			problems.add(new FieldProblem("intake", "not-allowed", "validation.hotline.intake.not-allowed"));
		}
		return intake;
	}

	private static void text(String value, int max, String field, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, "required", "validation.hotline." + field + ".required"));
		}
		else if (value.strip().length() > max) {
			problems.add(new FieldProblem(field, "length", "validation.hotline.text.length", List.of(max)));
		}
	}

	static String required(String value, int max, String field) {
		List<FieldProblem> problems = new ArrayList<>();
		text(value, max, field, problems);
		if (!problems.isEmpty()) {
			throw invalid(problems);
		}
		return value.strip();
	}

	static String trimmed(String value, int max, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.strip().length() > max) {
			throw invalid(List.of(new FieldProblem(field, "length", "validation.hotline.text.length", List.of(max))));
		}
		return value.strip();
	}

	static int score(Integer satisfaction) {
		if (satisfaction == null || satisfaction < 1 || satisfaction > 5) {
			throw invalid(List.of(new FieldProblem("satisfaction", "range", "validation.hotline.satisfaction.range")));
		}
		return satisfaction;
	}

	static DomainException invalid(List<FieldProblem> problems) {
		return DomainException.invalid("validation-failed", "problem.validation-failed.detail", problems);
	}
}
