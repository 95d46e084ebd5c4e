package org.smartcourt.cases.internal;

import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.cases.CaseNumber;
import org.smartcourt.cases.CaseNumbers;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtHierarchy;
import org.smartcourt.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds a case by its 案号 for a person, within their data scope: staff of the case's court or of a court above it
 * (长春中院 reads 朝阳区法院's cases, not the other way round). Litigants and lawyers are refused for now, until
 * cases know their parties. A case outside a staff member's scope is reported as not found, so its existence does
 * not leak. Every read and refusal is audited.
 */
@Service
public class CaseLookup {

	private final CaseNumbers numbers;
	private final CaseRegistry registry;
	private final CourtHierarchy hierarchy;
	private final AuditTrail audit;

	CaseLookup(CaseNumbers numbers, CaseRegistry registry, CourtHierarchy hierarchy, AuditTrail audit) {
		this.numbers = numbers;
		this.registry = registry;
		this.hierarchy = hierarchy;
		this.audit = audit;
	}

	@Transactional
	public RegisteredCase byNumber(Actor actor, String text) {
		if (!actor.isStaff()) {
			audit.record(actor, "case.read", "case", null, AuditOutcome.DENIED, "by number");
			throw DomainException.forbidden("forbidden", "problem.forbidden.detail");
		}
		CaseNumber number = numbers.parse(text);
		RegisteredCase found = registry.byNumber(number)
			.filter(c -> hierarchy.subtree(actor.court()).contains(c.courtId()))
			.orElseThrow(() -> DomainException.notFound("case-not-found", "problem.case-not-found.detail",
					number.format()));
		audit.record(actor, "case.read", "case", found.id().toString(), AuditOutcome.SUCCESS, null);
		return found;
	}
}
