package org.smartcourt.hearings.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.smartcourt.cases.CaseId;
import org.smartcourt.hearings.AdjournHearing;
import org.smartcourt.hearings.Announcement;
import org.smartcourt.hearings.FreeSlot;
import org.smartcourt.hearings.HearingId;
import org.smartcourt.hearings.Hearings;
import org.smartcourt.hearings.RecordHeld;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.CurrentActor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Hearings over HTTP: the same rules as the pages (only the case's team schedules; parties read their own). */
@RestController
class HearingApiController {

	/** The 院长's decision on an adjournment on ground (四). */
	record DecisionRequest(Boolean approve, String note) {
	}

	private final Hearings hearings;

	HearingApiController(Hearings hearings) {
		this.hearings = hearings;
	}

	@GetMapping("/api/v1/cases/{id}/hearings")
	CaseHearingsResponse ofCase(@PathVariable UUID id) {
		return CaseHearingsResponse.of(hearings.ofCase(CurrentActor.require(), new CaseId(id)));
	}

	@PostMapping("/api/v1/cases/{id}/hearings")
	@ResponseStatus(HttpStatus.CREATED)
	HearingResponse schedule(@PathVariable UUID id, @RequestBody ScheduleRequest request) {
		return HearingResponse.of(hearings.schedule(CurrentActor.require(), new CaseId(id), request.command()));
	}

	@GetMapping("/api/v1/hearings/{hid}")
	HearingResponse get(@PathVariable UUID hid) {
		return HearingResponse.of(hearings.get(CurrentActor.require(), new HearingId(hid)));
	}

	@PostMapping("/api/v1/hearings/{hid}/adjournment")
	@ResponseStatus(HttpStatus.CREATED)
	AdjournmentResponse adjourn(@PathVariable UUID hid, @RequestBody AdjournHearing request) {
		return AdjournmentResponse.of(hearings.adjourn(CurrentActor.require(), new HearingId(hid), request));
	}

	@PostMapping("/api/v1/hearings/adjournments/{aid}/decision")
	AdjournmentResponse decide(@PathVariable UUID aid, @RequestBody DecisionRequest request) {
		return AdjournmentResponse.of(hearings.decide(CurrentActor.require(), aid, Boolean.TRUE.equals(request.approve()), request.note()));
	}

	@PostMapping("/api/v1/hearings/{hid}/held")
	HearingResponse held(@PathVariable UUID hid, @RequestBody RecordHeld request) {
		return HearingResponse.of(hearings.recordHeld(CurrentActor.require(), new HearingId(hid), request));
	}

	@PostMapping("/api/v1/hearings/{hid}/transcript")
	HearingResponse transcript(@PathVariable UUID hid, @RequestParam("file") MultipartFile file) throws IOException {
		return HearingResponse.of(hearings.attachTranscript(CurrentActor.require(), new HearingId(hid),
				file.getOriginalFilename(), file.getInputStream()));
	}

	@GetMapping("/api/v1/hearings/suggestions")
	List<FreeSlot> suggestions(@RequestParam UUID caseId, @RequestParam(defaultValue = "120") int minutes,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(defaultValue = "5") int count, @RequestParam(defaultValue = "false") boolean online,
			@RequestParam(defaultValue = "false") boolean recording) {
		return hearings.suggestions(CurrentActor.require(), new CaseId(caseId), minutes, from, count, online,
				recording);
	}

	@GetMapping("/api/v1/hearings/calendar")
	List<HearingResponse> calendar(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) UUID room, @RequestParam(required = false) UUID judge) {
		return hearings.calendar(CurrentActor.require(), from, to == null ? from : to, room, judge)
			.stream()
			.map(HearingResponse::of)
			.toList();
	}

	@GetMapping("/api/v1/public/hearings")
	List<Announcement> announcements(@RequestParam(required = false) String court) {
		return hearings.announcements(Optional.ofNullable(court).filter(c -> !c.isBlank()).map(CourtId::new));
	}
}
