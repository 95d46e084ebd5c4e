package org.smartcourt.filing.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smartcourt.cases.Procedure;
import org.smartcourt.filing.AttachmentKind;
import org.smartcourt.filing.FilingKind;
import org.smartcourt.filing.PartyRole;
import org.smartcourt.filing.PartyType;
import org.smartcourt.filing.RequestedProcedure;
import org.smartcourt.organization.CourtLevel;
import org.smartcourt.organization.Courts;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the filing pages share: the choices of the forms, court names, and problems as Chinese messages by field. */
@Component
class FilingPageModel {

	private final Courts courts;
	private final MessageSource messages;

	FilingPageModel(Courts courts, MessageSource messages) {
		this.courts = courts;
		this.messages = messages;
	}

	/** The first problem of each field, in Chinese, keyed by the field path (e.g. {@code parties[1].idNumber}). */
	Map<String, String> messages(List<DomainException.FieldProblem> problems) {
		Map<String, String> byField = new LinkedHashMap<>();
		for (DomainException.FieldProblem p : problems) {
			byField.putIfAbsent(p.field(), messages.getMessage(p.messageKey(), p.args().toArray(), p.messageKey(),
					LocaleContextHolder.getLocale()));
		}
		return byField;
	}

	void addChoices(Model model) {
		model.addAttribute("kinds", FilingKind.values());
		model.addAttribute("procedures", RequestedProcedure.values());
		model.addAttribute("caseProcedures", List.of(Procedure.ORDINARY, Procedure.SIMPLIFIED, Procedure.SMALL_CLAIMS));
		model.addAttribute("partyRoles", PartyRole.values());
		model.addAttribute("partyTypes", PartyType.values());
		model.addAttribute("attachmentKinds", AttachmentKind.values());
		model.addAttribute("courtGroups", courtGroups());
		model.addAttribute("courtNames", courtNames());
	}

	/** Courts that take filings, grouped under their intermediate court for a select with optgroups. */
	Map<String, List<Courts.CourtSummary>> courtGroups() {
		List<Courts.CourtSummary> all = courts.all();
		Map<String, List<Courts.CourtSummary>> groups = new LinkedHashMap<>();
		for (Courts.CourtSummary c : all) {
			if (c.level() == CourtLevel.HIGH) {
				groups.computeIfAbsent(c.name(), k -> new java.util.ArrayList<>()).add(c);
			}
		}
		for (Courts.CourtSummary intermediate : all) {
			if (intermediate.level() != CourtLevel.INTERMEDIATE) {
				continue;
			}
			List<Courts.CourtSummary> members = new java.util.ArrayList<>();
			members.add(intermediate);
			all.stream()
				.filter(c -> c.level() == CourtLevel.BASIC && intermediate.id().equals(c.parent()))
				.forEach(members::add);
			groups.put(intermediate.name(), members);
		}
		return groups;
	}

	Map<String, String> courtNames() {
		Map<String, String> names = new LinkedHashMap<>();
		courts.all().forEach(c -> names.put(c.id().value(), c.name()));
		return names;
	}

	String courtName(String id) {
		if (id == null) {
			return null;
		}
		try {
			return courts.find(new CourtId(id)).map(Courts.CourtSummary::name).orElse(id);
		}
		catch (IllegalArgumentException ex) {
			return id;
		}
	}
}
