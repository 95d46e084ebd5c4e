package org.smartcourt.service.internal;

import java.io.InputStream;
import java.time.Clock;
import java.util.UUID;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.storage.FileStore;
import org.smartcourt.storage.StoredFile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the recipient (the party or an account acting for it) does with a document served on it: follows the link
 * of a message (已阅知 of that channel), reads the document, confirms 收悉, asks for the paper 判决书/裁定书/调解书 (民诉法
 * art. 90). Anyone else is told the service does not exist.
 */
@Service
public class RecipientActions {

	/** The document to show after a link was followed, and the service it belongs to. */
	public record Opened(UUID servingId) {
	}

	/** A served document's file, to stream to its recipient. */
	public record DocumentFile(String title, StoredFile file, InputStream content) {
	}

	private final ServingRepository servings;
	private final ServedDocumentRepository documents;
	private final ServiceQueries queries;
	private final Effectiveness effectiveness;
	private final FileStore files;
	private final AuditTrail audit;
	private final Clock clock;

	RecipientActions(ServingRepository servings, ServedDocumentRepository documents, ServiceQueries queries,
			Effectiveness effectiveness, FileStore files, AuditTrail audit, Clock clock) {
		this.servings = servings;
		this.documents = documents;
		this.queries = queries;
		this.effectiveness = effectiveness;
		this.files = files;
		this.audit = audit;
		this.clock = clock;
	}

	/** The link {@code /s/<token>} was followed by the signed-in recipient: that channel's 已阅知 record. */
	@Transactional
	public Opened open(Actor actor, String token) {
		Attempt attempt = servings.attemptByToken(token == null ? "" : token)
			.orElseThrow(() -> DomainException.notFound("service-not-found", "problem.service-not-found.detail", "-"));
		Serving serving = queries.readable(actor, attempt.servingId());
		if (!actor.isStaff()) {
			Serving locked = servings.lock(serving.id()).orElseThrow();
			if (servings.opened(attempt.id(), clock.instant())) {
				servings.trail(serving.id(), attempt.id(), TrailStep.OPENED, clock.instant(), "通过送达链接查阅",
						actor.username());
				effectiveness.settle(locked);
			}
			audit.success("service.link.open", "case", serving.caseId().toString());
		}
		return new Opened(serving.id());
	}

	/** 收悉. */
	@Transactional
	public Serving acknowledge(Actor actor, UUID servingId) {
		Serving serving = recipientOnly(actor, servingId);
		if (serving.acknowledgedAt() != null) {
			return serving;
		}
		Serving acknowledged = serving.withAcknowledged(clock.instant());
		servings.update(acknowledged);
		servings.trail(serving.id(), null, TrailStep.ACKNOWLEDGED, clock.instant(), "受送达人确认收悉", actor.username());
		Serving settled = effectiveness.settle(acknowledged);
		audit.success("service.acknowledge", "case", serving.caseId().toString());
		return settled;
	}

	/** Asks for the paper document; only for a 判决书, 裁定书 or 调解书 served electronically. */
	@Transactional
	public Serving requestPaper(Actor actor, UUID servingId) {
		Serving serving = recipientOnly(actor, servingId);
		ServedDocument document = documents.find(serving.documentId()).orElseThrow();
		if (serving.method() != ServiceMethod.ELECTRONIC
				|| !new EffectiveDateRule(clock.getZone()).isDecision(document.kind())) {
			throw DomainException.ruleViolation("service-paper-decisions-only",
					"problem.service-paper-decisions-only.detail");
		}
		if (serving.paperRequestedAt() != null) {
			return serving;
		}
		Serving requested = serving.withPaperRequested(clock.instant());
		servings.update(requested);
		servings.trail(serving.id(), null, TrailStep.PAPER_REQUESTED, clock.instant(), "受送达人申请提供纸质文书",
				actor.username());
		audit.success("service.paper.request", "case", serving.caseId().toString());
		return requested;
	}

	/** The served document's PDF, for the recipient (even before service took effect) or court staff. */
	@Transactional
	public DocumentFile document(Actor actor, UUID servingId) {
		Serving serving = queries.readable(actor, servingId);
		ServedDocument document = documents.find(serving.documentId()).orElseThrow();
		if (document.fileSha256() == null) {
			throw ServiceQueries.servingNotFound(servingId);
		}
		StoredFile stored = files.find(document.fileSha256()).orElseThrow(() -> ServiceQueries.servingNotFound(servingId));
		InputStream in = files.open(document.fileSha256()).orElseThrow(() -> ServiceQueries.servingNotFound(servingId));
		audit.success("service.document.view", "case", serving.caseId().toString());
		return new DocumentFile(document.title(), stored, in);
	}

	private Serving recipientOnly(Actor actor, UUID servingId) {
		if (actor.isStaff()) {
			throw ServiceQueries.servingNotFound(servingId);
		}
		queries.readable(actor, servingId);
		return servings.lock(servingId).orElseThrow();
	}
}
