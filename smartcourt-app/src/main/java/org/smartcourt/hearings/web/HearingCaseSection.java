package org.smartcourt.hearings.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseSection;
import org.smartcourt.cases.TeamRole;
import org.smartcourt.hearings.AdjournmentGround;
import org.smartcourt.hearings.AdjournmentStatus;
import org.smartcourt.hearings.BeyondMonthBasis;
import org.smartcourt.hearings.CaseHearings;
import org.smartcourt.hearings.ClosedGround;
import org.smartcourt.hearings.FreeSlot;
import org.smartcourt.hearings.Hearing;
import org.smartcourt.hearings.HearingKind;
import org.smartcourt.hearings.HearingNotice;
import org.smartcourt.hearings.Hearings;
import org.smartcourt.organization.Staffing;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.Role;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;

/**
 * 「庭审」 on the case page: upcoming and past hearings, adjournments with their reasons and the notices; for the case's
 * team the forms to find a free slot and schedule, to adjourn and to record a hearing as held; for the 院长 the
 * decision on adjournments on ground (四). Parties see their case's hearings (with the online link), never the forms.
 */
@Component
class HearingCaseSection implements CaseSection {

	private static final Set<TeamRole> SCHEDULERS = EnumSet.of(TeamRole.RESPONSIBLE_JUDGE, TeamRole.PRESIDING_JUDGE,
			TeamRole.ASSISTANT, TeamRole.CLERK);
	private static final int SUGGESTIONS = 5;

	private final Hearings hearings;
	private final Staffing staffing;

	HearingCaseSection(Hearings hearings, Staffing staffing) {
		this.hearings = hearings;
		this.staffing = staffing;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public String template() {
		return "hearings/case-section";
	}

	@Override
	public Map<String, Object> model(CaseOverview overview, Actor viewer, Audience level) {
		CaseHearings all = hearings.onCasePage(overview.id(), level);
		boolean court = level == Audience.COURT;
		boolean team = court && overview.team()
			.stream()
			.anyMatch(m -> viewer.username().equals(m.username()) && SCHEDULERS.contains(m.role()));
		Map<String, Object> model = new HashMap<>();
		model.put("caseId", overview.id().value());
		model.put("court", court);
		model.put("team", team);
		model.put("upcoming", all.hearings().stream().filter(Hearing::isUpcoming).toList());
		model.put("past", all.hearings().stream().filter(h -> !h.isUpcoming()).toList());
		model.put("adjournments", all.adjournments());
		model.put("notices", all.notices());
		model.put("all", all);
		model.put("noticeKinds", HearingNotice.Kind.values());
		model.put("pending", court && viewer.is(Role.PRESIDENT) ? all.adjournments()
			.stream()
			.filter(a -> a.status() == AdjournmentStatus.PENDING)
			.toList() : List.of());
		LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.MINUTES);
		model.put("now", now);
		if (team) {
			model.put("kinds", HearingKind.values());
			model.put("grounds", AdjournmentGround.values());
			model.put("bases", BeyondMonthBasis.values());
			model.put("closedGrounds", ClosedGround.values());
			model.put("rooms", staffing.courtroomsAt(overview.registration().courtId()));
			model.put("parties", overview.partiesOnly());
			model.put("people", overview.parties());
			suggest(overview, viewer, model);
		}
		model.put("problem", null);
		model.put("done", null);
		HttpServletRequest request = request();
		if (request != null) {
			Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
			if (flash != null) {
				model.put("problem", flash.get(HearingPageController.PROBLEM));
				model.put("done", flash.get(HearingPageController.DONE));
			}
		}
		return model;
	}

	/** Free slots when the team asked for them (GET parameters of the section's search form). */
	private void suggest(CaseOverview overview, Actor viewer, Map<String, Object> model) {
		HttpServletRequest request = request();
		String from = request == null ? null : request.getParameter("slotFrom");
		int minutes = 120;
		boolean online = request != null && "true".equals(request.getParameter("slotOnline"));
		boolean recording = request != null && "true".equals(request.getParameter("slotRecording"));
		try {
			if (request != null && request.getParameter("slotMinutes") != null) {
				minutes = Integer.parseInt(request.getParameter("slotMinutes"));
			}
		}
		catch (NumberFormatException ex) {
			minutes = 0;
		}
		model.put("slotFrom", from == null || from.isBlank() ? LocalDate.now(ZoneId.of("Asia/Shanghai")) : from);
		model.put("slotMinutes", minutes);
		model.put("slotOnline", online);
		model.put("slotRecording", recording);
		model.put("slots", null);
		if (from == null) {
			return;
		}
		try {
			List<FreeSlot> slots = hearings.suggestions(viewer, overview.id(), minutes,
					from.isBlank() ? null : LocalDate.parse(from), SUGGESTIONS, online, recording);
			model.put("slots", slots);
		}
		catch (DomainException | java.time.format.DateTimeParseException ex) {
			model.put("slots", List.of());
			model.put("slotProblem", true);
		}
	}

	private static HttpServletRequest request() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}
}
