package org.smartcourt.cases.internal.closing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseStage;
import org.smartcourt.cases.Docket;
import org.smartcourt.cases.DocketEntry;
import org.smartcourt.cases.DocketEntryType;
import org.smartcourt.cases.NewDocketEntry;
import org.smartcourt.cases.internal.CaseStages;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 归档: after closing, the 书记员 or the 承办法官 archives the electronic case file once it is complete, which gives
 * it an 归档号 ({@link ArchiveNumbers}) and makes the case read-only: every later command is refused by the stage
 * guard, except a correction note (归档更正说明) here.
 */
@Service
public class CaseArchiving {

	private static final int NOTE_MAX = 1000;

	private final TeamAccess access;
	private final CaseStages stages;
	private final CaseDocuments documents;
	private final ClosingRepository closings;
	private final ClosingMethods methods;
	private final ArchiveNumbers numbers;
	private final Docket docket;
	private final AuditTrail audit;
	private final Clock clock;

	CaseArchiving(TeamAccess access, CaseStages stages, CaseDocuments documents, ClosingRepository closings,
			ClosingMethods methods, ArchiveNumbers numbers, Docket docket, AuditTrail audit, Clock clock) {
		this.access = access;
		this.stages = stages;
		this.documents = documents;
		this.closings = closings;
		this.methods = methods;
		this.numbers = numbers;
		this.docket = docket;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What keeps the case file from being archived, as far as this module knows it: the closing record and its
	 * docket entry, every document the closing method needs, on record and served on every party, and no hearing
	 * scheduled on the docket that is marked neither held nor adjourned. No access check.
	 */
	public List<MissingItem> gaps(CaseOverview overview) {
		List<MissingItem> gaps = new ArrayList<>();
		Optional<ClosingRecord> closing = closings.closing(overview.id());
		List<DocketEntry> entries = docket.entries(overview.id());
		if (closing.isEmpty() || entries.stream().noneMatch(e -> e.type() == DocketEntryType.CLOSED)) {
			gaps.add(new MissingItem(MissingItem.What.CLOSING_RECORD, null, null));
		}
		CaseFile file = documents.caseFile(overview);
		closing.flatMap(c -> methods.find(c.methodCode())).ifPresent(method -> {
			for (DocumentKind kind : method.requiredDocuments()) {
				Optional<CaseDocument> document = file.latest(kind);
				if (document.isEmpty()) {
					gaps.add(MissingItem.document(kind));
					continue;
				}
				file.unservedParties(document.get()).forEach(p -> gaps.add(MissingItem.service(kind, p.name())));
			}
		});
		// Every hearing scheduled on the docket must have been held or adjourned, matched by the hearing's id.
		java.util.Set<String> settled = entries.stream()
			.filter(e -> e.type() == DocketEntryType.HEARING_HELD || e.type() == DocketEntryType.ADJOURNED)
			.map(e -> e.detail("hearingId"))
			.collect(java.util.stream.Collectors.toSet());
		boolean open = entries.stream()
			.filter(e -> e.type() == DocketEntryType.HEARING_SCHEDULED)
			.anyMatch(e -> !settled.contains(e.detail("hearingId")));
		if (open) {
			gaps.add(new MissingItem(MissingItem.What.HEARING_OPEN, null, null));
		}
		return gaps;
	}

	/**
	 * 归档.
	 *
	 * @throws DomainException (rule violation, {@code archive-incomplete}) listing the gaps; (conflict) unless closed.
	 */
	@Transactional
	public ArchiveRecord archive(Actor actor, CaseId caseId) {
		CaseOverview overview = access.teamCase(actor, caseId, TeamAccess.ARCHIVISTS, "归档");
		stages.require(caseId, CaseStage.allowedBefore(CaseStage.ARCHIVED), "归档");
		List<MissingItem> gaps = gaps(overview);
		if (!gaps.isEmpty()) {
			throw CaseClosing.missing("archive-incomplete", "problem.archive-incomplete.detail", gaps);
		}
		LocalDate today = LocalDate.now(clock);
		String number = numbers.next(overview.registration().caseNumber().courtCode(), today.getYear(),
				overview.registration().typeCode());
		stages.move(caseId, CaseStage.ARCHIVED, "归档");
		closings.insertArchive(caseId, number, today, actor.username(), clock.instant());
		docket.record(caseId, actor, NewDocketEntry.of(DocketEntryType.ARCHIVED, today, "归档，归档号" + number + "。",
				Map.of("archiveNumber", number)));
		audit.success("case.archive", "case", caseId.toString());
		return closings.archive(caseId).orElseThrow();
	}

	/** 归档更正说明: the one thing recorded on an archived case, court-only on the docket. */
	@Transactional
	public ArchiveRecord addNote(Actor actor, CaseId caseId, String note) {
		access.teamCase(actor, caseId, TeamAccess.ARCHIVISTS, "填写归档更正说明");
		stages.require(caseId, EnumSet.of(CaseStage.ARCHIVED), "填写归档更正说明");
		if (note == null || note.isBlank() || note.length() > NOTE_MAX) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail",
					List.of(new FieldProblem("note", "invalid", "validation.closing.archive.note")));
		}
		closings.insertNote(caseId, note.strip(), actor.username(), clock.instant());
		docket.record(caseId, actor, NewDocketEntry.of(DocketEntryType.INTERNAL_NOTE, null,
				"归档更正说明：" + note.strip(), Map.of("archiveNote", "true")));
		audit.success("case.archive.note", "case", caseId.toString());
		return closings.archive(caseId).orElseThrow();
	}

	/** The archive record, once archived; no access check. */
	public Optional<ArchiveRecord> archiveOf(CaseId caseId) {
		return closings.archive(caseId);
	}
}
