package org.smartcourt.casefile.web.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.smartcourt.casefile.internal.documents.CourtSeals;
import org.smartcourt.casefile.internal.documents.DocumentTemplate;
import org.smartcourt.casefile.internal.documents.DocumentTemplates;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.DomainException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 技术处 administrator's pages: the document templates with their versions, editing (a new version each save,
 * tried on the sample case first), a PDF preview of the text as typed, and the court's 院印.
 */
@Controller
@PreAuthorize("hasRole('IT_ADMIN')")
class DocumentTemplatePageController {

	private final DocumentTemplates templates;
	private final CourtSeals seals;
	private final PageTexts texts;

	DocumentTemplatePageController(DocumentTemplates templates, CourtSeals seals, PageTexts texts) {
		this.templates = templates;
		this.seals = seals;
		this.texts = texts;
	}

	@GetMapping("/admin/document-templates")
	String list(Model model) {
		Actor actor = CurrentActor.require();
		model.addAttribute("templates", templates.list(actor));
		model.addAttribute("seal", seals.info(actor.court()).orElse(null));
		return "casefile/documents/templates";
	}

	@GetMapping("/admin/document-templates/{code}")
	String edit(@PathVariable String code, @RequestParam(required = false) Integer version, Model model) {
		Actor actor = CurrentActor.require();
		List<DocumentTemplate> versions = templates.versions(actor, code);
		if (versions.isEmpty()) {
			throw DomainException.notFound("document-template-not-found", "problem.document-template-not-found.detail",
					code);
		}
		DocumentTemplate shown = version == null ? versions.get(0) : templates.version(actor, code, version);
		return form(model, code, versions, shown, shown.title(), shown.body(), List.of());
	}

	@PostMapping("/admin/document-templates/{code}")
	String save(@PathVariable String code, @RequestParam(required = false) String title,
			@RequestParam(required = false) String body, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		try {
			DocumentTemplate saved = templates.save(actor, code, title, body);
			redirect.addFlashAttribute("notice", texts.text("casefile.documents.notice.template-saved", saved.version()));
			return "redirect:/admin/document-templates/" + code;
		}
		catch (DomainException ex) {
			if (ex.kind() != DomainException.Kind.INVALID_INPUT) {
				throw ex;
			}
			List<DocumentTemplate> versions = templates.versions(actor, code);
			return form(model, code, versions, versions.get(0), title, body, texts.problems(ex));
		}
	}

	@PostMapping("/admin/document-templates/{code}/preview")
	ResponseEntity<byte[]> preview(@PathVariable String code, @RequestParam(required = false) String body) {
		return Pdf.inline(code + ".pdf", templates.preview(CurrentActor.require(), code, body));
	}

	@GetMapping("/admin/court-seal/image")
	ResponseEntity<byte[]> sealImage() {
		Actor actor = CurrentActor.require();
		return seals.imageForAdmin(actor, actor.court())
			.map(png -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore()).body(png))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	@PostMapping("/admin/court-seal")
	String uploadSeal(@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		Actor actor = CurrentActor.require();
		try (InputStream in = file == null || file.isEmpty() ? null : file.getInputStream()) {
			seals.set(actor, actor.court(), file == null ? null : file.getOriginalFilename(), in);
			redirect.addFlashAttribute("notice", texts.text("casefile.documents.notice.seal-set"));
		}
		catch (DomainException ex) {
			if (ex.kind() != DomainException.Kind.INVALID_INPUT) {
				throw ex;
			}
			redirect.addFlashAttribute("sealProblems", texts.problems(ex));
		}
		return "redirect:/admin/document-templates#seal-heading";
	}

	private String form(Model model, String code, List<DocumentTemplate> versions, DocumentTemplate shown, String title,
			String body, List<String> problems) {
		model.addAttribute("code", code);
		model.addAttribute("versions", versions);
		model.addAttribute("shown", shown);
		model.addAttribute("title", title);
		model.addAttribute("body", body);
		model.addAttribute("problems", problems);
		return "casefile/documents/template-form";
	}
}
