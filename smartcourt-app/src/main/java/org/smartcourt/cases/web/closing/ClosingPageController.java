package org.smartcourt.cases.web.closing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.internal.closing.CaseArchiving;
import org.smartcourt.cases.internal.closing.CaseClosing;
import org.smartcourt.cases.internal.closing.CaseDocuments;
import org.smartcourt.cases.internal.closing.CaseLinking;
import org.smartcourt.cases.internal.closing.DocumentKind;
import org.smartcourt.cases.internal.closing.LinkKind;
import org.smartcourt.cases.internal.closing.NewDocument;
import org.smartcourt.cases.internal.closing.PronouncementMode;
import org.smartcourt.cases.internal.closing.ServiceMethod;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.DomainException;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the 「文书与送达」, 「关联案件」 and 「结案与归档」 sections. Each runs one command and returns to the
 * case page: with a notice when done, or with the refusal and its items listed in the section the form belongs to.
 */
@Controller
class ClosingPageController {

	private final CaseDocuments documents;
	private final CaseClosing closing;
	private final CaseArchiving archiving;
	private final CaseLinking linking;
	private final ProblemTexts texts;

	ClosingPageController(CaseDocuments documents, CaseClosing closing, CaseArchiving archiving, CaseLinking linking,
			ProblemTexts texts) {
		this.documents = documents;
		this.closing = closing;
		this.archiving = archiving;
		this.linking = linking;
		this.texts = texts;
	}

	@PostMapping("/cases/{id}/documents")
	String recordDocument(@PathVariable UUID id, @RequestParam(required = false) DocumentKind kind,
			@RequestParam(required = false) String number, @RequestParam(required = false) String title,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
			@RequestParam(required = false) Audience visibility,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		boolean withFile = file != null && !file.isEmpty();
		try (InputStream in = withFile ? file.getInputStream() : null) {
			return run(id, "documents", "closing.notice.document", redirect,
					() -> documents.record(CurrentActor.require(), new CaseId(id),
							new NewDocument(kind, number, title, signedOn, visibility),
							withFile ? file.getOriginalFilename() : null, in));
		}
	}

	@PostMapping("/cases/{id}/documents/{documentId}/service")
	String serve(@PathVariable UUID id, @PathVariable UUID documentId,
			@RequestParam(required = false) Integer partySeq, @RequestParam(required = false) ServiceMethod method,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate countedOn,
			RedirectAttributes redirect) {
		return run(id, "documents", "closing.notice.service", redirect, () -> documents
			.serve(CurrentActor.require(), new CaseId(id), documentId, partySeq, method, countedOn));
	}

	@GetMapping("/cases/{id}/documents/{documentId}/file")
	ResponseEntity<InputStreamResource> download(@PathVariable UUID id, @PathVariable UUID documentId) {
		return DocumentDownload.of(documents.open(CurrentActor.require(), new CaseId(id), documentId));
	}

	@PostMapping("/cases/{id}/pronouncement")
	String pronounce(@PathVariable UUID id, @RequestParam(required = false) UUID documentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate pronouncedOn,
			@RequestParam(required = false) PronouncementMode mode, RedirectAttributes redirect) {
		return run(id, "closing", "closing.notice.pronounced", redirect,
				() -> closing.pronounce(CurrentActor.require(), new CaseId(id), documentId, pronouncedOn, mode));
	}

	@PostMapping("/cases/{id}/closing")
	String close(@PathVariable UUID id, @RequestParam(required = false) String method,
			@RequestParam(required = false) String amountYuan, RedirectAttributes redirect) {
		return run(id, "closing", "closing.notice.closed", redirect,
				() -> closing.close(CurrentActor.require(), new CaseId(id), method, fen(amountYuan)));
	}

	@PostMapping("/cases/{id}/archive")
	String archive(@PathVariable UUID id, RedirectAttributes redirect) {
		return run(id, "closing", "closing.notice.archived", redirect,
				() -> archiving.archive(CurrentActor.require(), new CaseId(id)));
	}

	@PostMapping("/cases/{id}/archive/notes")
	String note(@PathVariable UUID id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		return run(id, "closing", "closing.notice.note", redirect,
				() -> archiving.addNote(CurrentActor.require(), new CaseId(id), note));
	}

	@PostMapping("/cases/{id}/links")
	String link(@PathVariable UUID id, @RequestParam(required = false) String caseNumber,
			@RequestParam(required = false) LinkKind kind, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return run(id, "links", "closing.notice.linked", redirect,
				() -> linking.link(CurrentActor.require(), new CaseId(id), caseNumber, kind, note));
	}

	private String run(UUID id, String section, String noticeKey, RedirectAttributes redirect, Runnable command) {
		try {
			command.run();
			redirect.addFlashAttribute("notice", texts.message(noticeKey));
		}
		catch (DomainException ex) {
			if (ex.kind() == DomainException.Kind.NOT_FOUND) {
				throw ex;
			}
			redirect.addFlashAttribute("closingProblems", new SectionProblems(section, texts.of(ex)));
		}
		return "redirect:/cases/" + id + "#" + section + "-heading";
	}

	/** An amount in 元 as typed (e.g. 12000 or 12000.50) in fen; blank for none; a malformed one is refused. */
	private static Long fen(String yuan) {
		if (yuan == null || yuan.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(yuan.strip()).movePointRight(2).longValueExact();
		}
		catch (ArithmeticException | NumberFormatException ex) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail",
					List.of(new DomainException.FieldProblem("amountYuan", "invalid", "validation.closing.amount")));
		}
	}

	/** A refusal shown in one section: its detail first, then each item. */
	record SectionProblems(String section, List<String> lines) implements java.io.Serializable {
	}
}
