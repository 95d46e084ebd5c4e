package org.smartcourt.service.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.smartcourt.storage.DocumentType;
import org.smartcourt.storage.FileStore;
import org.smartcourt.storage.StoredFile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 邮寄送达 (tracking number, then the return receipt), 直接送达 (the signature), 留置送达 (witness or photo of the
 * refusal, 民诉法 art. 89), 委托送达 and 转交送达 (the signature for the court or body), 公告送达 (medium and day of
 * publication; refused under 简易程序, 民诉解释 art. 140). Each takes effect by {@link EffectiveDateRule#other}.
 */
@Service
public class OtherServices {

	private static final int TEXT_MAX = 200;
	private static final Set<DocumentType> EVIDENCE = Set.of(DocumentType.PDF, DocumentType.JPEG, DocumentType.PNG);

	private final ServiceAccess access;
	private final ElectronicService electronic;
	private final ServingRepository servings;
	private final Effectiveness effectiveness;
	private final FileStore files;
	private final AuditTrail audit;
	private final Clock clock;
	private final EffectiveDateRule rule;

	OtherServices(ServiceAccess access, ElectronicService electronic, ServingRepository servings,
			Effectiveness effectiveness, FileStore files, AuditTrail audit, Clock clock) {
		this.access = access;
		this.electronic = electronic;
		this.servings = servings;
		this.effectiveness = effectiveness;
		this.files = files;
		this.audit = audit;
		this.clock = clock;
		this.rule = new EffectiveDateRule(clock.getZone());
	}

	/**
	 * Records a service by another method; effective at once when its deciding date is known.
	 *
	 * @param evidenceName the file's name, or {@literal null} without evidence.
	 * @throws DomainException 400 for missing or impossible facts; 422 for a method the law does not allow here.
	 */
	@Transactional
	public Serving record(Actor actor, CaseId caseId, OtherServiceCommand command, String evidenceName,
			InputStream evidence) {
		CaseOverview overview = access.servingCase(actor, caseId);
		ServedDocument document = electronic.document(overview, command.documentId());
		List<FieldProblem> problems = new ArrayList<>();
		if (command.partySeq() == null || ActingAccounts.of(overview, command.partySeq()).isEmpty()) {
			problems.add(new FieldProblem("partySeq", "invalid", "validation.service.party"));
		}
		ServiceMethod method = command.method();
		if (method == null || method == ServiceMethod.ELECTRONIC) {
			problems.add(new FieldProblem("method", "invalid", "validation.service.method"));
			throw invalid(problems);
		}
		rule.requireAllowed(method, document.kind(), overview.procedure(), Consent.NONE);
		LocalDate today = LocalDate.now(clock);
		String reference = ServiceAddresses.blankToNull(command.reference());
		String witness = ServiceAddresses.blankToNull(command.witness());
		boolean needsReference = method == ServiceMethod.POSTAL || method == ServiceMethod.PUBLICATION
				|| method == ServiceMethod.ENTRUSTED || method == ServiceMethod.FORWARDED;
		if ((needsReference && reference == null) || (reference != null && reference.length() > TEXT_MAX)) {
			problems.add(new FieldProblem("reference", "required", "validation.service.reference." + method.name()));
		}
		if (method == ServiceMethod.POSTAL
				&& (command.handedOverOn() == null || command.handedOverOn().isAfter(today))) {
			problems.add(new FieldProblem("handedOverOn", "invalid", "validation.service.handed-over"));
		}
		boolean needsEvent = method == ServiceMethod.LEFT_AT_RESIDENCE || method == ServiceMethod.PUBLICATION;
		if ((needsEvent && command.eventOn() == null) || (command.eventOn() != null && (command.eventOn().isAfter(today)
				|| command.eventOn().isBefore(document.signedOn())
				|| (command.handedOverOn() != null && command.eventOn().isBefore(command.handedOverOn()))))) {
			problems.add(new FieldProblem("eventOn", "invalid", "validation.service.event-on"));
		}
		if (method == ServiceMethod.LEFT_AT_RESIDENCE && witness == null && evidence == null) {
			problems.add(new FieldProblem("witness", "required", "validation.service.witness"));
		}
		if (witness != null && witness.length() > TEXT_MAX) {
			problems.add(new FieldProblem("witness", "invalid", "validation.service.witness"));
		}
		if (!problems.isEmpty()) {
			throw invalid(problems);
		}
		StoredFile stored = evidence == null ? null : files.store("evidence", evidenceName, evidence, EVIDENCE);
		Serving serving = servings.pending(document.id(), command.partySeq())
			.map(pending -> servings.claim(pending, method, actor.username(), null))
			.orElseGet(() -> {
				Serving created = new Serving(UUID.randomUUID(), caseId, overview.registration().courtId(),
						document.id(), command.partySeq(), method, ServingStatus.IN_PROGRESS, actor.username(),
						clock.instant(), null, null, null, null, null, false, null, null, null, null, null, null, null);
				servings.insert(created, null);
				return created;
			});
		Serving recorded = new Serving(serving.id(), caseId, serving.courtId(), document.id(), command.partySeq(),
				method, ServingStatus.IN_PROGRESS, actor.username(), serving.createdAt(), reference,
				command.handedOverOn(), command.eventOn(), witness, stored == null ? null : stored.sha256(),
				method == ServiceMethod.PUBLICATION && command.abroad(), null, null, null, null, null, null, null);
		servings.update(recorded);
		servings.trail(serving.id(), null, TrailStep.RECORDED, clock.instant(), summary(recorded), actor.username());
		Serving settled = effectiveness.settle(recorded);
		audit.success("service.other.record", "case", caseId.toString());
		return settled;
	}

	/**
	 * The deciding date arrives later: the return receipt of a 邮寄送达 or the signature on an entrusted or
	 * forwarded service.
	 */
	@Transactional
	public Serving complete(Actor actor, UUID servingId, LocalDate eventOn, String evidenceName, InputStream evidence) {
		Serving serving = servings.lock(servingId).orElseThrow(() -> ServiceQueries.servingNotFound(servingId));
		access.servingCase(actor, serving.caseId());
		if (serving.method() == ServiceMethod.ELECTRONIC || serving.effective()) {
			throw DomainException.conflict("service-already-settled", "problem.service-already-settled.detail");
		}
		LocalDate today = LocalDate.now(clock);
		if (eventOn == null || eventOn.isAfter(today)
				|| (serving.handedOverOn() != null && eventOn.isBefore(serving.handedOverOn()))) {
			throw invalid(List.of(new FieldProblem("eventOn", "invalid", "validation.service.event-on")));
		}
		StoredFile stored = evidence == null ? null : files.store("evidence", evidenceName, evidence, EVIDENCE);
		Serving completed = serving.withEvent(eventOn, stored == null ? null : stored.sha256());
		servings.update(completed);
		servings.trail(serving.id(), null, TrailStep.RECORDED, clock.instant(), summary(completed), actor.username());
		Serving settled = effectiveness.settle(completed);
		audit.success("service.other.complete", "case", serving.caseId().toString());
		return settled;
	}

	private static String summary(Serving s) {
		StringBuilder text = new StringBuilder();
		if (s.reference() != null) {
			text.append(s.reference()).append("；");
		}
		if (s.handedOverOn() != null) {
			text.append("交邮 ").append(s.handedOverOn()).append("；");
		}
		if (s.eventOn() != null) {
			text.append("日期 ").append(s.eventOn()).append("；");
		}
		if (s.witness() != null) {
			text.append("见证 ").append(s.witness()).append("；");
		}
		return text.toString();
	}

	private static DomainException invalid(List<FieldProblem> problems) {
		return DomainException.invalid("validation-failed", "problem.validation-failed.detail", problems);
	}
}
