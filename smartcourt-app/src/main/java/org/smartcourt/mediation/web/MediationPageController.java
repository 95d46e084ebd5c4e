package org.smartcourt.mediation.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.smartcourt.mediation.EndingGround;
import org.smartcourt.mediation.MediationId;
import org.smartcourt.mediation.Specialty;
import org.smartcourt.mediation.Track;
import org.smartcourt.mediation.internal.Diversions;
import org.smartcourt.mediation.internal.JudicialConfirmation;
import org.smartcourt.mediation.internal.MediationConduct;
import org.smartcourt.mediation.internal.MediationDetail;
import org.smartcourt.mediation.internal.MediationStatistics;
import org.smartcourt.mediation.internal.Mediations;
import org.smartcourt.mediation.internal.MediationRoster;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.storage.FileStore;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
 * The screens of 分调裁审: the diversion desk and the court's mediations (filing clerks), the mediator workbench, a
 * mediation's page for the clerk and the mediator, the parties' mediation room on the portal, statistics and the
 * roster.
 */
@Controller
class MediationPageController {

	private final Diversions diversions;
	private final Mediations mediations;
	private final MediationConduct conduct;
	private final JudicialConfirmation confirmation;
	private final MediationRoster roster;
	private final MediationStatistics statistics;
	private final MediationViews views;
	private final FileStore files;
	private final PageProblems problems;
	private final Clock clock;

	MediationPageController(Diversions diversions, Mediations mediations, MediationConduct conduct,
			JudicialConfirmation confirmation, MediationRoster roster, MediationStatistics statistics, MediationViews views,
			FileStore files, PageProblems problems, Clock clock) {
		this.diversions = diversions;
		this.mediations = mediations;
		this.conduct = conduct;
		this.confirmation = confirmation;
		this.roster = roster;
		this.statistics = statistics;
		this.views = views;
		this.files = files;
		this.problems = problems;
		this.clock = clock;
	}

	@GetMapping("/mediation/diversion")
	String desk(Model model) {
		Actor clerk = CurrentActor.require();
		model.addAttribute("diversions", diversions.desk(clerk));
		model.addAttribute("mediations", mediations.ofCourt(clerk).stream().map(views::of).toList());
		model.addAttribute("tracks", Track.values());
		return "mediation/diversion";
	}

	@PostMapping("/mediation/diversion/{id}/decision")
	String decide(@PathVariable UUID id, @RequestParam(required = false) Track track,
			@RequestParam(required = false) String reason,
			@RequestParam(defaultValue = "false") boolean applicantConsents,
			@RequestParam(required = false) String respondentUsername, RedirectAttributes flash) {
		return problems.run(() -> diversions.decide(CurrentActor.require(), id, track, reason, applicantConsents,
				respondentUsername), "/mediation/diversion", "mediation.done.diverted", flash);
	}

	@PostMapping("/mediation/diversion/{id}/reroute")
	String reroute(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean foreign,
			@RequestParam(defaultValue = "false") boolean whereaboutsUnknown,
			@RequestParam(defaultValue = "false") boolean counterclaim,
			@RequestParam(defaultValue = "false") boolean needsAppraisal,
			@RequestParam(defaultValue = "false") boolean personalOrOwnership,
			@RequestParam(defaultValue = "false") boolean mediationRefused, RedirectAttributes flash) {
		return problems.run(() -> diversions.reroute(CurrentActor.require(), id, new Diversions.Factors(foreign,
				whereaboutsUnknown, counterclaim, needsAppraisal, personalOrOwnership, mediationRefused)),
				"/mediation/diversion", "mediation.done.rerouted", flash);
	}

	@PostMapping("/mediation/cases/{caseId}/entrust")
	String entrust(@PathVariable UUID caseId, RedirectAttributes flash) {
		return problems.run(() -> mediations.entrust(CurrentActor.require(), new org.smartcourt.cases.CaseId(caseId)),
				"/cases/" + caseId, "mediation.done.entrusted", flash);
	}

	@GetMapping("/mediation/workbench")
	String workbench(Model model) {
		model.addAttribute("mediations", mediations.ofMediator(CurrentActor.require()).stream().map(views::of).toList());
		return "mediation/workbench";
	}

	@GetMapping("/mediation/{id}")
	String detail(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.require();
		MediationDetail m = mediations.view(actor, new MediationId(id));
		MediationView view = views.of(m);
		if (view.viewer().equals("PARTY")) {
			return "redirect:/my/mediation/" + id;
		}
		model.addAttribute("v", view);
		model.addAttribute("m", m);
		model.addAttribute("mediators", roster.mediators(m.courtId()).stream()
			.filter(x -> x.availableOn(LocalDate.now(clock)))
			.toList());
		model.addAttribute("grounds", EndingGround.values());
		return "mediation/detail";
	}

