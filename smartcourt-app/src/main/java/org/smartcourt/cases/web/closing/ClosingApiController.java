package org.smartcourt.cases.web.closing;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseStage;
import org.smartcourt.cases.Cases;
import org.smartcourt.cases.internal.closing.CaseArchiving;
import org.smartcourt.cases.internal.closing.CaseClosing;
import org.smartcourt.cases.internal.closing.CaseDocuments;
import org.smartcourt.cases.internal.closing.CaseFile;
import org.smartcourt.cases.internal.closing.CaseLinking;
import org.smartcourt.cases.internal.closing.ClosingAssessment;
import org.smartcourt.cases.internal.closing.DocumentKind;
import org.smartcourt.cases.internal.closing.NewDocument;
import org.smartcourt.cases.web.closing.ClosingApiRecords.ArchiveResponse;
import org.smartcourt.cases.web.closing.ClosingApiRecords.ClosingRequest;
import org.smartcourt.cases.web.closing.ClosingApiRecords.ClosingResponse;
import org.smartcourt.cases.web.closing.ClosingApiRecords.ClosingStatusResponse;
import org.smartcourt.cases.web.closing.ClosingApiRecords.DocumentRequest;
import org.smartcourt.cases.web.closing.ClosingApiRecords.DocumentResponse;
import org.smartcourt.cases.web.closing.ClosingApiRecords.LinkRequest;
import org.smartcourt.cases.web.closing.ClosingApiRecords.LinkResponse;
import org.smartcourt.cases.web.closing.ClosingApiRecords.MethodResponse;
import org.smartcourt.cases.web.closing.ClosingApiRecords.NoteRequest;
import org.smartcourt.cases.web.closing.ClosingApiRecords.PronouncementRequest;
import org.smartcourt.cases.web.closing.ClosingApiRecords.ServiceRequest;
import org.smartcourt.cases.web.closing.ClosingApiRecords.ServiceResponse;
import org.smartcourt.cases.web.closing.ClosingApiRecords.SuggestionResponse;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 诉讼文书与送达、宣判、结案、归档和关联案件 under {@code /api/v1/cases/{id}}, with the rules of the case page: the case
 * team records, the 承办法官 closes, the 书记员 or 承办法官 archives; parties read what is delivered to them.
 */
@RestController
@Tag(name = "结案与归档 Closing", description = "诉讼文书、送达、宣判、结案、归档、关联案件")
class ClosingApiController {

	private final Cases cases;
	private final CaseDocuments documents;
	private final CaseClosing closing;
	private final CaseArchiving archiving;
	private final CaseLinking linking;
	private final ProblemTexts texts;

	ClosingApiController(Cases cases, CaseDocuments documents, CaseClosing closing, CaseArchiving archiving,
			CaseLinking linking, ProblemTexts texts) {
		this.cases = cases;
		this.documents = documents;
		this.closing = closing;
		this.archiving = archiving;
		this.linking = linking;
		this.texts = texts;
	}

	@GetMapping("/api/v1/cases/{id}/documents")
	@Operation(summary = "诉讼文书及送达情况",
			description = "法院工作人员看到全部文书；当事人只看到标明当事人可见、且已送达或已宣判的文书。")
	List<DocumentResponse> documents(@PathVariable UUID id) {
		Cases.CaseView view = cases.view(CurrentActor.require(), new CaseId(id));
		CaseFile file = documents.caseFile(view.overview());
		return DocumentView.of(file, documents.visibleDocuments(file, view.level()))
			.stream()
			.map(v -> DocumentResponse.of(id, v))
			.toList();
	}

