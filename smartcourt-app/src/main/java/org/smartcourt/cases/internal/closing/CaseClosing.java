package org.smartcourt.cases.internal.closing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.cases.CaseClosed;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseStage;
import org.smartcourt.cases.Docket;
import org.smartcourt.cases.DocketEntryType;
import org.smartcourt.cases.NewDocketEntry;
import org.smartcourt.cases.internal.CaseStages;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 宣判 and 结案. The bench pronounces a judgment or ruling; the 承办法官 closes the case by a method from
 * {@link ClosingMethods} once the case file holds what that method needs, on the date the 2000 rule art. 10 gives
 * ({@link ClosingAssessment}). Closing moves the case to 已结案, records 结案 on the docket and publishes
 * {@link CaseClosed}.
 */
@Service
public class CaseClosing {

	private final TeamAccess access;
	private final CaseStages stages;
	private final CaseDocuments documents;
	private final CaseFileRepository files;
	private final ClosingRepository closings;
	private final ClosingMethods methods;
	private final Docket docket;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CaseClosing(TeamAccess access, CaseStages stages, CaseDocuments documents, CaseFileRepository files,
			ClosingRepository closings, ClosingMethods methods, Docket docket, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.stages = stages;
		this.documents = documents;
		this.files = files;
		this.closings = closings;
		this.methods = methods;
		this.docket = docket;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** 宣判 (判决) or 宣告 (裁定) of a decision document on the case, recorded on the docket for the public. */
	@Transactional
	public Pronouncement pronounce(Actor actor, CaseId caseId, UUID documentId, LocalDate on, PronouncementMode mode) {
		access.teamCase(actor, caseId, TeamAccess.BENCH, "宣判");
		stages.require(caseId, EnumSet.of(CaseStage.ASSIGNED, CaseStage.IN_TRIAL), "宣判");
		CaseDocument document = files.document(caseId, documentId)
			.orElseThrow(() -> CaseDocuments.documentNotFound(documentId));
		if (!document.kind().isDecision()) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail",
					List.of(new FieldProblem("documentId", "invalid", "validation.closing.pronouncement.document")));
		}
		if (on == null || on.isAfter(LocalDate.now(clock)) || on.isBefore(document.signedOn()) || mode == null) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail",
					List.of(new FieldProblem(mode == null ? "mode" : "pronouncedOn", "invalid",
							mode == null ? "validation.closing.pronouncement.mode"
									: "validation.closing.pronouncement.date")));
		}
		Pronouncement pronouncement = new Pronouncement(documentId, on, mode);
		files.insert(caseId, pronouncement, actor.username(), clock.instant());
		docket.record(caseId, actor, NewDocketEntry.of(DocketEntryType.JUDGMENT_PRONOUNCED, on,
				(mode == PronouncementMode.IN_COURT ? "当庭宣判" : "定期宣判") + "：" + document.title() + "。",
				Map.of("documentId", documentId.toString(), "mode", mode.name())));
		audit.success("case.pronounce", "case", caseId.toString());
		return pronouncement;
	}

	/** What closing by {@code methodCode} still needs and the date it would give, for court staff in scope. */
	@Transactional(readOnly = true)
	public ClosingAssessment assess(Actor actor, CaseId caseId, String methodCode) {
		CaseOverview overview = access.staffCase(actor, caseId);
		return ClosingAssessment.of(applicableMethod(overview, methodCode), documents.caseFile(overview));
	}

	/** Every method open to the case with what each still needs; no access check. */
	public List<ClosingAssessment> assessAll(CaseOverview overview) {
		CaseFile file = documents.caseFile(overview);
		return methods.applicableTo(overview.registration().typeCode())
			.stream()
			.map(m -> ClosingAssessment.of(m, file))
			.toList();
	}

	/**
	 * 结案 by the 承办法官.
	 *
	 * @param amountAwardedFen 判决或调解确定的金额 in fen for the statistics, or {@literal null}.
	 * @throws DomainException (rule violation, {@code closing-documents-missing}) listing what is missing, one field
	 *         problem on {@code documents} each; nothing is changed then.
	 */
	@Transactional
	public ClosingRecord close(Actor actor, CaseId caseId, String methodCode, Long amountAwardedFen) {
		CaseOverview overview = access.teamCase(actor, caseId, TeamAccess.RESPONSIBLE, "结案");
		ClosingMethod method = applicableMethod(overview, methodCode);
		if (amountAwardedFen != null && amountAwardedFen < 0) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail",
					List.of(new FieldProblem("amountAwardedFen", "invalid", "validation.closing.amount")));
		}
		stages.require(caseId, CaseStage.allowedBefore(CaseStage.CLOSED), "结案");
		ClosingAssessment assessment = ClosingAssessment.of(method, documents.caseFile(overview));
		if (!assessment.complete()) {
			throw missing("closing-documents-missing", "problem.closing-documents-missing.detail",
					assessment.missing());
		}
		LocalDate closedOn = assessment.closedOn().orElseThrow();
		stages.move(caseId, CaseStage.CLOSED, "结案");
		closings.insertClosing(caseId, method, methods.version(), closedOn, amountAwardedFen, actor.username(),
				clock.instant());
		docket.record(caseId, actor, NewDocketEntry.of(DocketEntryType.CLOSED, closedOn,
				"结案，结案方式：" + method.name() + "，结案日期：" + closedOn + "。",
				Map.of("method", method.code(), "methodVersion", methods.version(), "statisticGroup",
						method.statisticGroup())));
		audit.success("case.close", "case", caseId.toString());
		events.publishEvent(new CaseClosed(caseId, overview.registration().courtId(), method.code(), closedOn,
				method.statisticGroup(), amountAwardedFen));
		return closings.closing(caseId).orElseThrow();
	}

	/** The closing record, once closed; no access check. */
	public Optional<ClosingRecord> closingOf(CaseId caseId) {
		return closings.closing(caseId);
	}

	private ClosingMethod applicableMethod(CaseOverview overview, String code) {
		String typeCode = overview.registration().typeCode();
		return methods.find(code).filter(m -> m.appliesTo(typeCode)).orElseThrow(() -> DomainException.invalid(
				"validation-failed", "problem.validation-failed.detail",
				List.of(new FieldProblem("method", "invalid", "validation.closing.method", List.of(typeCode)))));
	}

	/** A refusal that lists each missing item as a field problem on {@code documents}; the detail counts them. */
	static DomainException missing(String code, String detailKey, List<MissingItem> items) {
		List<FieldProblem> problems = items.stream()
			.map(i -> new FieldProblem("documents", i.what().name().toLowerCase(java.util.Locale.ROOT),
					i.messageKey(), i.args()))
			.toList();
		return new DomainException(DomainException.Kind.RULE_VIOLATION, code, detailKey, problems, items.size());
	}
}