	@PostMapping("/mediation/{id}/designation")
	String designate(@PathVariable UUID id, @RequestParam(required = false) UUID mediatorId, RedirectAttributes flash) {
		return problems.run(() -> mediations.designate(CurrentActor.require(), new MediationId(id), mediatorId),
				"/mediation/" + id, "mediation.done.designated", flash);
	}

	@PostMapping("/mediation/{id}/acceptance")
	String answer(@PathVariable UUID id, @RequestParam boolean accept, @RequestParam(required = false) String reason,
			RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		MediationId mid = new MediationId(id);
		String back = accept ? "/mediation/" + id : "/mediation/workbench";
		return problems.run(() -> {
			if (accept) {
				mediations.accept(actor, mid);
			}
			else {
				mediations.decline(actor, mid, reason);
			}
		}, back, accept ? "mediation.done.accepted" : "mediation.done.declined", flash);
	}

	@PostMapping("/mediation/{id}/records")
	String record(@PathVariable UUID id, @RequestParam(required = false) String text, RedirectAttributes flash) {
		return problems.run(() -> conduct.addRecord(CurrentActor.require(), new MediationId(id), text),
				"/mediation/" + id, "mediation.done.recorded", flash);
	}

	@PostMapping("/mediation/{id}/sessions")
	String session(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime at,
			@RequestParam(required = false) String link, @RequestParam(required = false) String note,
			RedirectAttributes flash) {
		return problems.run(() -> conduct.scheduleSession(CurrentActor.require(), new MediationId(id), at, link, note),
				"/mediation/" + id, "mediation.done.session-scheduled", flash);
	}

	@PostMapping("/mediation/{id}/extensions")
	String extend(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			@RequestParam(required = false) String reason, RedirectAttributes flash) {
		return problems.run(() -> conduct.proposeExtension(CurrentActor.require(), new MediationId(id), until, reason),
				"/mediation/" + id, "mediation.done.extension-proposed", flash);
	}

	@PostMapping("/mediation/{id}/extensions/written-consent")
	String writtenConsent(@PathVariable UUID id, @RequestParam int partySeq,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes flash) throws IOException {
		InputStream in = file == null || file.isEmpty() ? null : file.getInputStream();
		String name = file == null ? null : file.getOriginalFilename();
		return problems.run(() -> conduct.recordWrittenConsent(CurrentActor.require(), new MediationId(id), partySeq,
				name, in), "/mediation/" + id, "mediation.done.written-consent", flash);
	}

	@PostMapping("/mediation/{id}/agreement")
	String agreement(@PathVariable UUID id, @RequestParam(required = false) String markdown, RedirectAttributes flash) {
		return problems.run(() -> conduct.proposeAgreement(CurrentActor.require(), new MediationId(id), markdown),
				"/mediation/" + id, "mediation.done.agreement-proposed", flash);
	}

	@PostMapping("/mediation/{id}/ending")
	String end(@PathVariable UUID id, @RequestParam(required = false) EndingGround ground,
			@RequestParam(required = false) String note, RedirectAttributes flash) {
		return problems.run(() -> conduct.end(CurrentActor.require(), new MediationId(id), ground, note),
				"/mediation/" + id, "mediation.done.ended", flash);
	}

