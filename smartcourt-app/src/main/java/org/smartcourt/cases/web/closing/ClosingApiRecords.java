package org.smartcourt.cases.web.closing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.smartcourt.cases.Audience;
import org.smartcourt.cases.internal.closing.ArchiveRecord;
import org.smartcourt.cases.internal.closing.CaseLink;
import org.smartcourt.cases.internal.closing.ClosingRecord;
import org.smartcourt.cases.internal.closing.DocumentKind;
import org.smartcourt.cases.internal.closing.LinkKind;
import org.smartcourt.cases.internal.closing.PronouncementMode;
import org.smartcourt.cases.internal.closing.ServiceMethod;

/** Requests and responses of the documents, closing, archive and links API. */
final class ClosingApiRecords {

	private ClosingApiRecords() {
	}

	@Schema(description = "记录诉讼文书（不附文件）")
	record DocumentRequest(@Schema(description = "文书种类") DocumentKind kind,
			@Schema(description = "文书编号", example = "（2026）吉0104民初1号") String number,
			@Schema(description = "标题，空则用种类名称", example = "民事判决书") String title,
			@Schema(description = "落款日期") LocalDate signedOn,
			@Schema(description = "PARTIES（送达或宣判后当事人可见）或 COURT（仅法院）") Audience visibility) {
	}

	@Schema(description = "送达记录")
	record ServiceRequest(@Schema(description = "受送达人在当事人列表中的序号（代理人代收计入其代理的当事人）") Integer partySeq,
			@Schema(description = "送达方式") ServiceMethod method,
			@Schema(description = "计算结案日期所依据的日期：直接送达、转交、委托为签收日；留置为留置日；邮寄为交邮日；公告为公告刊登日；电子送达为到达特定系统日") LocalDate countedOn) {
	}

	@Schema(description = "宣判")
	record PronouncementRequest(UUID documentId, LocalDate pronouncedOn, PronouncementMode mode) {
	}

	@Schema(description = "结案")
	record ClosingRequest(@Schema(description = "结案方式代码", example = "JUDGMENT") String method,
			@Schema(description = "判决或调解确定的金额（分），无则为空") Long amountAwardedFen) {
	}

	@Schema(description = "归档更正说明")
	record NoteRequest(String note) {
	}

	@Schema(description = "关联案件")
	record LinkRequest(@Schema(description = "被关联案件的案号", example = "（2025）吉0104民初12号") String caseNumber,
			LinkKind kind, String note) {
	}

	record ServiceResponse(int partySeq, String partyName, ServiceMethod method, LocalDate countedOn) {
	}

	record DocumentResponse(UUID id, DocumentKind kind, String number, String title, LocalDate signedOn,
			Audience visibility, boolean hasFile, String fileUrl, LocalDate pronouncedOn,
			List<ServiceResponse> services) {

		static DocumentResponse of(UUID caseId, DocumentView v) {
			var d = v.document();
			return new DocumentResponse(d.id(), d.kind(), d.number(), d.title(), d.signedOn(), d.visibility(),
					d.hasFile(), d.hasFile() ? "/api/v1/cases/" + caseId + "/documents/" + d.id() + "/file" : null,
					v.pronouncedOn(), v.services()
						.stream()
						.map(s -> new ServiceResponse(s.partySeq(), s.partyName(), s.method(), s.countedOn()))
						.toList());
		}
	}

	record MethodResponse(String code, String name, String dateRule, boolean complete, LocalDate closedOn,
			List<String> missing) {
	}

	record ClosingResponse(String method, String methodName, String methodVersion, String statisticGroup,
			LocalDate closedOn, Long amountAwardedFen) {

		static ClosingResponse of(ClosingRecord c) {
			return c == null ? null : new ClosingResponse(c.methodCode(), c.methodName(), c.methodVersion(),
					c.statisticGroup(), c.closedOn(), c.amountAwardedFen());
		}
	}

	record ArchiveResponse(String archiveNumber, LocalDate archivedOn, List<String> notes) {

		static ArchiveResponse of(ArchiveRecord a) {
			return a == null ? null : new ArchiveResponse(a.archiveNumber(), a.archivedOn(), a.notes());
		}
	}

	@Schema(description = "结案与归档情况；法院工作人员另见各结案方式尚缺的材料与归档前的缺项")
	record ClosingStatusResponse(String stage, ClosingResponse closing, ArchiveResponse archive,
			List<MethodResponse> methods, List<String> archiveGaps) {
	}

	record LinkResponse(UUID id, LinkKind kind, String direction, UUID caseId, String caseNumber, String title,
			String note) {

		static LinkResponse of(CaseLink l) {
			return new LinkResponse(l.id(), l.kind(), l.outgoing() ? "TO" : "FROM", l.otherCase().value(),
					l.otherCaseNumber(), l.otherTitle(), l.note());
		}
	}

	record SuggestionResponse(UUID caseId, String caseNumber, String title, String partyName) {
	}
}
