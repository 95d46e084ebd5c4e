package org.smartcourt.cases.internal.closing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a case file allows closing by a method, and the 结案日期 it gives under the 2000 rule art. 10: the day the
 * judgment is pronounced, the ruling announced, or the 调解书 reaches the last party, where service counts from the
 * day left (留置), published (公告), handed to the post (邮寄) or signed for (转交).
 *
 * @param missing what is lacking, in a stable order; empty when the case may be closed.
 * @param closedOn the closing date, when it can be fixed.
 */
public record ClosingAssessment(ClosingMethod method, List<MissingItem> missing, Optional<LocalDate> closedOn) {

	public ClosingAssessment {
		missing = List.copyOf(missing);
	}

	public boolean complete() {
		return missing.isEmpty() && closedOn.isPresent();
	}

	public static ClosingAssessment of(ClosingMethod method, CaseFile file) {
		List<MissingItem> missing = new ArrayList<>();
		for (DocumentKind kind : method.requiredDocuments()) {
			if (file.latest(kind).isEmpty()) {
				missing.add(MissingItem.document(kind));
			}
		}
		DocumentKind kind = method.closingDocument();
		Optional<CaseDocument> document = file.latest(kind);
		if (document.isEmpty()) {
			return new ClosingAssessment(method, missing, Optional.empty());
		}
		Optional<LocalDate> date = switch (method.dateRule()) {
			case PRONOUNCEMENT -> file.pronouncedOn(document.get());
			case ANNOUNCEMENT -> file.pronouncedOn(document.get()).or(() -> file.reachedLastPartyOn(document.get()));
			case LAST_SERVICE -> file.reachedLastPartyOn(document.get());
			case SIGNED -> Optional.of(document.get().signedOn());
		};
		if (date.isEmpty()) {
			if (method.dateRule() == ClosingDateRule.PRONOUNCEMENT || method.dateRule() == ClosingDateRule.ANNOUNCEMENT) {
				missing.add(MissingItem.pronouncement(kind));
			}
			if (method.dateRule() != ClosingDateRule.PRONOUNCEMENT) {
				file.unservedParties(document.get())
					.forEach(p -> missing.add(MissingItem.service(kind, p.name())));
			}
		}
		return new ClosingAssessment(method, missing, date);
	}
}
