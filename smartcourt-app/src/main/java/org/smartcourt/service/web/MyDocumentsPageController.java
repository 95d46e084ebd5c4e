package org.smartcourt.service.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.Cases;
import org.smartcourt.service.internal.ActingAccounts;
import org.smartcourt.service.internal.AddressInput;
import org.smartcourt.service.internal.RecipientActions;
import org.smartcourt.service.internal.ServiceAccess;
import org.smartcourt.service.internal.ServiceAddress;
import org.smartcourt.service.internal.ServiceAddresses;
import org.smartcourt.service.internal.ServiceCertificates;
import org.smartcourt.service.internal.ServiceQueries;
import org.smartcourt.service.internal.ServingView;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.DomainException;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 我的文书 for litigants and lawyers, laid out for a phone: the documents served on them or the party they act for,
 * each with download, 收悉, paper request and the 电子送达凭证; the 送达地址确认书 they confirm on the portal; and the
 * link {@code /s/<token>} of an SMS or e-mail, which records 已阅知 once they are signed in and opens the document.
 */
@Controller
class MyDocumentsPageController {

	private final ServiceQueries queries;
	private final RecipientActions recipient;
	private final ServiceCertificates certificates;
	private final ServiceAddresses addresses;
	private final ServiceAccess access;
	private final Cases cases;
	private final ServicePageProblems problems;

	MyDocumentsPageController(ServiceQueries queries, RecipientActions recipient, ServiceCertificates certificates,
			ServiceAddresses addresses, ServiceAccess access, Cases cases, ServicePageProblems problems) {
		this.queries = queries;
		this.recipient = recipient;
		this.certificates = certificates;
		this.addresses = addresses;
		this.access = access;
		this.cases = cases;
		this.problems = problems;
	}

	/** A party the reader acts for, with its current confirmation, for the address links. */
	record MyParty(CaseId caseId, String caseNumber, CaseParty party, ServiceAddress address) {
	}

	@GetMapping("/my/documents")
	String mine(Model model) {
		Actor actor = CurrentActor.require();
		model.addAttribute("servings", queries.mine(actor));
		List<MyParty> parties = new ArrayList<>();
		for (CaseOverview overview : cases.casesOfParty(actor)) {
			overview.parties()
				.stream()
				.filter(p -> new ActingAccounts(overview, p).includes(actor.username()))
				.forEach(p -> parties.add(new MyParty(overview.id(), overview.registration().caseNumber().format(), p,
						addresses.current(overview, p.seq()).orElse(null))));
		}
		model.addAttribute("parties", parties);
		return "service/mine";
	}

	@GetMapping("/my/documents/{id}")
	String document(@PathVariable UUID id, Model model) {
		ServingView view = queries.view(CurrentActor.require(), id);
		model.addAttribute("v", view);
		model.addAttribute("ledgerIndex", certificates.ledgerIndexOf(view.serving()).orElse(null));
		return "service/my-document";
	}

	@GetMapping("/s/{token}")
	String link(@PathVariable String token) {
		return "redirect:/my/documents/" + recipient.open(CurrentActor.require(), token).servingId();
	}

	@PostMapping("/my/documents/{id}/acknowledge")
	String acknowledge(@PathVariable UUID id, RedirectAttributes redirect) {
		recipient.acknowledge(CurrentActor.require(), id);
		redirect.addFlashAttribute("done", "service.my.acknowledged");
		return "redirect:/my/documents/" + id;
	}

	@PostMapping("/my/documents/{id}/paper")
	String paper(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			recipient.requestPaper(CurrentActor.require(), id);
			redirect.addFlashAttribute("done", "service.my.paper-requested");
		}
		catch (DomainException ex) {
			refused(ex, "paper", redirect);
		}
		return "redirect:/my/documents/" + id;
	}

	@GetMapping("/my/documents/{id}/file")
	ResponseEntity<InputStreamResource> file(@PathVariable UUID id) {
		return PdfResponses.document(recipient.document(CurrentActor.require(), id));
	}

	@GetMapping("/my/documents/{id}/certificate.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable UUID id) {
		return PdfResponses.certificate(certificates.certificate(CurrentActor.require(), id));
	}

	@GetMapping("/my/cases/{caseId}/parties/{seq}/address")
	String addressForm(@PathVariable UUID caseId, @PathVariable int seq, Model model) {
		Actor actor = CurrentActor.require();
		ActingAccounts acting = access.partyOf(actor, new CaseId(caseId), seq);
		model.addAttribute("caseId", caseId);
		model.addAttribute("caseNumber", acting.overview().registration().caseNumber().format());
		model.addAttribute("party", acting.party());
		model.addAttribute("current", addresses.current(acting.overview(), seq).orElse(null));
		model.addAttribute("history", addresses.history(actor, new CaseId(caseId), seq));
		return "service/address";
	}

	@PostMapping("/my/cases/{caseId}/parties/{seq}/address")
	String confirmAddress(@PathVariable UUID caseId, @PathVariable int seq, @RequestParam(required = false) String mobile,
			@RequestParam(required = false) String email, @RequestParam(required = false) String postalAddress,
			@RequestParam(defaultValue = "false") boolean consent,
			@RequestParam(defaultValue = "false") boolean coversDecisions, RedirectAttributes redirect) {
		try {
			addresses.confirm(CurrentActor.require(), new CaseId(caseId), seq,
					new AddressInput(mobile, email, postalAddress, consent, coversDecisions, null, null));
			redirect.addFlashAttribute("done", "service.address.confirmed");
		}
		catch (DomainException ex) {
			refused(ex, "address", redirect);
		}
		return "redirect:/my/cases/" + caseId + "/parties/" + seq + "/address";
	}

	private void refused(DomainException ex, String form, RedirectAttributes redirect) {
		if (ex.kind() == DomainException.Kind.NOT_FOUND || ex.kind() == DomainException.Kind.FORBIDDEN) {
			throw ex;
		}
		Map<String, Object> refusal = new LinkedHashMap<>();
		refusal.put("form", form);
		refusal.put("lines", problems.lines(ex));
		redirect.addFlashAttribute("refusal", refusal);
	}
}
