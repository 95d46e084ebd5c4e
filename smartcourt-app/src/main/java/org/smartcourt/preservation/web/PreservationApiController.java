package org.smartcourt.preservation.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcourt.fees.Money;
import org.smartcourt.preservation.PreservationId;
import org.smartcourt.preservation.Security;
import org.smartcourt.preservation.internal.Application;
import org.smartcourt.preservation.internal.PreservationApplications;
import org.smartcourt.preservation.internal.PreservationLifting;
import org.smartcourt.preservation.internal.PreservationQueries;
import org.smartcourt.preservation.internal.PreservationRenewals;
import org.smartcourt.preservation.internal.PreservationRulings;
import org.smartcourt.preservation.internal.PreservationRulings.MeasureOrder;
import org.smartcourt.preservation.internal.PreservationScope;
import org.smartcourt.preservation.internal.QueueFilter;
import org.smartcourt.preservation.internal.SuitConversion;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.DomainException;
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

/** 财产保全 over the API: apply (idempotent), list, read, and the court's and applicant's steps after. */
@RestController
@RequestMapping("/api/v1/preservation")
@Tag(name = "Preservation 财产保全")
class PreservationApiController {

	private final PreservationApplications applications;
	private final PreservationRulings rulings;
	private final PreservationRenewals renewals;
	private final PreservationLifting lifting;
	private final SuitConversion suits;
	private final PreservationQueries queries;

	PreservationApiController(PreservationApplications applications, PreservationRulings rulings,
			PreservationRenewals renewals, PreservationLifting lifting, SuitConversion suits, PreservationQueries queries) {
		this.applications = applications;
		this.rulings = rulings;
		this.renewals = renewals;
		this.lifting = lifting;
		this.suits = suits;
		this.queries = queries;
	}

	@PostMapping("/applications")
	@Operation(summary = "申请财产保全（保全规定第一条）；同一 Idempotency-Key 重复提交只受理一次")
	ResponseEntity<ApplicationResponse> apply(@RequestBody ApplyRequest body,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		Application a;
		try {
			a = applications.apply(CurrentActor.require(), body.command(), key);
		}
		catch (DuplicateKeyException concurrentRetry) {
			// the same key arrived twice at once: the other committed first, so this finds it
			a = applications.apply(CurrentActor.require(), body.command(), key);
		}
		return ResponseEntity.created(URI.create("/api/v1/preservation/applications/" + a.id()))
			.body(ApplicationResponse.of(a));
	}

	@GetMapping("/applications")
	@Operation(summary = "当事人、律师：我的保全申请；法院工作人员：本院保全办理队列（filter: PENDING, TO_ENFORCE, EXPIRING, LAPSED, TO_LIFT, ALL）")
	List<ApplicationResponse> list(@RequestParam(required = false) QueueFilter filter) {
		Actor actor = CurrentActor.require();
		List<Application> found = PreservationScope.isApplicant(actor) ? queries.mine(actor)
				: queries.queue(actor, filter == null ? QueueFilter.ALL : filter);
		return found.stream().map(ApplicationResponse::of).toList();
	}

	@GetMapping("/applications/{id}")
	@Operation(summary = "保全申请详情：期限、措施、文书、办理记录")
	ApplicationResponse one(@PathVariable UUID id) {
		return ApplicationResponse.of(applications.read(CurrentActor.require(), new PreservationId(id)));
	}

	@PostMapping("/applications/{id}/required-security")
	@Operation(summary = "责令提供担保（诉讼中不超过请求保全数额的30%，诉前相当于请求保全数额，保全规定第五条）")
	ApplicationResponse requireSecurity(@PathVariable UUID id, @RequestBody Commands.RequiredSecurity body) {
		return ApplicationResponse.of(applications.requireSecurity(CurrentActor.require(), new PreservationId(id),
				body.amount(), body.reason()));
	}

