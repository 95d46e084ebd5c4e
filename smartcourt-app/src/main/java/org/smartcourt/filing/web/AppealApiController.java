package org.smartcourt.filing.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcourt.cases.CaseId;
import org.smartcourt.filing.internal.AppealFilings;
import org.smartcourt.filing.internal.AppealPeriod;
import org.smartcourt.filing.internal.FilingApplications;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 上诉 over the API: a party to a decided first-instance case opens the 二审 filing draft from it. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "立案 Filing")
class AppealApiController {

	private final AppealFilings appeals;
	private final FilingApplications applications;
	private final Clock clock;

	AppealApiController(AppealFilings appeals, FilingApplications applications, Clock clock) {
		this.appeals = appeals;
		this.applications = applications;
		this.clock = clock;
	}

	/** The draft and the 上诉期 that applies to it. */
	record AppealResponse(FilingView filing, AppealPeriod appealPeriod) {
	}

	@PostMapping("/cases/{id}/appeal-filing")
	@Operation(summary = "从一审案件提起上诉：生成上一级法院的二审立案申请草稿，并给出上诉期")
	ResponseEntity<AppealResponse> start(@PathVariable UUID id,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		Actor actor = CurrentActor.require();
		AppealFilings.StartedAppeal started = appeals.start(actor, new CaseId(id), key);
		FilingView view = FilingView.of(started.filing(), applications.trail(actor, started.filing().id()),
				LocalDate.now(clock));
		return ResponseEntity.created(URI.create("/api/v1/filings/" + started.filing().id()))
			.body(new AppealResponse(view, started.period()));
	}
}
