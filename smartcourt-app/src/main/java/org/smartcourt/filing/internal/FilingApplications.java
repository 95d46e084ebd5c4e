package org.smartcourt.filing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.filing.AttachmentKind;
import org.smartcourt.filing.Filing;
import org.smartcourt.filing.FilingCheckResult;
import org.smartcourt.filing.FilingContent;
import org.smartcourt.filing.FilingEvent;
import org.smartcourt.filing.FilingId;
import org.smartcourt.filing.FilingStatus;
import org.smartcourt.notification.Message;
import org.smartcourt.notification.Notifications;
import org.smartcourt.notification.Recipient;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.Role;
import org.smartcourt.storage.DocumentType;
import org.smartcourt.storage.FileStore;
import org.smartcourt.storage.StoredFile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What litigants and lawyers do with their filing applications: draft, revise, check, submit (idempotently) and
 * withdraw. Each command is one transaction, audited, and visible in the application's status trail.
 */
@Service
public class FilingApplications {

	private final FilingRepository filings;
	private final FilingChecks checks;
	private final FilingFees fees;
	private final FilingDeadlines periods;
	private final FilingTrail trail;
	private final FilingAccess access;
	private final AuditTrail audit;
	private final Notifications notifications;
	private final Clock clock;
	private final FileStore files;

	/** What a filing accepts as material. */
	static final java.util.Set<DocumentType> ACCEPTED_FILES = java.util.EnumSet.of(DocumentType.PDF, DocumentType.OFD,
			DocumentType.JPEG, DocumentType.PNG, DocumentType.TIFF, DocumentType.DOCX);

	FilingApplications(FilingRepository filings, FilingChecks checks, FilingFees fees, FilingDeadlines periods,
			FilingTrail trail, FilingAccess access, AuditTrail audit, Notifications notifications, FileStore files, Clock clock) {
		this.files = files;
		this.filings = filings;
		this.checks = checks;
		this.fees = fees;
		this.periods = periods;
		this.trail = trail;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
		this.notifications = notifications;
	}