	@PostMapping("/applications/{id}/security")
	@Operation(summary = "提供担保；五日裁定期限自提供担保之日起计算（保全规定第四条）")
	ApplicationResponse giveSecurity(@PathVariable UUID id, @RequestBody Commands.GiveSecurity body) {
		if (body.kind() == null) {
			throw DomainException.invalid("preservation-invalid", "problem.preservation-invalid.detail",
					List.of(new DomainException.FieldProblem("kind", "required", "preservation.error.required")));
		}
		Money amount;
		try {
			amount = body.amount() == null || body.amount().isBlank() ? Money.ZERO : Money.parseYuan(body.amount());
		}
		catch (IllegalArgumentException | ArithmeticException ex) {
			throw DomainException.invalid("preservation-invalid", "problem.preservation-invalid.detail",
					List.of(new DomainException.FieldProblem("amount", "money", "preservation.error.money")));
		}
		return ApplicationResponse.of(applications.provideSecurity(CurrentActor.require(), new PreservationId(id),
				new Security(body.kind(), amount, body.provider(), body.reference())));
	}

	@PostMapping("/applications/{id}/ruling")
	@Operation(summary = "裁定准予保全（登记执保案件）或驳回申请；同时裁定的，先者生效，后者 409")
	ApplicationResponse rule(@PathVariable UUID id, @RequestBody Commands.Ruling body) {
		List<MeasureOrder> orders = body.measures() == null ? List.of()
				: body.measures().stream().map(o -> new MeasureOrder(o.propertySeq(), o.kind(), o.amount())).toList();
		return ApplicationResponse.of(rulings.rule(CurrentActor.require(), new PreservationId(id), Boolean.TRUE.equals(body.grant()),
				body.reason(), orders));
	}

	@PostMapping("/applications/{id}/enforcement")
	@Operation(summary = "记录已采取保全措施；计算保全期限届满日并书面告知申请人（保全规定第十八条）")
	ApplicationResponse enforce(@PathVariable UUID id) {
		return ApplicationResponse.of(rulings.enforce(CurrentActor.require(), new PreservationId(id)));
	}

	@PostMapping("/applications/{id}/measures/{measure}/renewal-request")
	@Operation(summary = "申请续行保全（应在届满七日前提出）")
	ApplicationResponse requestRenewal(@PathVariable UUID id, @PathVariable UUID measure) {
		return ApplicationResponse.of(renewals.requestRenewal(CurrentActor.require(), new PreservationId(id), measure));
	}

	@PostMapping("/applications/{id}/measures/{measure}/renewal")
	@Operation(summary = "续行保全：自原届满日起计算新的期限（民诉解释第四百八十五条）")
	ApplicationResponse renew(@PathVariable UUID id, @PathVariable UUID measure) {
		return ApplicationResponse.of(renewals.renew(CurrentActor.require(), new PreservationId(id), measure));
	}

	@PostMapping("/applications/{id}/lifting")
	@Operation(summary = "解除保全（保全规定第二十三条；被申请人提供担保，民事诉讼法第一百零七条）")
	ApplicationResponse lift(@PathVariable UUID id, @RequestBody Commands.Lifting body) {
		return ApplicationResponse.of(lifting.lift(CurrentActor.require(), new PreservationId(id), body.ground(),
				body.note(), Boolean.TRUE.equals(body.urgent()), null));
	}

	@PostMapping("/applications/{id}/review")
	@Operation(summary = "申请复议（裁定书送达之日起五日内，一次；保全规定第二十五条）")
	ApplicationResponse review(@PathVariable UUID id, @RequestBody Commands.Review body) {
		return ApplicationResponse.of(lifting.requestReview(CurrentActor.require(), new PreservationId(id),
				body.reason()));
	}

	@PostMapping("/applications/{id}/review-decision")
	@Operation(summary = "复议审查决定（收到复议申请后十日内）")
	ApplicationResponse decideReview(@PathVariable UUID id, @RequestBody Commands.ReviewDecision body) {
		return ApplicationResponse.of(lifting.decideReview(CurrentActor.require(), new PreservationId(id),
				Boolean.TRUE.equals(body.revoke()), body.note()));
	}

	@PostMapping("/applications/{id}/suit")
	@Operation(summary = "关联已起诉的案件：诉前保全转为诉讼保全（保全规定第十七条）")
	ApplicationResponse suit(@PathVariable UUID id, @RequestBody Commands.Suit body) {
		return ApplicationResponse.of(suits.linkSuit(CurrentActor.require(), new PreservationId(id),
				body.caseNumber()));
	}
}
