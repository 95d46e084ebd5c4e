package org.smartcourt.mediation.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smartcourt.accounts.IdentityRecheck;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.casefile.CourtPdf;
import org.smartcourt.mediation.EndingGround;
import org.smartcourt.mediation.MediationId;
import org.smartcourt.mediation.MediationStatus;
import org.smartcourt.mediation.internal.MediationAccess.Level;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.smartcourt.storage.DocumentType;
import org.smartcourt.storage.FileStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mediation itself: 调解笔录 and online sessions, extension of the period only with every party's consent
 * (《人民法院在线调解规则》 art. 24), the 调解协议 the mediator drafts (art. 19), which takes effect when every party has
 * confirmed it after re-entering the password, and ending on a ground of art. 25.
 */
@Service
public class MediationConduct {

	private final MediationRepository repository;
	private final MediationAccess access;
	private final Mediations mediations;
	private final MediationOutcomes outcomes;
	private final IdentityRecheck identity;
	private final CourtPdf pdf;
	private final FileStore files;
	private final MediationNotices notices;
	private final AuditTrail audit;
	private final TransactionTemplate tx;
	private final Clock clock;

	MediationConduct(MediationRepository repository, MediationAccess access, Mediations mediations,
			MediationOutcomes outcomes, IdentityRecheck identity, CourtPdf pdf, FileStore files,
			MediationNotices notices, AuditTrail audit, PlatformTransactionManager transactions, Clock clock) {
		this.repository = repository;
		this.access = access;
		this.mediations = mediations;
		this.outcomes = outcomes;
		this.identity = identity;
		this.pdf = pdf;
		this.files = files;
		this.notices = notices;
		this.audit = audit;
		this.tx = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** 调解笔录 by the mediator, or a party's submission (意见、材料说明). */
	@Transactional
	public MediationDetail addRecord(Actor actor, MediationId id, String text) {
		MediationDetail m = mediations.locked(id);
		Level level = access.require(actor, m, "mediation.record", Level.MEDIATOR, Level.PARTY);
		Mediations.requireStatus(m, MediationStatus.MEDIATING);
		if (text == null || text.isBlank() || text.length() > 20_000) {
			throw invalid("text", "validation.mediation.text");
		}
		repository.insertRecord(id, level == Level.MEDIATOR ? "NOTE" : "SUBMISSION", text.strip(), null, null,
				actor.displayName(), clock.instant());
		audit.success("mediation.record", "mediation", id.toString());
		return repository.find(id).orElseThrow();
	}

	/** An online session (在线调解) at a time and meeting link; the parties are told. */
	@Transactional
	public MediationDetail scheduleSession(Actor mediator, MediationId id, LocalDateTime at, String link, String note) {
		MediationDetail m = mediations.locked(id);
		access.require(mediator, m, "mediation.session", Level.MEDIATOR);
		Mediations.requireStatus(m, MediationStatus.MEDIATING);
		List<FieldProblem> problems = new java.util.ArrayList<>();
		if (at == null || at.isBefore(LocalDateTime.now(clock))) {
			problems.add(new FieldProblem("at", "future", "validation.mediation.session.at"));
		}
		if (link == null || !link.strip().startsWith("https://") || link.length() > 500) {
			problems.add(new FieldProblem("link", "invalid", "validation.mediation.session.link"));
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail", problems);
		}
		repository.insertRecord(id, "SESSION", note == null || note.isBlank() ? "在线调解" : note.strip(), at,
				link.strip(), mediator.displayName(), clock.instant());
		notices.toParties(m, "mediation.outcome", Map.of("outcome", "在线调解定于 " + at.toString().replace('T', ' ')
				+ "，请通过调解室进入：" + link.strip()));
		audit.success("mediation.session", "mediation", id.toString());
		return repository.find(id).orElseThrow();
	}

	/** Proposes to extend the period to {@code until}; in force only once every party consented (art. 24). */
	@Transactional
	public MediationDetail proposeExtension(Actor mediator, MediationId id, LocalDate until, String reason) {
		MediationDetail m = mediations.locked(id);
		access.require(mediator, m, "mediation.extension", Level.MEDIATOR);
		Mediations.requireStatus(m, MediationStatus.MEDIATING);
		if (m.pendingExtension().isPresent()) {
			throw DomainException.conflict("mediation-extension-pending", "problem.mediation-extension-pending.detail");
		}
		List<FieldProblem> problems = new java.util.ArrayList<>();
		if (until == null || !until.isAfter(m.dueOn())) {
			problems.add(new FieldProblem("until", "after-due", "validation.mediation.extension.until"));
		}
		if (reason == null || reason.isBlank() || reason.length() > 1000) {
			problems.add(new FieldProblem("reason", "required", "validation.mediation.reason"));
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail", problems);
		}
		repository.insertExtension(id, until, reason.strip(), clock.instant());
		audit.success("mediation.extension", "mediation", id.toString());
		return repository.find(id).orElseThrow();
	}

	/** A party consents online to the pending extension. */
	@Transactional
	public MediationDetail consentOnline(Actor party, MediationId id) {
		MediationDetail m = mediations.locked(id);
		access.require(party, m, "mediation.consent", Level.PARTY);
		MediationDetail.Extension ext = pending(m);
		repository.consent(ext.id(), m.partyOf(party.username()).orElseThrow().seq(), "ONLINE", null,
				party.displayName(), clock.instant());
		audit.success("mediation.consent", "mediation", id.toString());
		return applyIfAllConsented(id);
	}

	/** The mediator records a party's written consent (书面同意) with its scan. */
	@Transactional
	public MediationDetail recordWrittenConsent(Actor mediator, MediationId id, int partySeq, String fileName,
			InputStream scan) {
		MediationDetail m = mediations.locked(id);
		access.require(mediator, m, "mediation.consent-written", Level.MEDIATOR);
		MediationDetail.Extension ext = pending(m);
		if (m.parties().stream().noneMatch(p -> p.seq() == partySeq)) {
			throw invalid("partySeq", "validation.mediation.party.unknown");
		}
		if (scan == null) {
			throw invalid("file", "validation.mediation.consent.scan");
		}
		String sha = files.store("file", fileName, scan, Set.of(DocumentType.PDF, DocumentType.JPEG, DocumentType.PNG))
			.sha256();
		repository.consent(ext.id(), partySeq, "WRITTEN", sha, mediator.displayName(), clock.instant());
		audit.success("mediation.consent-written", "mediation", id.toString());
		return applyIfAllConsented(id);
	}

	private MediationDetail applyIfAllConsented(MediationId id) {
		MediationDetail m = repository.find(id).orElseThrow();
		MediationDetail.Extension ext = pending(m);
		boolean all = m.parties()
			.stream()
			.allMatch(p -> ext.consents().stream().anyMatch(c -> c.partySeq() == p.seq()));
		if (all) {
			repository.extensionAgreed(id, ext.id(), ext.untilOn());
			m = repository.find(id).orElseThrow();
		}
		return m;
	}

	private static MediationDetail.Extension pending(MediationDetail m) {
		Mediations.requireStatus(m, MediationStatus.MEDIATING);
		return m.pendingExtension()
			.orElseThrow(() -> DomainException.conflict("mediation-no-extension", "problem.mediation-no-extension.detail"));
	}

	/** The mediator drafts the 调解协议 (Markdown), typeset as a PDF and stored, so it is anchored in the ledger. */
	@Transactional
	public MediationDetail proposeAgreement(Actor mediator, MediationId id, String markdown) {
		MediationDetail m = mediations.locked(id);
		access.require(mediator, m, "mediation.agreement", Level.MEDIATOR);
		Mediations.requireStatus(m, MediationStatus.MEDIATING);
		if (markdown == null || markdown.isBlank() || markdown.length() > 50_000) {
			throw invalid("markdown", "validation.mediation.agreement.text");
		}
		byte[] document = pdf.render("调解协议 " + m.caseNumber(), markdown);
		String sha = files.store("markdown", "调解协议-" + m.caseNumber() + ".pdf", new ByteArrayInputStream(document),
				Set.of(DocumentType.PDF)).sha256();
		repository.insertAgreement(id, markdown.strip(), sha, clock.instant());
		notices.toParties(m, "mediation.agreement", Map.of());
		audit.success("mediation.agreement", "mediation", id.toString());
		return repository.find(id).orElseThrow();
	}

	/**
	 * A party confirms the agreement after re-entering the password (art. 19); a wrong password changes nothing. When
	 * the last party confirms, the agreement takes effect and the mediation ends in agreement (art. 25 (一)).
	 */
	public MediationDetail confirmAgreement(Actor party, MediationId id, String password) {
		MediationDetail before = repository.find(id).orElseThrow(() -> MediationAccess.notFound(id));
		access.require(party, before, "mediation.sign", Level.PARTY);
		if (!identity.passwordMatches(party, password)) {
			throw DomainException.invalid("mediation-identity-failed", "problem.mediation-identity-failed.detail",
					List.of(new FieldProblem("password", "wrong", "validation.mediation.password")));
		}
		return tx.execute(status -> sign(party, id, true));
	}

	/** A party refuses to sign: the mediation ends (art. 25 (七)). */
	@Transactional
	public MediationDetail refuseAgreement(Actor party, MediationId id) {
		return sign(party, id, false);
	}

	private MediationDetail sign(Actor party, MediationId id, boolean confirmed) {
		MediationDetail m = mediations.locked(id);
		access.require(party, m, "mediation.sign", Level.PARTY);
		Mediations.requireStatus(m, MediationStatus.MEDIATING);
		MediationDetail.Agreement agreement = m.currentAgreement()
			.filter(a -> a.status().equals("PROPOSED"))
			.orElseThrow(() -> DomainException.conflict("mediation-no-agreement", "problem.mediation-no-agreement.detail"));
		int seq = m.partyOf(party.username()).orElseThrow().seq();
		if (agreement.signatures().containsKey(seq)) {
			throw DomainException.conflict("mediation-already-signed", "problem.mediation-already-signed.detail");
		}
		repository.sign(agreement.id(), seq, confirmed, clock.instant());
		audit.success(confirmed ? "mediation.sign" : "mediation.refuse-sign", "mediation", id.toString());
		if (!confirmed) {
			repository.agreementStatus(agreement.id(), "REFUSED");
			outcomes.end(party, repository.find(id).orElseThrow(), EndingGround.REFUSED_TO_SIGN,
					party.displayName() + " 拒绝在调解协议上签章");
			return repository.find(id).orElseThrow();
		}
		MediationDetail after = repository.find(id).orElseThrow();
		MediationDetail.Agreement signed = after.currentAgreement().orElseThrow();
		boolean all = after.parties().stream().allMatch(p -> Boolean.TRUE.equals(signed.signatures().get(p.seq())));
		if (all) {
			repository.agreementStatus(signed.id(), "EFFECTIVE");
			outcomes.settle(party, repository.find(id).orElseThrow());
		}
		return repository.find(id).orElseThrow();
	}

	/** The mediator ends the mediation on a ground of art. 25 (二)–(八), with a note (art. 21: 调解不成的原因). */
	@Transactional
	public MediationDetail end(Actor mediator, MediationId id, EndingGround ground, String note) {
		MediationDetail m = mediations.locked(id);
		access.require(mediator, m, "mediation.end", Level.MEDIATOR);
		Mediations.requireStatus(m, MediationStatus.MEDIATING);
		List<FieldProblem> problems = new java.util.ArrayList<>();
		if (ground == null) {
			problems.add(new FieldProblem("ground", "required", "validation.mediation.ground"));
		}
		if (note == null || note.isBlank() || note.length() > 2000) {
			problems.add(new FieldProblem("note", "required", "validation.mediation.note"));
		}
		if (ground == EndingGround.PERIOD_EXPIRED && !LocalDate.now(clock).isAfter(m.dueOn())) {
			problems.add(new FieldProblem("ground", "not-expired", "validation.mediation.ground.not-expired"));
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail", problems);
		}
		outcomes.end(mediator, m, ground, note.strip());
		audit.success("mediation.end", "mediation", id.toString());
		return repository.find(id).orElseThrow();
	}

	private static DomainException invalid(String field, String key) {
		return DomainException.invalid("validation-failed", "problem.validation-failed.detail",
				List.of(new FieldProblem(field, "invalid", key)));
	}
}
