package org.smartcourt.preservation.internal;

import java.util.List;
import java.util.Objects;

import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.CaseRegistered;
import org.smartcourt.cases.Cases;
import org.smartcourt.cases.PartySide;
import org.smartcourt.preservation.internal.Application.Party;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a suit is registered, pre-suit preservations of the same applicant against the same respondent become
 * litigation preservations (保全规定第十七条). Parties match by 身份证号／统一社会信用代码 when both sides have one, else by
 * name; the applicant must be a plaintiff and the respondent a defendant.
 */
@Component
class SuitConversion {

	private final PreservationStore store;
	private final PreservationApplications applications;
	private final Cases cases;

	SuitConversion(PreservationStore store, PreservationApplications applications, Cases cases) {
		this.store = store;
		this.applications = applications;
		this.cases = cases;
	}

	@ApplicationModuleListener
	void on(CaseRegistered event) {
		if (PreservationApplications.PRE_SUIT_CATEGORY.equals(event.categoryCode())
				|| PreservationApplications.ENFORCEMENT_CATEGORY.equals(event.categoryCode())) {
			return;
		}
		CaseOverview suit = cases.find(event.caseId()).orElse(null);
		if (suit == null) {
			return;
		}
		List<CaseParty> parties = suit.partiesOnly();
		for (Application a : store.where("a.kind = 'PRE_SUIT' and a.converted_on is null and a.status in ('GRANTED', 'ENFORCED')")) {
			if (matches(a.applicant(), parties, PartySide.PLAINTIFF) && matches(a.respondent(), parties, PartySide.DEFENDANT)) {
				applications.convert(a, suit.registration(), null);
			}
		}
	}

	private static boolean matches(Party party, List<CaseParty> parties, PartySide side) {
		return parties.stream().filter(p -> p.side() == side).anyMatch(p -> same(party, p));
	}

	private static boolean same(Party party, CaseParty p) {
		if (party.idNumber() != null && p.idNumber() != null) {
			return party.idNumber().equalsIgnoreCase(p.idNumber());
		}
		return Objects.equals(party.name(), p.name());
	}
}