	@GetMapping("/mediation/{id}/agreement/{sha}.pdf")
	ResponseEntity<InputStreamResource> agreementPdf(@PathVariable UUID id, @PathVariable String sha) {
		MediationDetail m = mediations.view(CurrentActor.require(), new MediationId(id));
		if (m.agreements().stream().noneMatch(a -> a.pdfSha256().equals(sha))) {
			throw DomainException.notFound("mediation-not-found", "problem.mediation-not-found.detail");
		}
		InputStream in = files.open(sha)
			.orElseThrow(() -> DomainException.notFound("mediation-not-found", "problem.mediation-not-found.detail"));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("调解协议.pdf", java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.body(new InputStreamResource(in));
	}

	@GetMapping("/my/mediation")
	String mine(Model model) {
		model.addAttribute("mediations", mediations.ofParty(CurrentActor.require()).stream().map(views::of).toList());
		return "mediation/mine";
	}

	@GetMapping("/my/mediation/{id}")
	String room(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.require();
		MediationDetail m = mediations.view(actor, new MediationId(id));
		MediationView view = views.of(m);
		if (!view.viewer().equals("PARTY")) {
			return "redirect:/mediation/" + id;
		}
		model.addAttribute("v", view);
		model.addAttribute("m", m);
		MediationDetail.Party me = m.partyOf(actor.username()).orElseThrow();
		model.addAttribute("myParty", me);
		model.addAttribute("choiceOpen", !LocalDate.now(clock).isAfter(m.choiceDue()));
		model.addAttribute("consented", m.pendingExtension()
			.map(e -> e.consents().stream().anyMatch(c -> c.partySeq() == me.seq()))
			.orElse(false));
		model.addAttribute("mediators", roster.mediators(m.courtId()).stream()
			.filter(x -> x.availableOn(LocalDate.now(clock)))
			.toList());
		return "mediation/room";
	}

	@PostMapping("/my/mediation/{id}/confirm")
	String confirm(@PathVariable UUID id, @RequestParam(required = false) String password, RedirectAttributes flash) {
		return problems.run(() -> conduct.confirmAgreement(CurrentActor.require(), new MediationId(id), password),
				"/my/mediation/" + id, "mediation.done.agreement-confirmed", flash);
	}

	@PostMapping("/my/mediation/{id}/refuse")
	String refuse(@PathVariable UUID id, RedirectAttributes flash) {
		return problems.run(() -> conduct.refuseAgreement(CurrentActor.require(), new MediationId(id)),
				"/my/mediation/" + id, "mediation.done.agreement-refused", flash);
	}

	@PostMapping("/my/mediation/{id}/consent")
	String consent(@PathVariable UUID id, RedirectAttributes flash) {
		return problems.run(() -> conduct.consentOnline(CurrentActor.require(), new MediationId(id)),
				"/my/mediation/" + id, "mediation.done.extension-consented", flash);
	}

	@PostMapping("/my/mediation/{id}/submission")
	String submission(@PathVariable UUID id, @RequestParam(required = false) String text, RedirectAttributes flash) {
		return problems.run(() -> conduct.addRecord(CurrentActor.require(), new MediationId(id), text),
				"/my/mediation/" + id, "mediation.done.submitted", flash);
	}

	@PostMapping("/my/mediation/{id}/choice")
	String choose(@PathVariable UUID id, @RequestParam(required = false) UUID mediatorId, RedirectAttributes flash) {
		return problems.run(() -> mediations.choose(CurrentActor.require(), new MediationId(id), mediatorId),
				"/my/mediation/" + id, "mediation.done.choice-submitted", flash);
	}

	@PostMapping("/my/mediation/{id}/judicial-confirmation")
	String applyForConfirmation(@PathVariable UUID id,
			@RequestParam(required = false) JudicialConfirmation.Document document, RedirectAttributes flash) {
		return problems.run(() -> confirmation.apply(CurrentActor.require(), new MediationId(id), document),
				"/my/mediation/" + id, "mediation.done.confirmation-applied", flash);
	}

	@GetMapping("/mediation/statistics")
	String statistics(Model model) {
		Actor actor = CurrentActor.require();
		List<MediationStatistics.Row> orgs = statistics.byOrganization(actor);
		model.addAttribute("byOrganization", orgs);
		model.addAttribute("byCause", statistics.byCause(actor));
		model.addAttribute("total", MediationStatistics.total(orgs));
		return "mediation/statistics";
	}

	@GetMapping("/mediation/roster")
	String roster(Model model) {
		Actor actor = CurrentActor.require();
		if (!actor.isStaff()) {
			throw DomainException.forbidden("forbidden", "problem.forbidden.detail");
		}
		model.addAttribute("organizations", roster.organizations(actor.court().value()));
		model.addAttribute("mediators", roster.mediators(actor.court().value()));
		model.addAttribute("specialties", Specialty.values());
		model.addAttribute("today", LocalDate.now(clock));
		return "mediation/roster";
	}

	@PostMapping("/mediation/roster/organizations")
	String addOrganization(@RequestParam(required = false) String name,
			@RequestParam(required = false) List<Specialty> specialties, RedirectAttributes flash) {
		return problems.run(() -> roster.addOrganization(CurrentActor.require(), name, specialties),
				"/mediation/roster", "mediation.done.roster-added", flash);
	}

	@PostMapping("/mediation/roster/mediators")
	String addMediator(@RequestParam(required = false) UUID organizationId, @RequestParam(required = false) String name,
			@RequestParam(required = false) String username,
			@RequestParam(required = false) List<Specialty> specialties, RedirectAttributes flash) {
		return problems.run(() -> roster.addMediator(CurrentActor.require(), organizationId, name, username,
				specialties), "/mediation/roster", "mediation.done.roster-added", flash);
	}

	@PostMapping("/mediation/roster/mediators/{id}/availability")
	String availability(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean active,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate onLeaveUntil,
			RedirectAttributes flash) {
		return problems.run(() -> roster.setAvailability(CurrentActor.require(), id, active, onLeaveUntil),
				"/mediation/roster", "mediation.done.roster-updated", flash);
	}
}
