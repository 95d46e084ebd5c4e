package org.smartcourt.preservation.internal;

import static org.smartcourt.preservation.internal.ApplicationChanges.WRONG_STATE;
import static org.smartcourt.preservation.internal.ApplicationChanges.caseNumber;
import static org.smartcourt.preservation.internal.ApplicationChanges.link;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.preservation.PreservationId;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 续行保全 of one measure: the applicant asks (at least seven days before expiry, 保全规定第十八条第一款) and the court
 * renews for a new period from the old expiry (民诉解释第四百八十五条第二款). One transaction per command, each audited.
 */
@Service
public class PreservationRenewals {

	private final PreservationStore store;
	private final ApplicationChanges changes;
	private final PreservationClocks clocks;
	private final PreservationNotices notices;
	private final AuditTrail audit;
	private final Clock clock;

	PreservationRenewals(PreservationStore store, ApplicationChanges changes, PreservationClocks clocks,
			PreservationNotices notices, AuditTrail audit, Clock clock) {
		this.store = store;
		this.changes = changes;
		this.clocks = clocks;
		this.notices = notices;
		this.audit = audit;
		this.clock = clock;
	}

	/** 申请续行保全 by the applicant, due at least seven days before expiry (保全规定第十八条第一款); later ones are recorded as late. */
	@Transactional
	public Application requestRenewal(Actor actor, PreservationId id, UUID measureId) {
		Application a = changes.load(id);
		PreservationScope.requireApplicant(actor, a);
		Measure m = activeMeasure(a, measureId);
		LocalDate today = LocalDate.now(clock);
		long left = m.daysLeft(today);
		store.updateMeasure(m.id(), "renewal_requested_on = ?", today);
		store.addEvent(id, clock.instant(), actor.username(), "RENEWAL_REQUESTED", "申请续行保全（" + m.objectDescription()
				+ "，届满日" + PreservationPapers.day(m.expiryDate()) + "）" + (left < 7
						? "；距届满不足七日，属逾期申请，可能不能续行（保全规定第十八条第一款）" : ""));
		notices.send("preservation:renewal-requested:" + m.id() + ":" + m.expiryDate(), a.ruledBy(),
				"preservation.renewal-requested", Map.of("caseNumber", caseNumber(a), "object", m.objectDescription(),
						"expiry", PreservationPapers.day(m.expiryDate())), link(id));
		audit.success("preservation.renewal.request", "preservation", id.toString());
		return changes.load(id);
	}

	/** 续行保全: a new period of the same maximum from the old expiry (民诉解释第四百八十五条第二款), told in writing again. */
	@Transactional
	public Application renew(Actor actor, PreservationId id, UUID measureId) {
		Application a = changes.load(id);
		PreservationScope.requireDecides(actor, a);
		Measure m = activeMeasure(a, measureId);
		LocalDate expiry = clocks.renewal(m.objectKind(), m.expiryDate()).day();
		changes.claim(a, "status = status");
		store.updateMeasure(m.id(), "expiry_date = ?, renewals = renewals + 1, renewal_requested_on = null", expiry);
		store.addEvent(id, clock.instant(), actor.username(), "RENEWED", "续行保全（" + m.objectDescription() + "）：届满日由"
				+ PreservationPapers.day(m.expiryDate()) + "延至" + PreservationPapers.day(expiry) + "（民诉解释第四百八十五条）");
		Application renewed = changes.load(id);
		changes.tellExpiry(renewed, renewed.measures().stream().filter(x -> x.id().equals(m.id())).toList());
		audit.success("preservation.renew", "preservation", id.toString());
		return changes.load(id);
	}

	private static Measure activeMeasure(Application a, UUID measureId) {
		Measure m = a.measures().stream().filter(x -> x.id().equals(measureId)).findFirst()
			.orElseThrow(PreservationScope::notFound);
		if (!m.active()) {
			throw DomainException.conflict(WRONG_STATE, "problem." + WRONG_STATE + ".detail");
		}
		return m;
	}
}
