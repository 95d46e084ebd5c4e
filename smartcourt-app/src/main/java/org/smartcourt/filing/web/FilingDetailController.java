package org.smartcourt.filing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.smartcourt.fees.FeePaymentId;
import org.smartcourt.fees.FeePayments;
import org.smartcourt.filing.Filing;
import org.smartcourt.filing.FilingId;
import org.smartcourt.filing.FilingStatus;
import org.smartcourt.filing.internal.FilingApplications;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One filing application with its status trail, for the filer and for the staff of both courts; filing clerks of the
 * court concerned also get their decision or forwarding forms on it.
 */
@Controller
class FilingDetailController {

	private final FilingApplications applications;
	private final FilingPageModel pages;
	private final FeePayments payments;
	private final Clock clock;

	FilingDetailController(FilingApplications applications, FilingPageModel pages, FeePayments payments,
			Clock clock) {
		this.applications = applications;
		this.pages = pages;
		this.payments = payments;
		this.clock = clock;
	}

	@GetMapping("/filings/{id}")
	String detail(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.require();
		Filing filing = applications.read(actor, new FilingId(id));
		model.addAttribute("filing", filing);
		model.addAttribute("trail", applications.trail(actor, filing.id()));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("isFiler", filing.filer().equals(actor.id()));
		boolean clerk = actor.is(Role.FILING_CLERK);
		model.addAttribute("canDecide", clerk && filing.status() == FilingStatus.SUBMITTED
				&& actor.court().value().equals(filing.content().targetCourt()));
		model.addAttribute("canForward", clerk && filing.status() == FilingStatus.AWAITING_FORWARD
				&& actor.court().value().equals(filing.content().receivingCourt()));
		model.addAttribute("fee", applications.fee(filing).orElse(null));
		model.addAttribute("payment", filing.decision()
			.map(d -> d.feePaymentId())
			.map(paymentId -> payments.get(actor, new FeePaymentId(UUID.fromString(paymentId))))
			.orElse(null));
		model.addAttribute("targetCourtName", pages.courtName(filing.content().targetCourt()));
		model.addAttribute("receivingCourtName", pages.courtName(filing.content().receivingCourt()));
		pages.addChoices(model);
		return "filing/detail";
	}
}
