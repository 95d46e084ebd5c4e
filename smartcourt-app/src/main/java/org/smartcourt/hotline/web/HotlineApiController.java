package org.smartcourt.hotline.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcourt.hotline.HotlineRequestId;
import org.smartcourt.hotline.internal.DeskQueue;
import org.smartcourt.hotline.internal.HotlineQueries;
import org.smartcourt.hotline.internal.HotlineRequest;
import org.smartcourt.hotline.internal.HotlineRequests;
import org.smartcourt.hotline.internal.HotlineScope;
import org.smartcourt.hotline.internal.IdentityChecks;
import org.smartcourt.hotline.internal.Received;
import org.smartcourt.hotline.internal.Verification;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 12368 requests over the API: receive, forward, start, answer, call back, close, rate; queue, search and 待办. */
@RestController
@RequestMapping("/api/v1/hotline")
@Tag(name = "12368 Hotline")
class HotlineApiController {

	private final HotlineRequests requests;
	private final HotlineQueries queries;
	private final IdentityChecks identity;
	private final Labels labels;

	HotlineApiController(HotlineRequests requests, HotlineQueries queries, IdentityChecks identity, Labels labels) {
		this.requests = requests;
		this.queries = queries;
		this.identity = identity;
		this.labels = labels;
	}

	@PostMapping("/requests")
	@Operation(summary = "受理诉求（坐席记录来电/大厅来访，当事人网上提交）；同一 Idempotency-Key 重复提交只受理一次")
	ResponseEntity<RequestView> submit(@RequestBody SubmitRequest body,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		Received received;
		try {
			received = requests.receive(CurrentActor.require(), body.command(), key);
		}
		catch (DuplicateKeyException concurrentRetry) {
			// the same Idempotency-Key arrived twice at once: the other one committed first, so this finds it
			received = requests.receive(CurrentActor.require(), body.command(), key);
		}
		HotlineRequest r = received.request();
		return ResponseEntity.created(URI.create("/api/v1/hotline/requests/" + r.id()))
			.body(RequestView.of(r, List.of(), CaseStatusView.of(received.caseStatus(), labels), labels));
	}

	@GetMapping("/requests/{id}")
	@Operation(summary = "诉求详情及办理记录")
	RequestView one(@PathVariable UUID id) {
		return RequestView.of(requests.read(CurrentActor.require(), new HotlineRequestId(id)), labels);
	}

	@GetMapping("/requests")
	@Operation(summary = "坐席按受理编号、案号、电话或姓名查询；当事人、律师：我的诉求")
	List<RequestView> list(@RequestParam(required = false) String q) {
		Actor actor = CurrentActor.require();
		List<HotlineRequest> found = HotlineScope.isDesk(actor) ? queries.search(actor, q) : queries.mine(actor);
		return found.stream().map(r -> RequestView.of(r, labels)).toList();
	}

	@GetMapping("/history")
	@Operation(summary = "来电人的历史诉求（按电话或账号）")
	List<RequestView> history(@RequestParam(required = false) String phone,
			@RequestParam(required = false) String username) {
		return queries.history(CurrentActor.require(), phone, username)
			.stream()
			.map(r -> RequestView.of(r, labels))
			.toList();
	}

	@GetMapping("/queue")
	@Operation(summary = "坐席工作队列：新受理、已分派、已超期、待回访")
	QueueView queue() {
		DeskQueue q = queries.queue(CurrentActor.require());
		return new QueueView(views(q.fresh()), views(q.assigned()), views(q.overdue()), views(q.awaitingCallback()));
	}

	@GetMapping("/todo")
	@Operation(summary = "12368待办：分派给我（及我所在审判团队）的诉求")
	List<RequestView> todo() {
		return views(queries.todo(CurrentActor.require()));
	}

	@PostMapping("/requests/{id}/forward")
	@Operation(summary = "转办给本院或下级法院的工作人员")
	RequestView forward(@PathVariable UUID id, @RequestBody Commands.Forward body) {
		return view(requests.forward(CurrentActor.require(), new HotlineRequestId(id), body.assignee(), body.note()));
	}

	@PostMapping("/requests/{id}/start")
	@Operation(summary = "开始办理")
	RequestView start(@PathVariable UUID id) {
		return view(requests.start(CurrentActor.require(), new HotlineRequestId(id)));
	}

	@PostMapping("/requests/{id}/answer")
	@Operation(summary = "答复（通过站内消息或短信告知诉求人）")
	RequestView answer(@PathVariable UUID id, @RequestBody Commands.Answer body) {
		return view(requests.answer(CurrentActor.require(), new HotlineRequestId(id), body.answer()));
	}

	@PostMapping("/requests/{id}/callback")
	@Operation(summary = "回访（可记录电话中的满意度）")
	RequestView callback(@PathVariable UUID id, @RequestBody Commands.Callback body) {
		return view(requests.callBack(CurrentActor.require(), new HotlineRequestId(id), body.note(),
				body.satisfaction(), body.comment()));
	}

	@PostMapping("/requests/{id}/close")
	@Operation(summary = "办结")
	RequestView close(@PathVariable UUID id, @RequestBody(required = false) Commands.Close body) {
		return view(requests.close(CurrentActor.require(), new HotlineRequestId(id), body == null ? null : body.note()));
	}

	@PostMapping("/requests/{id}/rating")
	@Operation(summary = "诉求人满意度评价（1–5）")
	RequestView rate(@PathVariable UUID id, @RequestBody Commands.Rating body) {
		return view(requests.rate(CurrentActor.require(), new HotlineRequestId(id), body.satisfaction(),
				body.comment()));
	}

	@PostMapping("/identity-checks")
	@Operation(summary = "身份核验：来电人姓名与身份证号（律师执业证号）是否为该案当事人或代理人；未通过时不透露案件任何信息")
	Commands.IdentityCheckResult check(@RequestBody Commands.IdentityCheck body) {
		Actor actor = CurrentActor.require();
		HotlineScope.requireDesk(actor);
		Verification v = identity.byIdNumber(actor, body.caseNumber(), body.name(), body.idNumber());
		return v.passed()
				? new Commands.IdentityCheckResult(true, labels.of("hotline.identity.passed"),
						CaseStatusView.of(identity.report(v.overview()), labels))
				: new Commands.IdentityCheckResult(false, labels.of("hotline.identity.failed"), null);
	}

	/** The desk's queue. */
	record QueueView(List<RequestView> fresh, List<RequestView> assigned, List<RequestView> overdue,
			List<RequestView> awaitingCallback) {
	}

	private RequestView view(HotlineRequest r) {
		return RequestView.of(r, labels);
	}

	private List<RequestView> views(List<HotlineRequest> list) {
		return list.stream().map(this::view).toList();
	}
}
