package org.smartcourt.preservation.internal;

import java.util.ArrayList;
import java.util.List;

import org.smartcourt.fees.Money;
import org.smartcourt.preservation.PreservedProperty;
import org.smartcourt.preservation.Security;
import org.smartcourt.shared.DomainException.FieldProblem;

/**
 * What a 保全申请 must hold before anything is written (保全规定第一条第一款): the parties with address and contact, the
 * claim and its grounds, a positive amount, the reason of urgency, each object identified or marked as a lead, the
 * security's amount; amounts in 元 with at most two decimals. One field problem per mistake.
 */
final class ApplicationInput {

	private ApplicationInput() {
	}

	/** Checks the plain fields; returns the amount to preserve, or {@literal null} when it is missing or wrong. */
	static Money checkFields(List<FieldProblem> problems, NewApplication in) {
		required(problems, "applicantName", in.applicantName(), 100);
		required(problems, "applicantAddress", in.applicantAddress(), 300);
		required(problems, "applicantContact", in.applicantContact(), 50);
		required(problems, "respondentName", in.respondentName(), 100);
		required(problems, "respondentAddress", in.respondentAddress(), 300);
		required(problems, "claim", in.claim(), 2000);
		required(problems, "grounds", in.grounds(), 4000);
		Money amount = money(problems, "amount", in.amount(), true);
		if (amount != null && amount.isZero()) {
			problems.add(new FieldProblem("amount", "positive", "preservation.error.positive"));
		}
		if (in.urgent() && blank(in.urgentReason())) {
			problems.add(new FieldProblem("urgentReason", "required", "preservation.error.urgent-reason"));
		}
		return amount;
	}

	static List<PreservedProperty> properties(List<FieldProblem> problems,
			List<NewApplication.PropertyInput> inputs) {
		List<PreservedProperty> out = new ArrayList<>();
		int seq = 0;
		for (NewApplication.PropertyInput p : inputs) {
			if (p == null || (p.kind() == null && blank(p.description()) && blank(p.identifier()))) {
				continue;
			}
			seq++;
			String prefix = "properties[" + (seq - 1) + "].";
			if (p.kind() == null) {
				problems.add(required(prefix + "kind"));
			}
			if (blank(p.description())) {
				problems.add(required(prefix + "description"));
			}
			if (!p.leadOnly() && blank(p.identifier())) {
				problems.add(new FieldProblem(prefix + "identifier", "required", "preservation.error.identifier"));
			}
			Money value = money(problems, prefix + "estimatedValue", p.estimatedValue(), false);
			if (p.kind() != null && !blank(p.description())) {
				out.add(new PreservedProperty(seq, p.kind(), p.description().strip(), trim(p.identifier()), value,
						p.leadOnly()));
			}
		}
		if (seq == 0) {
			problems.add(new FieldProblem("properties", "required", "preservation.error.properties"));
		}
		return out;
	}

	static Security security(List<FieldProblem> problems, NewApplication in) {
		if (in.securityKind() == null) {
			return null;
		}
		Money amount = money(problems, "securityAmount", in.securityAmount(), true);
		return new Security(in.securityKind(), amount == null ? Money.ZERO : amount, trim(in.securityProvider()),
				trim(in.securityReference()));
	}

	static Money money(List<FieldProblem> problems, String field, String text, boolean required) {
		if (blank(text)) {
			if (required) {
				problems.add(required(field));
			}
			return null;
		}
		try {
			return Money.parseYuan(text.replace(",", "").replace("，", ""));
		}
		catch (IllegalArgumentException | ArithmeticException ex) {
			problems.add(new FieldProblem(field, "money", "preservation.error.money"));
			return null;
		}
	}

	static void required(List<FieldProblem> problems, String field, String value, int max) {
		if (blank(value)) {
			problems.add(required(field));
		}
		else if (value.strip().length() > max) {
			problems.add(new FieldProblem(field, "too-long", "preservation.error.too-long", List.of(max)));
		}
	}

	static FieldProblem required(String field) {
		return new FieldProblem(field, "required", "preservation.error.required");
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	static String trim(String s) {
		return blank(s) ? null : s.strip();
	}
}