	/**
	 * Opens a draft. With the same {@code Idempotency-Key} the draft made the first time is returned, not a second.
	 */
	@Transactional
	public Filing create(Actor actor, FilingContent content, String idempotencyKey) {
		requireFiler(actor, "filing.create");
		if (idempotencyKey != null) {
			var earlier = filings.findByCreateKey(actor.id(), idempotencyKey);
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		Filing filing = Filing.draft(actor.id(), actor.username(), actor.displayName(), content, clock.instant());
		filings.insert(filing, idempotencyKey, clock.instant());
		trail.record(filing, actor, null);
		audit.success("filing.create", "filing", filing.id().toString());
		return filing;
	}

	@Transactional
	public Filing revise(Actor actor, FilingId id, FilingContent content) {
		Filing filing = ownFiling(actor, id, "filing.revise");
		filing.revise(content.withAttachments(content.attachments().isEmpty() ? filing.content().attachments()
				: content.attachments()));
		filings.update(filing, clock.instant());
		audit.success("filing.revise", "filing", id.toString());
		return filings.find(id).orElseThrow();
	}

	/**
	 * Checks and stores an uploaded file (type by content: PDF, OFD, JPEG, PNG, TIFF, DOCX) and adds it to the draft.
	 *
	 * @throws DomainException {@code INVALID_INPUT} on field {@code file} for an empty, oversized, unknown, encrypted
	 *         or corrupt file; nothing is attached then.
	 */
	@Transactional
	public Filing attachFile(Actor actor, FilingId id, AttachmentKind kind, String name, java.io.InputStream content) {
		Filing filing = ownFiling(actor, id, "filing.attach");
		if (!filing.status().isEditable()) {
			throw DomainException.conflict("filing-not-editable", "problem.filing-not-editable.detail");
		}
		if (kind == null) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail",
					List.of(new DomainException.FieldProblem("kind", "required", "validation.filing.attachment.kind")));
		}
		StoredFile stored = files.store("file", name, content, ACCEPTED_FILES);
		return attach(filing, new FilingContent.Attachment(kind, stored.sha256(), stored.originalName(),
				stored.type().name(), stored.size()));
	}

	private Filing attach(Filing filing, FilingContent.Attachment attachment) {
		FilingId id = filing.id();
		List<FilingContent.Attachment> attachments = new java.util.ArrayList<>(filing.content().attachments());
		attachments.add(attachment);
		filing.revise(filing.content().withAttachments(attachments));
		filings.update(filing, clock.instant());
		audit.success("filing.attach", "filing", id.toString());
		return filings.find(id).orElseThrow();
	}

	/** 预检 of any content, saved or not, with the fee. Changes nothing. */
	@Transactional(readOnly = true)
	public FilingCheckResult check(Actor actor, FilingContent content) {
		FilingCheckResult result = checks.check(content, actor.role());
		return new FilingCheckResult(result.problems(), result.checklist(), result.jurisdictionHints(),
				fees.estimate(content).orElse(null));
	}

	/**
	 * The court fee of a filing with its derivation: as estimated for the procedure requested, or, once the case is
	 * registered, under the procedure the court chose.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<FilingCheckResult.FeeEstimate> fee(Filing filing) {
		return filing.decision()
			.filter(d -> d.accepted() && d.procedure() != null)
			.map(d -> fees.estimate(filing.content(),
					FilingFees.isSimplified(org.smartcourt.cases.Procedure.valueOf(d.procedure()))))
			.orElseGet(() -> fees.estimate(filing.content()));
	}

	/**
	 * Submits the application. Repeating the call with the same {@code Idempotency-Key} returns the application as it
	 * is; without a key, submitting twice is a conflict.
	 *
	 * @throws DomainException {@code INVALID_INPUT} with every problem of the 预检 when it is not complete.
	 */
	@Transactional
	public Filing submit(Actor actor, FilingId id, String idempotencyKey) {
		Filing filing = ownFilingForUpdate(actor, id, "filing.submit");
		if (idempotencyKey != null && idempotencyKey.equals(filings.submitKey(id).orElse(null))) {
			return filing;
		}
		FilingCheckResult result = checks.check(filing.content(), actor.role());
		if (!result.submittable()) {
			List<DomainException.FieldProblem> problems = new java.util.ArrayList<>(result.problems());
			result.checklist()
				.stream()
				.filter(item -> item.required() && !item.present())
				.forEach(item -> problems.add(new DomainException.FieldProblem("attachments", "missing-material",
						"validation.filing.material.missing." + item.kind().name())));
			throw DomainException.invalid("filing-incomplete", "problem.filing-incomplete.detail", problems);
		}
		filing.submit(clock.instant(), LocalDate.now(clock),
				received -> periods.decisionPeriod(filing.content().kind(), received));
		filings.update(filing, clock.instant(), idempotencyKey);
		trail.record(filing, actor, null);
		audit.success("filing.submit", "filing", id.toString());
		if (filing.status() == FilingStatus.AWAITING_FORWARD) {
			tellFiler(filing, "filing.submitted-cross-court", Map.of());
		}
		else {
			tellFiler(filing, "filing.submitted", Map.of("dueOn",
					filing.decisionDueOn().orElseThrow().toString(), "citation",
					filing.decisionPeriodCitation().orElse("")));
		}
		return filings.find(id).orElseThrow();
	}

	@Transactional
	public Filing withdraw(Actor actor, FilingId id) {
		Filing filing = ownFilingForUpdate(actor, id, "filing.withdraw");
		filing.withdraw();
		filings.update(filing, clock.instant());
		trail.record(filing, actor, null);
		audit.success("filing.withdraw", "filing", id.toString());
		return filings.find(id).orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<Filing> mine(Actor actor) {
		return filings.byFiler(actor.id());
	}

	/** Reads a filing within scope; a court's reading of a party's filing is audited. */
	@Transactional
	public Filing read(Actor actor, FilingId id) {
		Filing filing = filings.find(id).filter(f -> access.mayRead(actor, f)).orElseThrow(() -> {
			audit.record(actor, "filing.read", "filing", id.toString(), AuditOutcome.DENIED, null);
			return DomainException.notFound("filing-not-found", "problem.filing-not-found.detail");
		});
		if (!filing.filer().equals(actor.id())) {
			audit.success("filing.read", "filing", id.toString());
		}
		return filing;
	}

	/**
	 * The filing's trail; read-write because the read is audited: in a read-only transaction the audit record needs a
	 * transaction (and a pooled connection) of its own while this one holds the first, which deadlocked the pool
	 * under a load of registrations (issue 10).
	 */
	@Transactional
	public List<FilingEvent> trail(Actor actor, FilingId id) {
		read(actor, id);
		return trail.of(id);
	}

	private Filing ownFiling(Actor actor, FilingId id, String action) {
		return filings.find(id).filter(f -> f.filer().equals(actor.id())).orElseThrow(() -> notFound(actor, id, action));
	}

	private Filing ownFilingForUpdate(Actor actor, FilingId id, String action) {
		return filings.findForUpdate(id)
			.filter(f -> f.filer().equals(actor.id()))
			.orElseThrow(() -> notFound(actor, id, action));
	}

	private DomainException notFound(Actor actor, FilingId id, String action) {
		audit.record(actor, action, "filing", id.toString(), AuditOutcome.DENIED, null);
		return DomainException.notFound("filing-not-found", "problem.filing-not-found.detail");
	}

	private void requireFiler(Actor actor, String action) {
		if (!actor.is(Role.LITIGANT) && !actor.is(Role.LAWYER)) {
			audit.record(actor, action, "filing", null, AuditOutcome.DENIED, null);
			throw DomainException.forbidden("forbidden", "problem.forbidden.detail");
		}
	}

	/** Tells the filer through the notification service; the key names this filing and this moment of its history. */
	private void tellFiler(Filing filing, String template, Map<String, String> values) {
		notifications.send(new Message(template + ":" + filing.id() + ":" + clock.instant().toEpochMilli(),
				Recipient.user(filing.filer()), template, values, "/filings/" + filing.id(), Set.of()));
	}
}
