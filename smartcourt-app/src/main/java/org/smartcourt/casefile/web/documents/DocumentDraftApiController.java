package org.smartcourt.casefile.web.documents;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.smartcourt.casefile.internal.documents.DocumentDraft;
import org.smartcourt.casefile.internal.documents.DocumentDrafts;
import org.smartcourt.cases.CaseId;
import org.smartcourt.shared.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 文书制作 over the API, for the case's team only. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "文书制作 Court documents", description = "由模板生成文书草稿、编辑、签发（可加盖院印、电子送达）；限本案审判团队")
class DocumentDraftApiController {

	private final DocumentDrafts drafts;

	DocumentDraftApiController(DocumentDrafts drafts) {
		this.drafts = drafts;
	}

	@GetMapping("/cases/{caseId}/document-drafts")
	@Operation(summary = "本案的文书草稿与已签发文书")
	List<DraftResponse> list(@PathVariable UUID caseId) {
		return drafts.ofCase(CurrentActor.require(), new CaseId(caseId)).stream().map(DraftResponse::of).toList();
	}

	@PostMapping("/cases/{caseId}/document-drafts")
	@Operation(summary = "由模板生成文书草稿", description = "template 为模板代码（如 summons）；送达给当事人的文书须给出 addresseeSeq。")
	ResponseEntity<DraftResponse> create(@PathVariable UUID caseId, @RequestBody DraftRequests.Create request) {
		DocumentDraft draft = drafts.create(CurrentActor.require(), new CaseId(caseId), request.template(),
				request.addresseeSeq());
		return ResponseEntity.created(URI.create("/api/v1/document-drafts/" + draft.id())).body(DraftResponse.of(draft));
	}

	@GetMapping("/document-drafts/{id}")
	@Operation(summary = "查看文书草稿")
	DraftResponse one(@PathVariable UUID id) {
		return DraftResponse.of(drafts.get(CurrentActor.require(), id));
	}

	@PutMapping("/document-drafts/{id}")
	@Operation(summary = "修改文书草稿", description = "须带上读取时的 version；已签发或他人已修改时返回 409。")
	DraftResponse edit(@PathVariable UUID id, @RequestBody DraftRequests.Edit request) {
		return DraftResponse.of(drafts.edit(CurrentActor.require(), id, DraftRequests.version(request.version()),
				request.body()));
	}

	@GetMapping("/document-drafts/{id}/preview")
	@Operation(summary = "文书草稿的 PDF 预览（不加盖院印）")
	ResponseEntity<byte[]> preview(@PathVariable UUID id) {
		return Pdf.inline("preview.pdf", drafts.preview(CurrentActor.require(), id));
	}

	@PostMapping("/document-drafts/{id}/issue")
	@Operation(summary = "签发", description = "生成最终 PDF 并记入本案诉讼文书（存证上链）；seal 加盖院印（限审判人员）；deliver 电子送达至受送达人的诉讼服务平台账户。")
	DraftResponse issue(@PathVariable UUID id, @RequestBody DraftRequests.Issue request) {
		return DraftResponse.of(drafts.issue(CurrentActor.require(), id, DraftRequests.version(request.version()),
				request.sealed(), request.delivered()));
	}
}
