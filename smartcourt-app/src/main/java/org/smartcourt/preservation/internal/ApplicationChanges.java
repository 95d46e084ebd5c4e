package org.smartcourt.preservation.internal;

import static org.smartcourt.preservation.internal.ApplicationInput.blank;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smartcourt.cases.CaseNumber;
import org.smartcourt.cases.CaseNumbers;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.PartySide;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.preservation.PreservationId;
import org.smartcourt.preservation.internal.Application.Party;
import org.smartcourt.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * How the preservation commands read and change an application: load it (not found when missing), claim a change so
 * that the first of two concurrent commands wins (409 for the other), refuse a command in the wrong state, find a
 * case by its 案号, and tell the applicant the expiry dates of measures (保全期限告知书, 保全规定第十八条第二款). Joins the
 * caller's transaction.
 */
@Component
class ApplicationChanges {

	static final String INVALID = "preservation-invalid";
	static final String CHANGED = "preservation-changed";
	static final String WRONG_STATE = "preservation-wrong-state";
	/** 财保: 非诉财产保全审查 (诉前、仲裁前财产保全). */
	static final String PRE_SUIT_CATEGORY = "0901";
	/** 执保: 财产保全执行. */
	static final String ENFORCEMENT_CATEGORY = "1004";

	private final PreservationStore store;
	private final PreservationPapers papers;
	private final PreservationNotices notices;
	private final CaseRegistry registry;
	private final CaseNumbers numbers;

	ApplicationChanges(PreservationStore store, PreservationPapers papers, PreservationNotices notices,
			CaseRegistry registry, CaseNumbers numbers) {
		this.store = store;
		this.papers = papers;
		this.notices = notices;
		this.registry = registry;
		this.numbers = numbers;
	}

	Application load(PreservationId id) {
		return store.find(id).orElseThrow(PreservationScope::notFound);
	}

	void claim(Application a, String set, Object... params) {
		if (!store.change(a, set, params)) {
			throw DomainException.conflict(CHANGED, "problem." + CHANGED + ".detail");
		}
	}

	static DomainException wrongState(Application a) {
		return DomainException.conflict(WRONG_STATE, "problem." + WRONG_STATE + ".detail");
	}

	Optional<RegisteredCase> parse(String caseNumber) {
		if (blank(caseNumber)) {
			return Optional.empty();
		}
		try {
			CaseNumber number = numbers.parse(caseNumber.strip());
			return Optional.of(number).flatMap(n -> registry.byNumber(n));
		}
		catch (DomainException | IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	void tellExpiry(Application a, List<Measure> measures) {
		if (measures.isEmpty()) {
			return;
		}
		store.addDocument(a.id(), papers.expiryNotice(a, measures));
		for (Measure m : measures) {
			notices.send("preservation:expiry-notice:" + m.id() + ":" + m.expiryDate(), a.filedBy(),
					"preservation.expiry-notice", Map.of("caseNumber", caseNumber(a), "object", m.objectDescription(),
							"expiry", PreservationPapers.day(m.expiryDate())), link(a.id()));
		}
	}

	static List<CaseParty> parties(Party applicant, Party respondent) {
		return List.of(CaseParty.party(1, PartySide.APPLICANT, null, applicant.name(), applicant.idNumber()),
				CaseParty.party(2, PartySide.RESPONDENT, null, respondent.name(), respondent.idNumber()));
	}

	static String caseNumber(Application a) {
		if (a.litigationCase() != null) {
			return a.litigationCase().number();
		}
		return a.rulingCase() == null ? "" : a.rulingCase().number();
	}

	static String link(PreservationId id) {
		return "/preservation/" + id;
	}
}
