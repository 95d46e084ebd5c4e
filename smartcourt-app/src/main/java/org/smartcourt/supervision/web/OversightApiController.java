package org.smartcourt.supervision.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.Cases;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.supervision.ActKind;
import org.smartcourt.supervision.FlagKind;
import org.smartcourt.supervision.internal.CaseSupervision;
import org.smartcourt.supervision.internal.SupervisionAct;
import org.smartcourt.supervision.internal.SupervisionFlag;
import org.smartcourt.supervision.internal.WatchLists;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 院庭长监督 of cases over the API: flags, the acts of the 权力清单 and the judge's answers, and the supervisors'
 * lists. There is deliberately no endpoint that changes a case's decision, documents or team.
 */
@RestController
@RequestMapping("/api/v1/supervision")
class OversightApiController {

	record FlagRequest(FlagKind kind, String reason) {
	}

	record ClearRequest(String reason) {
	}

	record ActRequest(ActKind kind, String note, LocalDate answerDueOn) {
	}

	record AnswerRequest(String answer) {
	}

	record OversightResponse(List<SupervisionFlag> flags, List<SupervisionAct> acts, boolean maySupervise,
			boolean mayFlag, boolean mayAnswer) {
	}

	record WatchEntry(UUID caseId, String caseNumber, String title, String judge, java.time.LocalDate registeredOn,
			java.time.LocalDate dueOn, String why) {
	}

	private final CaseSupervision supervision;
	private final WatchLists lists;
	private final Cases cases;

	OversightApiController(CaseSupervision supervision, WatchLists lists, Cases cases) {
		this.supervision = supervision;
		this.lists = lists;
		this.cases = cases;
	}

	@GetMapping("/cases/{caseId}/oversight")
	OversightResponse oversight(@PathVariable UUID caseId) {
		Actor actor = CurrentActor.require();
		var o = supervision.of(actor, cases.view(actor, new CaseId(caseId)).overview());
		return new OversightResponse(o.flags(), o.acts(), o.maySupervise(), o.mayFlag(), o.mayAnswer());
	}

	@PostMapping("/cases/{caseId}/flags")
	ResponseEntity<SupervisionFlag> flag(@PathVariable UUID caseId, @RequestBody FlagRequest body) {
		SupervisionFlag f = supervision.raise(CurrentActor.require(), new CaseId(caseId), body.kind(), body.reason());
		return ResponseEntity.created(URI.create("/api/v1/supervision/cases/" + caseId + "/oversight")).body(f);
	}

	@PostMapping("/flags/{flagId}/clear")
	ResponseEntity<Void> clear(@PathVariable UUID flagId, @RequestBody ClearRequest body) {
		supervision.clear(CurrentActor.require(), flagId, body.reason());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/cases/{caseId}/acts")
	ResponseEntity<SupervisionAct> act(@PathVariable UUID caseId, @RequestBody ActRequest body) {
		SupervisionAct a = supervision.request(CurrentActor.require(), new CaseId(caseId), body.kind(), body.note(),
				body.answerDueOn());
		return ResponseEntity.created(URI.create("/api/v1/supervision/cases/" + caseId + "/oversight")).body(a);
	}

	@PostMapping("/acts/{actId}/answer")
	SupervisionAct answer(@PathVariable UUID actId, @RequestBody AnswerRequest body) {
		return supervision.answer(CurrentActor.require(), actId, body.answer());
	}

	/** A list: flagged, near-due, overdue, long-pending, designated or unanswered. */
	@GetMapping("/watch")
	List<WatchEntry> watch(ScopeParams scope, @RequestParam String list) {
		return lists.list(CurrentActor.require(), scope.request(), WatchLists.Kind.parse(list))
			.stream()
			.map(e -> new WatchEntry(e.fact().caseId(), e.fact().caseNumber(), e.fact().title(), e.fact().judgeName(),
					e.fact().registeredOn(), e.fact().dueOn(), e.why()))
			.toList();
	}
}
