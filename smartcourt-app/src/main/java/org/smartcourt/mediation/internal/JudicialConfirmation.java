package org.smartcourt.mediation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.PartySide;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisterCase;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.mediation.MediationId;
import org.smartcourt.mediation.MediationKind;
import org.smartcourt.mediation.MediationStatus;
import org.smartcourt.mediation.internal.MediationAccess.Level;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 司法确认: after a pre-suit agreement took effect, the parties jointly apply within 30 days (民诉法 art. 205) to the
 * court that designated the mediator. Once every party applied for the same thing the court registers the case with
 * its own number: 诉前调确 (9902, which since 2022 replaces 民特 0318 after pre-suit mediation; its 审限 is the 30 days
 * of 民诉法 art. 187) or, when the parties ask for a 调解书, 诉前调书 (9903). 民特 (0318) stays for agreements of a
 * mediation organization the court did not designate, which do not pass through this module.
 */
@Service
public class JudicialConfirmation {

	/** What the parties ask for. */
	public enum Document {
		/** 司法确认 → 诉前调确. */
		CONFIRMATION("9902"),
		/** 出具调解书 → 诉前调书. */
		MEDIATION_DOCUMENT("9903");

		private final String category;

		Document(String category) {
			this.category = category;
		}

		public String category() {
			return category;
		}
	}

	private final MediationRepository repository;
	private final MediationAccess access;
	private final Mediations mediations;
	private final MediationClock periods;
	private final CaseRegistry registry;
	private final MediationNotices notices;
	private final AuditTrail audit;
	private final Clock clock;

	JudicialConfirmation(MediationRepository repository, MediationAccess access, Mediations mediations,
			MediationClock periods, CaseRegistry registry, MediationNotices notices, AuditTrail audit, Clock clock) {
		this.repository = repository;
		this.access = access;
		this.mediations = mediations;
		this.periods = periods;
		this.registry = registry;
		this.notices = notices;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public MediationDetail apply(Actor party, MediationId id, Document document) {
		MediationDetail m = mediations.locked(id);
		access.require(party, m, "mediation.confirmation", Level.PARTY);
		if (document == null) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail",
					List.of(new FieldProblem("document", "required", "validation.mediation.document")));
		}
		Mediations.requireStatus(m, MediationStatus.SETTLED);
		if (m.kind() != MediationKind.PRE_SUIT) {
			throw DomainException.conflict("mediation-confirmation-in-case",
					"problem.mediation-confirmation-in-case.detail");
		}
		if (m.confirmationCaseId() != null) {
			throw DomainException.conflict("mediation-confirmation-registered",
					"problem.mediation-confirmation-registered.detail", m.confirmationCaseNumber());
		}
		LocalDate today = LocalDate.now(clock);
		if (today.isAfter(m.confirmationApplyDue())) {
			throw DomainException.conflict("mediation-confirmation-late", "problem.mediation-confirmation-late.detail",
					m.confirmationApplyDue().toString());
		}
		repository.applyForConfirmation(id, m.partyOf(party.username()).orElseThrow().seq(), document.name(),
				clock.instant());
		audit.success("mediation.confirmation", "mediation", id.toString());
		MediationDetail after = repository.find(id).orElseThrow();
		boolean jointly = after.parties()
			.stream()
			.allMatch(p -> document.name().equals(after.confirmationRequests().get(p.seq())));
		if (jointly) {
			register(after, document, today);
		}
		return repository.find(id).orElseThrow();
	}

	private void register(MediationDetail m, Document document, LocalDate today) {
		List<CaseParty> parties = new ArrayList<>();
		m.parties().forEach(p -> parties.add(CaseParty.party(parties.size() + 1, PartySide.APPLICANT, null, p.name(), null)));
		String what = document == Document.CONFIRMATION ? "申请司法确认调解协议" : "申请出具调解书";
		RegisteredCase c = registry.register(new RegisterCase(new CourtId(m.courtId()), document.category(), null,
				document == Document.CONFIRMATION ? Procedure.SPECIAL : Procedure.OTHER, m.causeCode(), null,
				m.title() + "（" + what + "）", parties, m.parties().get(0).username()));
		Due due = document == Document.CONFIRMATION ? periods.specialProcedure(c.registeredOn()) : null;
		repository.confirmationCase(m.id(), c.id().value(), c.caseNumber().toString(), due);
		audit.success("mediation.confirmation-registered", "mediation", m.id().toString());
		notices.toParties(m, "mediation.outcome", Map.of("outcome", what + "已立案，案号 " + c.caseNumber()
				+ (due == null ? "" : "，审查期限至 " + due.date() + "（《中华人民共和国民事诉讼法》第一百八十七条）")));
	}
}
