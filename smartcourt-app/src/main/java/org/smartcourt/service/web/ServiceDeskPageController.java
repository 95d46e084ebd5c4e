package org.smartcourt.service.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.notification.Channel;
import org.smartcourt.service.internal.AddressInput;
import org.smartcourt.service.internal.ConsentBasis;
import org.smartcourt.service.internal.ElectronicService;
import org.smartcourt.service.internal.OtherServiceCommand;
import org.smartcourt.service.internal.OtherServices;
import org.smartcourt.service.internal.ProvenArrival;
import org.smartcourt.service.internal.ServeCommand;
import org.smartcourt.service.internal.ServiceAccess;
import org.smartcourt.service.internal.ServiceAddress;
import org.smartcourt.service.internal.ServiceAddresses;
import org.smartcourt.service.internal.ServiceCertificates;
import org.smartcourt.service.internal.ServiceMethod;
import org.smartcourt.service.internal.ServiceQueries;
import org.smartcourt.service.internal.ServingView;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.DomainException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clerk's 送达平台: the desk ({@code /service}) with its queues, a case's service page (documents, parties'
 * addresses and consent, the serve and other-method forms) and one service's trail with the proven-date and receipt
 * forms. A refused form comes back with its reasons above it.
 */
@Controller
class ServiceDeskPageController {

	private final ServiceQueries queries;
	private final ServiceAccess access;
	private final ServiceAddresses addresses;
	private final ElectronicService electronic;
	private final OtherServices other;
	private final ProvenArrival proven;
	private final ServiceCertificates certificates;
	private final ServicePageProblems problems;

	ServiceDeskPageController(ServiceQueries queries, ServiceAccess access, ServiceAddresses addresses,
			ElectronicService electronic, OtherServices other, ProvenArrival proven, ServiceCertificates certificates,
			ServicePageProblems problems) {
		this.queries = queries;
		this.access = access;
		this.addresses = addresses;
		this.electronic = electronic;
		this.other = other;
		this.proven = proven;
		this.certificates = certificates;
		this.problems = problems;
	}

	/** A party with its current 送达地址确认书, for the case page. */
	record PartyAddress(CaseParty party, ServiceAddress address) {
	}

	@GetMapping("/service")
	String desk(Model model) {
		model.addAttribute("desk", queries.desk(CurrentActor.require()));
		return "service/desk";
	}

	@GetMapping("/service/cases/{caseId}")
	String casePage(@PathVariable UUID caseId, Model model) {
		Actor actor = CurrentActor.require();
		CaseOverview overview = access.staffCase(actor, new CaseId(caseId));
		List<PartyAddress> parties = new ArrayList<>();
		overview.parties().forEach(p -> parties.add(new PartyAddress(p, addresses.current(overview, p.seq()).orElse(null))));
		model.addAttribute("overview", overview);
		model.addAttribute("caseNumber", overview.registration().caseNumber().format());
		model.addAttribute("parties", parties);
		model.addAttribute("documents", queries.documentsOf(overview));
		model.addAttribute("servings", queries.ofCase(overview));
		model.addAttribute("mayServe", ServiceAccess.mayServe(actor, overview));
		model.addAttribute("otherMethods", EnumSet.complementOf(EnumSet.of(ServiceMethod.ELECTRONIC)));
		model.addAttribute("bases", ConsentBasis.values());
		return "service/case";
	}

	@PostMapping("/service/cases/{caseId}/serve")
	String serve(@PathVariable UUID caseId, @RequestParam(required = false) UUID documentId,
			@RequestParam(name = "recipients", required = false) List<Integer> recipients,
			@RequestParam(name = "channels", required = false) List<Channel> channels,
			@RequestParam(required = false) String idempotencyKey, RedirectAttributes redirect) {
		try {
			electronic.serve(CurrentActor.require(), new CaseId(caseId),
					new ServeCommand(documentId, recipients == null ? List.of() : recipients,
							channels == null ? Set.of() : Set.copyOf(channels)),
					idempotencyKey);
			redirect.addFlashAttribute("done", "service.page.served");
		}
		catch (DomainException ex) {
			refused(ex, "serve", redirect);
		}
		return "redirect:/service/cases/" + caseId;
	}

