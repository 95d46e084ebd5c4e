package org.smartcourt.casefile.web.documents;

import java.net.URI;
import java.util.List;

import org.smartcourt.casefile.internal.documents.DocumentTemplate;
import org.smartcourt.casefile.internal.documents.DocumentTemplates;
import org.smartcourt.shared.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 文书模板 over the API: court staff read them, IT administrators save new versions. */
@RestController
@RequestMapping("/api/v1/document-templates")
@Tag(name = "文书模板 Document templates", description = "Markdown + Thymeleaf 文本表达式；每次保存为新版本；限技术处管理员修改")
class DocumentTemplateApiController {

	/** A new version. */
	record VersionRequest(String title, String body) {
	}

	/** A text to try; {@literal null} for the active version. */
	record PreviewRequest(String body) {
	}

	private final DocumentTemplates templates;

	DocumentTemplateApiController(DocumentTemplates templates) {
		this.templates = templates;
	}

	@GetMapping
	@Operation(summary = "全部文书模板（当前版本）")
	List<TemplateResponse> list() {
		return templates.list(CurrentActor.require()).stream().map(TemplateResponse::of).toList();
	}

	@GetMapping("/{code}/versions")
	@Operation(summary = "模板的各版本（新的在前）")
	List<TemplateResponse> versions(@PathVariable String code) {
		return templates.versions(CurrentActor.require(), code).stream().map(TemplateResponse::of).toList();
	}

	@GetMapping("/{code}/versions/{version}")
	@Operation(summary = "模板的某一版本")
	TemplateResponse version(@PathVariable String code, @PathVariable int version) {
		return TemplateResponse.of(templates.version(CurrentActor.require(), code, version));
	}

	@PostMapping("/{code}/versions")
	@Operation(summary = "保存新版本", description = "先以示例案件填充并排版；模板语法有误时返回 400 及中文说明，不保存。")
	ResponseEntity<TemplateResponse> save(@PathVariable String code, @RequestBody VersionRequest request) {
		DocumentTemplate saved = templates.save(CurrentActor.require(), code, request.title(), request.body());
		return ResponseEntity
			.created(URI.create("/api/v1/document-templates/" + code + "/versions/" + saved.version()))
			.body(TemplateResponse.of(saved));
	}

	@PostMapping("/{code}/preview")
	@Operation(summary = "以示例案件预览（PDF）")
	ResponseEntity<byte[]> preview(@PathVariable String code, @RequestBody(required = false) PreviewRequest request) {
		return Pdf.inline(code + ".pdf",
				templates.preview(CurrentActor.require(), code, request == null ? null : request.body()));
	}
}
