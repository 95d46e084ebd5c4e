package org.smartcourt.casefile.web.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.smartcourt.casefile.internal.catalogue.CaseCatalogue;
import org.smartcourt.casefile.internal.catalogue.CourtMaterialForm;
import org.smartcourt.casefile.internal.catalogue.EvidenceForm;
import org.smartcourt.casefile.internal.catalogue.MaterialId;
import org.smartcourt.casefile.internal.catalogue.MaterialSubmissions;
import org.smartcourt.casefile.internal.catalogue.Volume;
import org.smartcourt.casefile.internal.export.VolumeExport;
import org.smartcourt.cases.CaseId;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The case file's pages: the full catalogue, the forms of the 「电子卷宗」 section (each returns to the case page with
 * a notice, or the refusal and each field's problem in Chinese), downloads and exports.
 */
@Controller
class CataloguePageController {

	private final CaseCatalogue catalogue;
	private final MaterialSubmissions submissions;
	private final VolumeExport export;
	private final CatalogueSection section;
	private final MessageSource messages;

	CataloguePageController(CaseCatalogue catalogue, MaterialSubmissions submissions, VolumeExport export,
			CatalogueSection section, MessageSource messages) {
		this.catalogue = catalogue;
		this.submissions = submissions;
		this.export = export;
		this.section = section;
		this.messages = messages;
	}

	@GetMapping("/cases/{id}/casefile")
	String page(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.require();
		var c = catalogue.read(actor, new CaseId(id));
		model.addAttribute("c", c.overview());
		model.addAttribute("sm", section.model(c, actor));
		return "casefile/catalogue/page";
	}

	@PostMapping("/cases/{id}/materials")
	String submit(@PathVariable UUID id, @RequestParam(required = false) String evidenceName,
			@RequestParam(required = false) String purpose, @RequestParam(required = false) String categoryCode,
			@RequestParam(required = false) String title, @RequestParam(defaultValue = "false") boolean forParties,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		Actor actor = CurrentActor.require();
		try (InputStream in = file == null || file.isEmpty() ? null : file.getInputStream()) {
			String name = file == null ? null : file.getOriginalFilename();
			if (actor.isStaff()) {
				submissions.uploadCourtMaterial(actor, new CaseId(id),
						new CourtMaterialForm(categoryCode, title, forParties), name, in);
			}
			else {
				submissions.submitEvidence(actor, new CaseId(id), new EvidenceForm(evidenceName, purpose), name, in);
			}
			redirect.addFlashAttribute("notice", message(actor.isStaff() ? "casefile.notice.uploaded"
					: "casefile.notice.evidence", null));
		}
		catch (DomainException ex) {
			if (ex.kind() == DomainException.Kind.NOT_FOUND) {
				throw ex;
			}
			redirect.addFlashAttribute("casefileProblems", lines(ex));
			redirect.addFlashAttribute("casefileFields", ex.fieldProblems().stream().map(f -> f.field()).toList());
		}
		return "redirect:/cases/" + id + "#casefile-heading";
	}

	@GetMapping("/cases/{id}/materials/{materialId}/content")
	ResponseEntity<InputStreamResource> content(@PathVariable UUID id, @PathVariable UUID materialId,
			@RequestParam(defaultValue = "false") boolean inline) {
		return FileResponses.material(
				catalogue.open(CurrentActor.require(), new CaseId(id), new MaterialId(materialId), inline), inline);
	}

	@GetMapping("/cases/{id}/casefile/{volume}.pdf")
	void exportVolume(@PathVariable UUID id, @PathVariable String volume, HttpServletResponse response)
			throws IOException {
		Volume v = Volume.fromSlug(volume)
			.orElseThrow(() -> DomainException.notFound("casefile-volume-not-found",
					"problem.casefile-volume-not-found.detail"));
		FileResponses.volume(export.prepare(CurrentActor.require(), new CaseId(id), v), response);
	}

	private List<String> lines(DomainException ex) {
		List<String> lines = new ArrayList<>();
		lines.add(message(ex.messageKey(), ex.args()));
		ex.fieldProblems().forEach(f -> lines.add(message(f.messageKey(), f.args().toArray())));
		return lines;
	}

	private String message(String key, Object[] args) {
		return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
	}
}