	@PostMapping(path = "/api/v1/cases/{id}/documents", consumes = "application/json")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "记录诉讼文书（不附文件）", description = "限本案审判人员、法官助理和书记员；归档后拒绝（409）。")
	DocumentResponse record(@PathVariable UUID id, @RequestBody DocumentRequest request) {
		return respond(id, documents.record(CurrentActor.require(), new CaseId(id), new NewDocument(request.kind(),
				request.number(), request.title(), request.signedOn(), request.visibility()), null, null).id());
	}

	@PostMapping(path = "/api/v1/cases/{id}/documents", consumes = "multipart/form-data")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "上传诉讼文书（PDF）", description = "按文件内容识别类型，只收 PDF。")
	DocumentResponse upload(@PathVariable UUID id, @RequestParam(required = false) DocumentKind kind,
			@RequestParam(required = false) String number, @RequestParam(required = false) String title,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
			@RequestParam(required = false) Audience visibility,
			@RequestParam("file") MultipartFile file) throws IOException {
		try (InputStream in = file.getInputStream()) {
			return respond(id, documents.record(CurrentActor.require(), new CaseId(id),
					new NewDocument(kind, number, title, signedOn, visibility), file.getOriginalFilename(), in).id());
		}
	}

	@GetMapping("/api/v1/cases/{id}/documents/{documentId}/file")
	@Operation(summary = "下载文书", description = "当事人只能下载本人案件中已送达或已宣判的当事人可见文书；其余一律按未找到（404）处理。")
	ResponseEntity<InputStreamResource> download(@PathVariable UUID id, @PathVariable UUID documentId) {
		return DocumentDownload.of(documents.open(CurrentActor.require(), new CaseId(id), documentId));
	}

	@PostMapping("/api/v1/cases/{id}/documents/{documentId}/service")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "记录送达", description = "记入审判流程（送达）；日期按送达方式取计算结案日期所依据的日子（2000年审限规定第十条）。")
	ServiceResponse serve(@PathVariable UUID id, @PathVariable UUID documentId, @RequestBody ServiceRequest request) {
		var service = documents.serve(CurrentActor.require(), new CaseId(id), documentId, request.partySeq(),
				request.method(), request.countedOn());
		DocumentResponse document = respond(id, documentId);
		return document.services()
			.stream()
			.filter(s -> s.partySeq() == service.partySeq() && s.method() == service.method()
					&& s.countedOn().equals(service.countedOn()))
			.findFirst()
			.orElseThrow();
	}

	@PostMapping("/api/v1/cases/{id}/pronouncement")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "宣判", description = "当庭宣判或定期宣判；限本案审判人员，记入审判流程并公开。")
	DocumentResponse pronounce(@PathVariable UUID id, @RequestBody PronouncementRequest request) {
		closing.pronounce(CurrentActor.require(), new CaseId(id), request.documentId(), request.pronouncedOn(),
				request.mode());
		return respond(id, request.documentId());
	}

	@GetMapping("/api/v1/cases/{id}/closing")
	@Operation(summary = "结案条件与结果",
			description = "法院工作人员：每种可用结案方式尚缺的材料、可确定的结案日期和归档前的缺项；当事人：结案方式、日期与归档情况。")
	ClosingStatusResponse status(@PathVariable UUID id) {
		Actor actor = CurrentActor.require();
		Cases.CaseView view = cases.view(actor, new CaseId(id));
		boolean court = view.level() == Audience.COURT;
		CaseStage stage = view.overview().stage();
		List<MethodResponse> methods = court && stage.isOpen()
				? closing.assessAll(view.overview()).stream().map(this::method).toList() : List.of();
		List<String> gaps = court && stage == CaseStage.CLOSED ? texts.of(archiving.gaps(view.overview()))
				: List.of();
		return new ClosingStatusResponse(stage.name(),
				ClosingResponse.of(closing.closingOf(view.overview().id()).orElse(null)),
				ArchiveResponse.of(archiving.archiveOf(view.overview().id()).orElse(null)), methods, gaps);
	}

	@PostMapping("/api/v1/cases/{id}/closing")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "结案",
			description = "限承办法官。所选结案方式需要的文书、宣判或送达不全时返回422，逐项列出所缺材料，案件不作任何改变；阶段不允许时返回409。")
	ClosingResponse close(@PathVariable UUID id, @RequestBody ClosingRequest request) {
		return ClosingResponse.of(closing.close(CurrentActor.require(), new CaseId(id), request.method(),
				request.amountAwardedFen()));
	}

	@PostMapping("/api/v1/cases/{id}/archive")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "归档",
			description = "限本案书记员或承办法官，且须已结案；电子卷宗不完整时返回422并列出缺项。归档后本案一切办案操作均被拒绝（409），归档更正说明除外。")
	ArchiveResponse archive(@PathVariable UUID id) {
		return ArchiveResponse.of(archiving.archive(CurrentActor.require(), new CaseId(id)));
	}

	@PostMapping("/api/v1/cases/{id}/archive/notes")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "归档更正说明", description = "仅限已归档案件。")
	ArchiveResponse note(@PathVariable UUID id, @RequestBody NoteRequest request) {
		return ArchiveResponse.of(archiving.addNote(CurrentActor.require(), new CaseId(id), request.note()));
	}

	@GetMapping("/api/v1/cases/{id}/links")
	@Operation(summary = "关联案件", description = "法院工作人员看到全部关联；当事人只看到前审与再审关联。")
	List<LinkResponse> links(@PathVariable UUID id) {
		Cases.CaseView view = cases.view(CurrentActor.require(), new CaseId(id));
		return linking.linksOf(view.overview().id(), view.level()).stream().map(LinkResponse::of).toList();
	}

	@PostMapping("/api/v1/cases/{id}/links")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "关联案件", description = "法院工作人员，两案均须在其权限范围内。")
	LinkResponse link(@PathVariable UUID id, @RequestBody LinkRequest request) {
		return LinkResponse.of(linking.link(CurrentActor.require(), new CaseId(id), request.caseNumber(),
				request.kind(), request.note()));
	}

	@GetMapping("/api/v1/cases/{id}/links/suggestions")
	@Operation(summary = "同一当事人的其他案件",
			description = "按身份证号或统一社会信用代码匹配，无证件号的当事人按姓名匹配；限法院工作人员权限范围内、尚未关联的案件。")
	List<SuggestionResponse> suggestions(@PathVariable UUID id) {
		return linking.suggestions(CurrentActor.require(), new CaseId(id))
			.stream()
			.map(s -> new SuggestionResponse(s.caseId().value(), s.caseNumber(), s.title(), s.partyName()))
			.toList();
	}

	private MethodResponse method(ClosingAssessment a) {
		return new MethodResponse(a.method().code(), a.method().name(), a.method().dateRule().name(), a.complete(),
				a.closedOn().orElse(null), texts.of(a.missing()));
	}

	private DocumentResponse respond(UUID caseId, UUID documentId) {
		var overview = cases.find(new CaseId(caseId)).orElseThrow();
		CaseFile file = documents.caseFile(overview);
		return DocumentView.find(DocumentView.of(file, file.documents()), documentId)
			.map(v -> DocumentResponse.of(caseId, v))
			.orElseThrow();
	}
}