	@PostMapping("/service/cases/{caseId}/other")
	String otherMethod(@PathVariable UUID caseId, @RequestParam(required = false) UUID documentId,
			@RequestParam(required = false) Integer partySeq, @RequestParam(required = false) ServiceMethod method,
			@RequestParam(required = false) String reference,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate handedOverOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate eventOn,
			@RequestParam(required = false) String witness, @RequestParam(defaultValue = "false") boolean abroad,
			@RequestParam(name = "evidence", required = false) MultipartFile evidence, RedirectAttributes redirect)
			throws IOException {
		boolean withFile = evidence != null && !evidence.isEmpty();
		try (InputStream in = withFile ? evidence.getInputStream() : null) {
			other.record(CurrentActor.require(), new CaseId(caseId), new OtherServiceCommand(documentId, partySeq, method,
					reference, handedOverOn, eventOn, witness, abroad), withFile ? evidence.getOriginalFilename() : null,
					in);
			redirect.addFlashAttribute("done", "service.page.recorded");
		}
		catch (DomainException ex) {
			refused(ex, "other", redirect);
		}
		return "redirect:/service/cases/" + caseId;
	}

	@PostMapping("/service/cases/{caseId}/address")
	String recordAddress(@PathVariable UUID caseId, @RequestParam int seq, @RequestParam(required = false) String mobile,
			@RequestParam(required = false) String email, @RequestParam(required = false) String postalAddress,
			@RequestParam(defaultValue = "false") boolean consent,
			@RequestParam(defaultValue = "false") boolean coversDecisions,
			@RequestParam(required = false) ConsentBasis basis, @RequestParam(required = false) String evidence,
			@RequestParam(name = "scan", required = false) MultipartFile scan, RedirectAttributes redirect)
			throws IOException {
		boolean withFile = scan != null && !scan.isEmpty();
		try (InputStream in = withFile ? scan.getInputStream() : null) {
			addresses.record(CurrentActor.require(), new CaseId(caseId), seq,
					new AddressInput(mobile, email, postalAddress, consent, coversDecisions, basis, evidence),
					withFile ? scan.getOriginalFilename() : null, in);
			redirect.addFlashAttribute("done", "service.page.address-recorded");
		}
		catch (DomainException ex) {
			refused(ex, "address", redirect);
		}
		return "redirect:/service/cases/" + caseId;
	}

	@GetMapping("/service/servings/{id}")
	String serving(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.require();
		ServingView view = queries.view(actor, id);
		if (!actor.isStaff()) {
			return "redirect:/my/documents/" + id;
		}
		model.addAttribute("v", view);
		model.addAttribute("ledgerIndex", certificates.ledgerIndexOf(view.serving()).orElse(null));
		return "service/serving";
	}

	@PostMapping("/service/servings/{id}/proven")
	String provenDate(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate provenOn,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			proven.record(CurrentActor.require(), id, provenOn, reason);
			redirect.addFlashAttribute("done", "service.page.recorded");
		}
		catch (DomainException ex) {
			refused(ex, "proven", redirect);
		}
		return "redirect:/service/servings/" + id;
	}

	@PostMapping("/service/servings/{id}/complete")
	String complete(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate eventOn,
			RedirectAttributes redirect) {
		try {
			other.complete(CurrentActor.require(), id, eventOn, null, null);
			redirect.addFlashAttribute("done", "service.page.recorded");
		}
		catch (DomainException ex) {
			refused(ex, "complete", redirect);
		}
		return "redirect:/service/servings/" + id;
	}

	@GetMapping("/service/servings/{id}/certificate.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable UUID id) {
		return PdfResponses.certificate(certificates.certificate(CurrentActor.require(), id));
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
