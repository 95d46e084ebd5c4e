package org.smartcourt.casefile.internal.documents;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.casefile.DocumentIssued;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.IssuedDocuments;
import org.smartcourt.cases.IssuedDocuments.IssuedDocument;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 文书制作: the case team makes a draft from a template filled with the case, edits it, and issues it (签发). Issuing
 * typesets the final PDF (with the 院印 when a judge of the team asks for it), records it on the case as a 诉讼文书,
 * which keeps the PDF in the file store and so anchors it in the ledger, and freezes the draft. A document addressed
 * to a party is announced as {@link DocumentIssued}, asking, when the issuer wants it, that it be served at once
 * (the service module serves it electronically where the party consented, 民诉法 art. 90).
 */
@Service
public class DocumentDrafts {

	private final DocumentDraftRepository repository;
	private final DocumentTemplates templates;
	private final DocumentFacts facts;
	private final TemplateFill fill;
	private final DocumentRendering rendering;
	private final CourtSeals seals;
	private final DraftAccess access;
	private final IssuedDocuments issued;
	private final AuditTrail audit;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	DocumentDrafts(DocumentDraftRepository repository, DocumentTemplates templates, DocumentFacts facts,
			TemplateFill fill, DocumentRendering rendering, CourtSeals seals, DraftAccess access, IssuedDocuments issued,
			AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.repository = repository;
		this.templates = templates;
		this.facts = facts;
		this.fill = fill;
		this.rendering = rendering;
		this.seals = seals;
		this.access = access;
		this.issued = issued;
		this.audit = audit;
		this.clock = clock;
	}

	/** A case's drafts, newest first. */
	public List<DocumentDraft> ofCase(Actor actor, CaseId caseId) {
		access.teamCase(actor, caseId);
		return repository.ofCase(caseId);
	}

	/** The drafts for the case page, whose section checked the viewer. */
	public List<DocumentDraft> ofCase(CaseId caseId) {
		return repository.ofCase(caseId);
	}

	/**
	 * Starts a draft from the active version of template {@code code}.
	 *
	 * @param addresseeSeq the party it is addressed to; required exactly for templates addressed to a party.
	 */
	@Transactional
	public DocumentDraft create(Actor actor, CaseId caseId, String code, Integer addresseeSeq) {
		CaseOverview overview = access.teamCase(actor, caseId);
		TemplateCode template = TemplateCode.fromSlug(code == null ? "" : code)
			.orElseThrow(() -> invalid("template", "validation.casefile.draft.template"));
		Integer addressee = template.addressed() ? addresseeSeq : null;
		if (template.addressed() && party(overview, addresseeSeq) == null) {
			throw invalid("addresseeSeq", "validation.casefile.draft.addressee");
		}
		DocumentTemplate active = templates.active(template);
		String body = fill.fill(active.body(), facts.modelFor(overview, addressee));
		DocumentDraft draft = DocumentDraft.start(caseId, overview.registration().courtId(), active, addressee, body,
				clock.instant(), actor.username());
		repository.insert(draft);
		audit.record("casefile.draft.create", "case", caseId.toString(), AuditOutcome.SUCCESS,
				template.slug() + " v" + active.version());
		return draft;
	}

	public DocumentDraft get(Actor actor, UUID id) {
		DocumentDraft draft = repository.find(id).orElseThrow(() -> notFound(id));
		try {
			access.teamCase(actor, draft.caseId());
		}
		catch (DomainException ex) {
			if (ex.kind() == DomainException.Kind.NOT_FOUND) {
				throw notFound(id);
			}
			throw ex;
		}
		return draft;
	}

	/**
	 * Saves an edit of the Markdown.
	 *
	 * @throws DomainException 409 when issued or changed since {@code expectedVersion}; 400 on an empty or overlong
	 *         body.
	 */
	@Transactional
	public DocumentDraft edit(Actor actor, UUID id, int expectedVersion, String body) {
		DocumentDraft draft = get(actor, id);
		draft.requireOpen(expectedVersion);
		if (body == null || body.isBlank() || body.length() > DocumentTemplates.BODY_MAX) {
			throw invalid("body", "validation.casefile.draft.body");
		}
		DocumentDraft edited = draft.edit(expectedVersion, body, clock.instant(), actor.username());
		repository.update(edited);
		audit.success("casefile.draft.update", "case", draft.caseId().toString());
		return edited;
	}

