package org.smartcourt.cases.internal.closing;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseDocumentRecorded;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.CaseStage;
import org.smartcourt.cases.Cases;
import org.smartcourt.cases.Docket;
import org.smartcourt.cases.DocketEntryType;
import org.smartcourt.cases.NewDocketEntry;
import org.smartcourt.cases.internal.CaseStages;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.smartcourt.storage.DocumentType;
import org.smartcourt.storage.FileStore;
import org.smartcourt.storage.StoredFile;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 诉讼文书 and 送达 on a case: the case team records a document (with its signed PDF when there is one) and each
 * service of it on a party, which goes on the docket as 送达. Parties read only documents meant for them
 * ({@link Audience#PARTIES}) and only once served on a party or pronounced, so a judgment does not reach them before
 * it is delivered.
 */
@Service
public class CaseDocuments {

	/** Stages in which documents are made and served; service often follows the closing (定期宣判后送达). */
	static final Set<CaseStage> FILE_OPEN = EnumSet.of(CaseStage.ASSIGNED, CaseStage.IN_TRIAL, CaseStage.SUSPENDED,
			CaseStage.CLOSED);
	private static final int NUMBER_MAX = 100;
	private static final int TITLE_MAX = 200;

	private final CaseFileRepository repository;
	private final TeamAccess access;
	private final CaseStages stages;
	private final Docket docket;
	private final Cases cases;
	private final FileStore files;
	private final AuditTrail audit;
	private final MessageSource messages;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	CaseDocuments(CaseFileRepository repository, TeamAccess access, CaseStages stages, Docket docket, Cases cases,
			FileStore files, AuditTrail audit, MessageSource messages, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.repository = repository;
		this.access = access;
		this.stages = stages;
		this.docket = docket;
		this.cases = cases;
		this.files = files;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Records a document, storing its PDF when given.
	 *
	 * @param fileName the uploaded file's name, or {@literal null} with {@code content}.
	 * @param content the PDF, or {@literal null} to record the facts only.
	 */
	@Transactional
	public CaseDocument record(Actor actor, CaseId caseId, NewDocument document, String fileName, InputStream content) {
		access.teamCase(actor, caseId, TeamAccess.FILE_KEEPERS, "记录诉讼文书");
		stages.require(caseId, FILE_OPEN, "记录诉讼文书");
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate today = LocalDate.now(clock);
		if (document.kind() == null) {
			problems.add(new FieldProblem("kind", "required", "validation.closing.document.kind"));
		}
		if (document.signedOn() == null || document.signedOn().isAfter(today)) {
			problems.add(new FieldProblem("signedOn", "invalid", "validation.closing.document.signed-on"));
		}
		if (document.number() != null && document.number().length() > NUMBER_MAX) {
			problems.add(new FieldProblem("number", "invalid", "validation.closing.document.number"));
		}
		if (document.title() != null && document.title().length() > TITLE_MAX) {
			problems.add(new FieldProblem("title", "invalid", "validation.closing.document.title"));
		}
		if (document.visibility() == Audience.PUBLIC) {
			problems.add(new FieldProblem("visibility", "invalid", "validation.closing.document.visibility"));
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail", problems);
		}
		StoredFile stored = content == null ? null
				: files.store("file", fileName, content, Set.of(DocumentType.PDF));
		String title = blankToNull(document.title());
		CaseDocument recorded = new CaseDocument(UUID.randomUUID(), caseId, document.kind(),
				blankToNull(document.number()), title != null ? title : kindName(document.kind()), document.signedOn(),
				stored == null ? null : stored.sha256(), stored == null ? null : stored.originalName(),
				document.visibility() == null ? Audience.PARTIES : document.visibility(), clock.instant(),
				actor.username());
		repository.insert(recorded);
		audit.success("case.document.record", "case", caseId.toString());
		events.publishEvent(new CaseDocumentRecorded(caseId, recorded.id(), recorded.kind().name(), recorded.title(),
				recorded.number(), recorded.signedOn(), recorded.fileSha256(), recorded.fileName(), recorded.visibility(),
				recorded.recordedAt(), recorded.recordedBy()));
		return recorded;
	}

	/**
	 * Records that a document reached a party (or an agent) by a method, on the day that counts for it, and puts 送达
	 * on the docket with {@code documentId}, {@code partySeq} and {@code method} in its details.
	 */
	@Transactional
	public ServiceRecord serve(Actor actor, CaseId caseId, UUID documentId, Integer partySeq, ServiceMethod method,
			LocalDate countedOn) {
		CaseOverview overview = access.teamCase(actor, caseId, TeamAccess.FILE_KEEPERS, "记录送达");
		stages.require(caseId, FILE_OPEN, "记录送达");
		CaseDocument document = repository.document(caseId, documentId).orElseThrow(() -> documentNotFound(documentId));
		List<FieldProblem> problems = new ArrayList<>();
		CaseParty party = partySeq == null ? null
				: overview.parties().stream().filter(p -> p.seq() == partySeq).findFirst().orElse(null);
		if (party == null) {
			problems.add(new FieldProblem("partySeq", "invalid", "validation.closing.service.party"));
		}
		if (method == null) {
			problems.add(new FieldProblem("method", "required", "validation.closing.service.method"));
		}
		if (countedOn == null || countedOn.isAfter(LocalDate.now(clock)) || countedOn.isBefore(document.signedOn())) {
			problems.add(new FieldProblem("countedOn", "invalid", "validation.closing.service.date"));
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail", problems);
		}
		ServiceRecord service = new ServiceRecord(UUID.randomUUID(), documentId, party.seq(), method, countedOn,
				clock.instant(), actor.username());
		repository.insert(caseId, service);
		String summary = "向" + party.name() + message(method.labelKey()) + document.title() + "（"
				+ message(method.dateLabelKey()) + "：" + countedOn + "）。";
		docket.record(caseId, actor, new NewDocketEntry(DocketEntryType.SERVICE, countedOn,
				document.forParties() ? null : Audience.COURT, summary,
				Map.of("documentId", documentId.toString(), "partySeq", Integer.toString(party.seq()), "method",
						method.name())));
		audit.success("case.document.serve", "case", caseId.toString());
		return service;
	}

	/**
	 * Records a service established elsewhere (the service module's 送达平台) on behalf of the court: no access
	 * check, the date may lie ahead (公告送达 is deemed served 30 days after publication), the docket entry is the
	 * system's. Otherwise as {@link #serve}.
	 */
	@Transactional
	public ServiceRecord recordService(CaseId caseId, UUID documentId, int partySeq, ServiceMethod method,
			LocalDate countedOn, String recordedBy) {
		CaseOverview overview = cases.find(caseId)
			.orElseThrow(() -> DomainException.notFound("case-not-found", "problem.case-not-found.detail",
					caseId.toString()));
		CaseDocument document = repository.document(caseId, documentId).orElseThrow(() -> documentNotFound(documentId));
		CaseParty party = overview.parties()
			.stream()
			.filter(p -> p.seq() == partySeq)
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("case-not-found", "problem.case-not-found.detail",
					caseId.toString()));
		ServiceRecord service = new ServiceRecord(UUID.randomUUID(), documentId, party.seq(), method, countedOn,
				clock.instant(), recordedBy);
		repository.insert(caseId, service);
		String summary = "向" + party.name() + message(method.labelKey()) + document.title() + "（"
				+ message(method.dateLabelKey()) + "：" + countedOn + "）。";
		docket.record(caseId, null, new NewDocketEntry(DocketEntryType.SERVICE, countedOn,
				document.forParties() ? null : Audience.COURT, summary,
				Map.of("documentId", documentId.toString(), "partySeq", Integer.toString(party.seq()), "method",
						method.name())));
		return service;
	}

	/** The case file as it stands, for the court's own checks; no access check. */
	public CaseFile caseFile(CaseOverview overview) {
		return new CaseFile(repository.documents(overview.id()), repository.services(overview.id()),
				repository.pronouncements(overview.id()), overview.parties());
	}

	/** The documents a viewer at {@code level} may see, oldest first; no access check, no audit. */
	public List<CaseDocument> visibleDocuments(CaseFile file, Audience level) {
		if (level == Audience.COURT) {
			return file.documents();
		}
		return file.documents().stream().filter(d -> deliveredToParties(file, d)).toList();
	}

	/**
	 * Opens a document's PDF for a person who may read the case: court staff any document, parties only documents
	 * delivered to them; anything else is reported as not found.
	 */
	@Transactional
	public DocumentFile open(Actor actor, CaseId caseId, UUID documentId) {
		Cases.CaseView view = cases.view(actor, caseId);
		CaseFile file = caseFile(view.overview());
		CaseDocument document = visibleDocuments(file, view.level()).stream()
			.filter(d -> d.id().equals(documentId) && d.hasFile())
			.findFirst()
			.orElseThrow(() -> documentNotFound(documentId));
		StoredFile stored = files.find(document.fileSha256()).orElseThrow(() -> documentNotFound(documentId));
		InputStream in = files.open(document.fileSha256()).orElseThrow(() -> documentNotFound(documentId));
		audit.success("case.document.download", "case", caseId.toString());
		return new DocumentFile(document, stored, in);
	}

	static boolean deliveredToParties(CaseFile file, CaseDocument document) {
		return document.forParties() && (file.pronouncedOn(document).isPresent()
				|| file.services().stream().anyMatch(s -> s.documentId().equals(document.id())));
	}

	static DomainException documentNotFound(UUID id) {
		return DomainException.notFound("case-document-not-found", "problem.case-document-not-found.detail",
				String.valueOf(id));
	}

	private String kindName(DocumentKind kind) {
		return message(kind.labelKey());
	}

	private String message(String key) {
		return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
