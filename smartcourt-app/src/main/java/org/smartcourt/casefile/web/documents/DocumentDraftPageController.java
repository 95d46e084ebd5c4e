package org.smartcourt.casefile.web.documents;

import java.util.List;
import java.util.UUID;

import org.smartcourt.casefile.internal.documents.DocumentDraft;
import org.smartcourt.casefile.internal.documents.DocumentDrafts;
import org.smartcourt.casefile.internal.documents.DocumentRendering;
import org.smartcourt.casefile.internal.documents.DraftAccess;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.DomainException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The draft pages: a draft is started from the case page's 「文书制作」 section, edited as Markdown on its own page
 * with a PDF preview of the text as typed, and issued from there. A refusal is shown above the form, keeping the text
 * that was typed.
 */
@Controller
class DocumentDraftPageController {

	private static final String PAGE = "casefile/documents/draft";

	private final DocumentDrafts drafts;
	private final DraftAccess access;
	private final DocumentRendering rendering;
	private final PageTexts texts;

	DocumentDraftPageController(DocumentDrafts drafts, DraftAccess access, DocumentRendering rendering,
			PageTexts texts) {
		this.drafts = drafts;
		this.access = access;
		this.rendering = rendering;
		this.texts = texts;
	}

	@PostMapping("/cases/{caseId}/document-drafts")
	String create(@PathVariable UUID caseId, @RequestParam(required = false) String template,
			@RequestParam(required = false) Integer addresseeSeq, RedirectAttributes redirect) {
		try {
			DocumentDraft draft = drafts.create(CurrentActor.require(), new CaseId(caseId), template, addresseeSeq);
			redirect.addFlashAttribute("notice", texts.text("casefile.documents.notice.created"));
			return "redirect:/cases/" + caseId + "/document-drafts/" + draft.id();
		}
		catch (DomainException ex) {
			if (ex.kind() == DomainException.Kind.NOT_FOUND) {
				throw ex;
			}
			redirect.addFlashAttribute("draftProblems", texts.problems(ex));
			return "redirect:/cases/" + caseId + "#drafts-heading";
		}
	}

	@GetMapping("/cases/{caseId}/document-drafts/{id}")
	String page(@PathVariable UUID caseId, @PathVariable UUID id, Model model) {
		DocumentDraft draft = draftOf(caseId, id);
		return page(model, draft, draft.body(), List.of());
	}

	@PostMapping("/cases/{caseId}/document-drafts/{id}")
	String save(@PathVariable UUID caseId, @PathVariable UUID id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String body, Model model, RedirectAttributes redirect) {
		DocumentDraft draft = draftOf(caseId, id);
		try {
			drafts.edit(CurrentActor.require(), id, version == null ? -1 : version, body);
		}
		catch (DomainException ex) {
			return page(model, draft, body, texts.problems(ex));
		}
		redirect.addFlashAttribute("notice", texts.text("casefile.documents.notice.saved"));
		return "redirect:/cases/" + caseId + "/document-drafts/" + id;
	}

	/** The text as typed (not yet saved), typeset: the editor's preview. */
	@PostMapping("/cases/{caseId}/document-drafts/{id}/preview")
	ResponseEntity<byte[]> previewTyped(@PathVariable UUID caseId, @PathVariable UUID id,
			@RequestParam(required = false) String body) {
		DocumentDraft draft = draftOf(caseId, id);
		return Pdf.inline(draft.title() + ".pdf",
				body == null ? drafts.preview(CurrentActor.require(), id) : rendering.pdf(draft.title(), body, null));
	}

	@GetMapping("/cases/{caseId}/document-drafts/{id}/preview")
	ResponseEntity<byte[]> preview(@PathVariable UUID caseId, @PathVariable UUID id) {
		DocumentDraft draft = draftOf(caseId, id);
		return Pdf.inline(draft.title() + ".pdf", drafts.preview(CurrentActor.require(), id));
	}

	@PostMapping("/cases/{caseId}/document-drafts/{id}/issue")
	String issue(@PathVariable UUID caseId, @PathVariable UUID id, @RequestParam(required = false) Integer version,
			@RequestParam(defaultValue = "false") boolean seal, @RequestParam(defaultValue = "false") boolean deliver,
			Model model, RedirectAttributes redirect) {
		DocumentDraft draft = draftOf(caseId, id);
		try {
			drafts.issue(CurrentActor.require(), id, version == null ? -1 : version, seal, deliver);
		}
		catch (DomainException ex) {
			if (ex.kind() == DomainException.Kind.NOT_FOUND) {
				throw ex;
			}
			return page(model, draft, draft.body(), texts.problems(ex));
		}
		redirect.addFlashAttribute("notice", texts.text("casefile.documents.notice.issued"));
		return "redirect:/cases/" + caseId + "/document-drafts/" + id;
	}

	private String page(Model model, DocumentDraft draft, String body, List<String> problems) {
		Actor actor = CurrentActor.require();
		CaseOverview overview = access.teamCase(actor, draft.caseId());
		model.addAttribute("d", draft);
		model.addAttribute("c", overview);
		model.addAttribute("body", body);
		model.addAttribute("problems", problems);
		model.addAttribute("maySeal", DraftAccess.inTeam(actor, overview, DraftAccess.SEALERS));
		model.addAttribute("addressee", overview.parties()
			.stream()
			.filter(p -> draft.addresseeSeq() != null && p.seq() == draft.addresseeSeq())
			.findFirst()
			.orElse(null));
		return PAGE;
	}

	/** The draft, if it belongs to the case in the URL (otherwise: not found). */
	private DocumentDraft draftOf(UUID caseId, UUID id) {
		DocumentDraft draft = drafts.get(CurrentActor.require(), id);
		if (!draft.caseId().value().equals(caseId)) {
			throw DomainException.notFound("document-draft-not-found", "problem.document-draft-not-found.detail",
					id.toString());
		}
		return draft;
	}
}
