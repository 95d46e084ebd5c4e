package org.smartcourt.preservation.internal;

import static org.smartcourt.preservation.internal.ApplicationChanges.ENFORCEMENT_CATEGORY;
import static org.smartcourt.preservation.internal.ApplicationChanges.INVALID;
import static org.smartcourt.preservation.internal.ApplicationChanges.PRE_SUIT_CATEGORY;
import static org.smartcourt.preservation.internal.ApplicationChanges.link;
import static org.smartcourt.preservation.internal.ApplicationChanges.wrongState;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.CaseRegistered;
import org.smartcourt.cases.Cases;
import org.smartcourt.cases.PartySide;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.preservation.PreservationId;
import org.smartcourt.preservation.internal.Application.Party;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a suit is registered, pre-suit preservations of the same applicant against the same respondent become
 * litigation preservations (保全规定第十七条). Parties match by 身份证号／统一社会信用代码 when both sides have one, else by
 * name; the applicant must be a plaintiff and the respondent a defendant. The applicant or the court may also link
 * the suit by its 案号 (one transaction, audited).
 */
@Service
public class SuitConversion {

	private final PreservationStore store;
	private final ApplicationChanges changes;
	private final PreservationNotices notices;
	private final Cases cases;
	private final AuditTrail audit;
	private final Clock clock;

	SuitConversion(PreservationStore store, ApplicationChanges changes, PreservationNotices notices, Cases cases,
			AuditTrail audit, Clock clock) {
		this.store = store;
		this.changes = changes;
		this.notices = notices;
		this.cases = cases;
		this.audit = audit;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(CaseRegistered event) {
		if (PRE_SUIT_CATEGORY.equals(event.categoryCode()) || ENFORCEMENT_CATEGORY.equals(event.categoryCode())) {
			return;
		}
		CaseOverview suit = cases.find(event.caseId()).orElse(null);
		if (suit == null) {
			return;
		}
		List<CaseParty> parties = suit.partiesOnly();
		for (Application a : store.where("a.kind = 'PRE_SUIT' and a.converted_on is null and a.status in ('GRANTED', 'ENFORCED')")) {
			if (matches(a.applicant(), parties, PartySide.PLAINTIFF) && matches(a.respondent(), parties, PartySide.DEFENDANT)) {
				convert(a, suit.registration(), null);
			}
		}
	}

	/** The manual link of a pre-suit preservation to the suit filed, by its 案号 (保全规定第十七条). */
	@Transactional
	public Application linkSuit(Actor actor, PreservationId id, String caseNumber) {
		Application a = changes.load(id);
		PreservationScope.requireSees(actor, a);
		if (!a.preSuit() || a.convertedOn() != null) {
			throw wrongState(a);
		}
		RegisteredCase suit = changes.parse(caseNumber)
			.orElseThrow(() -> DomainException.invalid(INVALID, "problem." + INVALID + ".detail",
					List.of(new FieldProblem("caseNumber", "unknown", "preservation.error.case-number"))));
		convert(a, suit, actor.username());
		return changes.load(id);
	}

	/**
	 * 诉前保全 turns into litigation preservation when the suit is filed (保全规定第十七条): no new ruling, the period runs
	 * on; recorded with the new 案号. Joins the caller's transaction.
	 */
	void convert(Application a, RegisteredCase suit, String actor) {
		LocalDate today = LocalDate.now(clock);
		if (!store.change(a, "litigation_case_id = ?, litigation_case_number = ?, converted_on = ?", suit.id().value(),
				suit.caseNumber().format(), today)) {
			return;
		}
		for (Measure m : a.activeMeasures()) {
			store.updateMeasure(m.id(), "suit_deadline = null");
		}
		store.addEvent(a.id(), clock.instant(), actor, "CONVERTED", "已起诉（" + suit.caseNumber().format()
				+ "），诉前保全自动转为诉讼保全，保全期限连续计算（《最高人民法院关于人民法院办理财产保全案件若干问题的规定》第十七条）");
		notices.send("preservation:converted:" + a.id(), a.filedBy(), "preservation.converted",
				Map.of("caseNumber", suit.caseNumber().format()), link(a.id()));
		audit.success("preservation.convert", "preservation", a.id().toString());
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