	/** The draft as it would be issued, without the seal. */
	public byte[] preview(Actor actor, UUID id) {
		DocumentDraft draft = get(actor, id);
		byte[] pdf = rendering.pdf(draft.title(), draft.body(), null);
		audit.success("casefile.draft.view", "document-draft", id.toString());
		return pdf;
	}

	/**
	 * 签发.
	 *
	 * @param seal press the court's 院印 on the 落款; only 审判人员 of the team may ({@link DraftAccess#SEALERS}).
	 * @param deliver ask the service module to serve it at once on the addressee (电子送达 where consented).
	 * @throws DomainException 403 when sealing is asked by someone else; 409 when already issued or changed; 422 when
	 *         the court has no seal, or the document cannot be delivered on the platform.
	 */
	@Transactional
	public DocumentDraft issue(Actor actor, UUID id, int expectedVersion, boolean seal, boolean deliver) {
		DocumentDraft draft = get(actor, id);
		CaseOverview overview = access.teamCase(actor, draft.caseId());
		draft.requireOpen(expectedVersion);
		if (seal && !DraftAccess.inTeam(actor, overview, DraftAccess.SEALERS)) {
			audit.denied("casefile.document.seal", "case", draft.caseId().toString());
			throw DomainException.forbidden("document-seal-forbidden", "problem.document-seal-forbidden.detail");
		}
		byte[] sealImage = seal ? seals.image(draft.courtId())
			.orElseThrow(() -> DomainException.ruleViolation("court-seal-missing", "problem.court-seal-missing.detail"))
				: null;
		CaseParty addressee = party(overview, draft.addresseeSeq());
		if (deliver && DeliveryNotice.actingAccounts(overview, addressee).isEmpty()) {
			throw DomainException.ruleViolation("document-not-deliverable", "problem.document-not-deliverable.detail");
		}
		byte[] pdf = rendering.pdf(draft.title(), draft.body(), sealImage);
		String fileName = draft.title() + (addressee == null ? "" : "（" + addressee.name() + "）") + ".pdf";
		IssuedDocument document = issued.record(actor, draft.caseId(), draft.code().documentKind(), draft.title(),
				overview.registration().caseNumber().format(), draft.code().visibility(), fileName, pdf);
		if (addressee != null) {
			// the service module serves it (or queues it for the clerk); casefile does not know how service works
			events.publishEvent(new DocumentIssued(draft.caseId(), document.id(), draft.code().documentKind(),
					draft.title(), overview.registration().caseNumber().format(), document.fileSha256(),
					addressee.seq(), deliver, actor.username(), clock.instant()));
		}
		DocumentDraft frozen = draft.issue(expectedVersion, seal, deliver, document.id(), document.fileSha256(),
				clock.instant(), actor.username());
		repository.update(frozen);
		audit.record("casefile.document.issue", "case", draft.caseId().toString(), AuditOutcome.SUCCESS,
				draft.code().slug() + " " + document.fileSha256());
		if (seal) {
			audit.record("casefile.document.seal", "case", draft.caseId().toString(), AuditOutcome.SUCCESS,
					draft.code().slug() + " " + document.fileSha256());
		}
		return frozen;
	}

	private static CaseParty party(CaseOverview overview, Integer seq) {
		return seq == null ? null : overview.parties().stream().filter(p -> p.seq() == seq).findFirst().orElse(null);
	}

	private static DomainException notFound(UUID id) {
		return DomainException.notFound("document-draft-not-found", "problem.document-draft-not-found.detail",
				String.valueOf(id));
	}

	private static DomainException invalid(String field, String key) {
		return DomainException.invalid("validation-failed", "problem.validation-failed.detail",
				List.of(new FieldProblem(field, "invalid", key)));
	}
}
