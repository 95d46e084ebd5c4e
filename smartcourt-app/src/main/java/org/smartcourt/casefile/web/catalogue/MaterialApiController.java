package org.smartcourt.casefile.web.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import org.smartcourt.casefile.internal.catalogue.CaseCatalogue;
import org.smartcourt.casefile.internal.catalogue.CaseMaterial;
import org.smartcourt.casefile.internal.catalogue.CourtMaterialForm;
import org.smartcourt.casefile.internal.catalogue.EvidenceForm;
import org.smartcourt.casefile.internal.catalogue.MaterialCategories;
import org.smartcourt.casefile.internal.catalogue.MaterialCategory;
import org.smartcourt.casefile.internal.catalogue.MaterialId;
import org.smartcourt.casefile.internal.catalogue.MaterialSubmissions;
import org.smartcourt.casefile.internal.catalogue.Volume;
import org.smartcourt.casefile.internal.export.VolumeExport;
import org.smartcourt.cases.CaseId;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.DomainException;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The electronic case file (电子卷宗) in the API. Parties and their lawyers see and download 正卷 material meant for
 * them; anything else (副卷 included, whatever the id) is answered 404, as for a case that does not exist.
 */
@RestController
@Tag(name = "电子卷宗 Case file", description = "卷宗目录、举证、材料下载、按卷导出 PDF")
class MaterialApiController {

	private final CaseCatalogue catalogue;
	private final MaterialSubmissions submissions;
	private final MaterialCategories categories;
	private final VolumeExport export;

	MaterialApiController(CaseCatalogue catalogue, MaterialSubmissions submissions, MaterialCategories categories,
			VolumeExport export) {
		this.catalogue = catalogue;
		this.submissions = submissions;
		this.categories = categories;
		this.export = export;
	}

	@GetMapping("/api/v1/cases/{id}/materials")
	@Operation(summary = "卷宗目录", description = "按卷、按材料类别装订顺序列出材料，含页数和存证序号（锚定中为空）。"
			+ "当事人只看到正卷中当事人可见的材料，不含副卷。")
	CatalogueResponse list(@PathVariable UUID id) {
		return CatalogueResponse.of(catalogue.read(CurrentActor.require(), new CaseId(id)));
	}

	@PostMapping(path = "/api/v1/cases/{id}/materials", consumes = "multipart/form-data")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "举证（当事人）或上传卷宗材料（承办团队）",
			description = "当事人及其律师：file、evidenceName（证据名称）、purpose（证明目的），收 PDF、JPG、PNG、TIFF、MP3、MP4、DOCX，页数自动计算。"
					+ "承办团队：file、categoryCode（材料类别，副卷类别仅法院可见）、title、forParties。")
	MaterialResponse submit(@PathVariable UUID id, @RequestParam(required = false) String evidenceName,
			@RequestParam(required = false) String purpose, @RequestParam(required = false) String categoryCode,
			@RequestParam(required = false) String title, @RequestParam(defaultValue = "true") boolean forParties,
			@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
		Actor actor = CurrentActor.require();
		CaseMaterial material;
		try (InputStream in = file == null || file.isEmpty() ? null : file.getInputStream()) {
			String name = file == null ? null : file.getOriginalFilename();
			material = actor.isStaff()
					? submissions.uploadCourtMaterial(actor, new CaseId(id),
							new CourtMaterialForm(categoryCode, title, forParties), name, in)
					: submissions.submitEvidence(actor, new CaseId(id), new EvidenceForm(evidenceName, purpose), name,
							in);
		}
		return MaterialResponse.submitted(material,
				categories.find(material.categoryCode()).map(MaterialCategory::name).orElse(null));
	}

	@GetMapping("/api/v1/cases/{id}/materials/{materialId}/content")
	@Operation(summary = "查阅或下载材料", description = "inline=true 为在线查阅（审计为查阅），否则为下载。"
			+ "当事人请求副卷或不可见材料一律按未找到（404）处理。")
	ResponseEntity<InputStreamResource> content(@PathVariable UUID id, @PathVariable UUID materialId,
			@RequestParam(defaultValue = "false") boolean inline) {
		return FileResponses.material(
				catalogue.open(CurrentActor.require(), new CaseId(id), new MaterialId(materialId), inline), inline);
	}

	@GetMapping("/api/v1/cases/{id}/casefile/{volume}.pdf")
	@Operation(summary = "按卷导出 PDF", description = "volume 为 main（正卷）或 side（副卷，仅法院）。含封面、卷内目录、书签和页码。")
	void exportVolume(@PathVariable UUID id, @PathVariable String volume, HttpServletResponse response)
			throws IOException {
		Volume v = Volume.fromSlug(volume)
			.orElseThrow(() -> DomainException.notFound("casefile-volume-not-found",
					"problem.casefile-volume-not-found.detail"));
		FileResponses.volume(export.prepare(CurrentActor.require(), new CaseId(id), v), response);
	}
}
