package org.smartcourt.mediation.web;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcourt.cases.CaseId;
import org.smartcourt.mediation.MediationId;
import org.smartcourt.mediation.internal.DiversionEntry;
import org.smartcourt.mediation.internal.Diversions;
import org.smartcourt.mediation.internal.JudicialConfirmation;
import org.smartcourt.mediation.internal.MediationConduct;
import org.smartcourt.mediation.internal.MediationDetail;
import org.smartcourt.mediation.internal.MediationStatistics;
import org.smartcourt.mediation.internal.Mediations;
import org.smartcourt.mediation.internal.MediatorEntry;
import org.smartcourt.mediation.internal.OrganizationEntry;
import org.smartcourt.mediation.internal.MediationRoster;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 分调裁审 over the API: the diversion desk, mediations from designation to agreement, ending and judicial
 * confirmation, the roster and statistics. Refusals are RFC 9457 Problem Details in Chinese with field errors.
 */
@RestController
@RequestMapping("/api/v1/mediation")
@Tag(name = "Mediation")
class MediationApiController {

	private final Diversions diversions;
	private final Mediations mediations;
	private final MediationConduct conduct;
	private final JudicialConfirmation confirmation;
	private final MediationRoster roster;
	private final MediationStatistics statistics;
	private final MediationViews views;

	MediationApiController(Diversions diversions, Mediations mediations, MediationConduct conduct,
			JudicialConfirmation confirmation, MediationRoster roster, MediationStatistics statistics, MediationViews views) {
		this.diversions = diversions;
		this.mediations = mediations;
		this.conduct = conduct;
		this.confirmation = confirmation;
		this.roster = roster;
		this.statistics = statistics;
		this.views = views;
	}

	@GetMapping("/diversions")
	@Operation(summary = "分流台：待审查的民事立案申请和新立民初案件的分流建议（理由及依据）")
	List<DiversionEntry> desk() {
		return diversions.desk(CurrentActor.require());
	}

	@PostMapping("/diversions/{id}/reroute")
	@Operation(summary = "补充因素后重新分流（涉外、下落不明、反诉、鉴定、人身关系/确权、不同意调解）")
	DiversionEntry reroute(@PathVariable UUID id, @RequestBody MediationRequests.Reroute body) {
		return diversions.reroute(CurrentActor.require(), id, new Diversions.Factors(body.foreign(),
				body.whereaboutsUnknown(), body.counterclaim(), body.needsAppraisal(), body.personalOrOwnership(),
				body.mediationRefused()));
	}

	@PostMapping("/diversions/{id}/decision")
	@Operation(summary = "确认或改变分流建议（改变须说明理由并留痕）；诉前调解须申请人同意")
	DiversionEntry decide(@PathVariable UUID id, @RequestBody MediationRequests.Decision body) {
		return diversions.decide(CurrentActor.require(), id, body.track(), body.reason(), body.applicantConsents(),
				body.respondentUsername());
	}

	@PostMapping("/cases/{caseId}/entrust")
	@Operation(summary = "立案后委托调解（《人民法院在线调解规则》第二十四条：普通程序十五日、简易程序七日）")
	ResponseEntity<MediationView> entrust(@PathVariable UUID caseId) {
		MediationDetail m = mediations.entrust(CurrentActor.require(), new CaseId(caseId));
		return ResponseEntity.created(URI.create("/api/v1/mediation/mediations/" + m.id())).body(views.of(m));
	}

	@GetMapping("/mediations")
	@Operation(summary = "立案人员：本院调解；调解员：我的调解；当事人：我的调解")
	List<MediationView> list() {
		Actor actor = CurrentActor.require();
		List<MediationDetail> found = actor.is(Role.FILING_CLERK) ? mediations.ofCourt(actor)
				: actor.is(Role.MEDIATOR) ? mediations.ofMediator(actor) : mediations.ofParty(actor);
		return found.stream().map(views::of).toList();
	}

	@GetMapping("/mediations/{id}")
	MediationView one(@PathVariable UUID id) {
		return views.of(mediations.view(CurrentActor.require(), new MediationId(id)));
	}

	@PostMapping("/mediations/{id}/parties/{seq}/account")
	@Operation(summary = "立案人员关联当事人的平台账号，使其可在线参与调解")
	MediationView link(@PathVariable UUID id, @PathVariable int seq, @RequestBody MediationRequests.Account body) {
		return views.of(mediations.linkParty(CurrentActor.require(), new MediationId(id), seq, body.username()));
	}

	@PostMapping("/mediations/{id}/choice")
	@Operation(summary = "当事人共同选择调解员（两个工作日内，《人民法院在线调解规则》第十条第二款）")
	MediationView choose(@PathVariable UUID id, @RequestBody MediationRequests.MediatorChoice body) {
		return views.of(mediations.choose(CurrentActor.require(), new MediationId(id), body.mediatorId()));
	}

	@PostMapping("/mediations/{id}/designation")
	@Operation(summary = "指定或重新指定调解员（三个工作日内，第十条第三款、第十二条第二款）")
	MediationView designate(@PathVariable UUID id, @RequestBody MediationRequests.MediatorChoice body) {
		return views.of(mediations.designate(CurrentActor.require(), new MediationId(id), body.mediatorId()));
	}

	@PostMapping("/mediations/{id}/acceptance")
	@Operation(summary = "调解员确认接受或说明理由不予接受（三个工作日内，第十二条）")
	MediationView answer(@PathVariable UUID id, @RequestBody MediationRequests.Answer body) {
		Actor actor = CurrentActor.require();
		MediationId mid = new MediationId(id);
		return views.of(body.accept() ? mediations.accept(actor, mid) : mediations.decline(actor, mid, body.reason()));
	}

	@PostMapping("/mediations/{id}/records")
	@Operation(summary = "调解员记调解笔录；当事人提交意见")
	MediationView record(@PathVariable UUID id, @RequestBody MediationRequests.Text body) {
		return views.of(conduct.addRecord(CurrentActor.require(), new MediationId(id), body.text()));
	}

	@PostMapping("/mediations/{id}/sessions")
	@Operation(summary = "安排在线调解（时间与会议链接），通知各方当事人")
	MediationView session(@PathVariable UUID id, @RequestBody MediationRequests.Session body) {
		return views.of(conduct.scheduleSession(CurrentActor.require(), new MediationId(id), body.at(), body.link(),
				body.note()));
	}

	@PostMapping("/mediations/{id}/extensions")
	@Operation(summary = "提议延长调解期限（须各方当事人同意，第二十四条）")
	MediationView extend(@PathVariable UUID id, @RequestBody MediationRequests.Extension body) {
		return views.of(conduct.proposeExtension(CurrentActor.require(), new MediationId(id), body.until(),
				body.reason()));
	}

	@PostMapping("/mediations/{id}/extensions/consent")
	@Operation(summary = "当事人在线同意延长调解期限")
	MediationView consent(@PathVariable UUID id) {
		return views.of(conduct.consentOnline(CurrentActor.require(), new MediationId(id)));
	}

	@PostMapping(path = "/mediations/{id}/extensions/written-consent", consumes = "multipart/form-data")
	@Operation(summary = "调解员登记当事人的书面同意（附扫描件）")
	MediationView writtenConsent(@PathVariable UUID id, @RequestParam int partySeq,
			@RequestPart(required = false) MultipartFile file) throws IOException {
		return views.of(conduct.recordWrittenConsent(CurrentActor.require(), new MediationId(id), partySeq,
				file == null ? null : file.getOriginalFilename(), file == null ? null : file.getInputStream()));
	}

	@PostMapping("/mediations/{id}/agreement")
	@Operation(summary = "调解员拟定调解协议（Markdown，生成 PDF 并存证）")
	MediationView agreement(@PathVariable UUID id, @RequestBody MediationRequests.Agreement body) {
		return views.of(conduct.proposeAgreement(CurrentActor.require(), new MediationId(id), body.markdown()));
	}

	@PostMapping("/mediations/{id}/agreement/confirmation")
	@Operation(summary = "当事人再次输入密码确认调解协议（第十九条）；各方均确认后生效")
	MediationView confirm(@PathVariable UUID id, @RequestBody MediationRequests.Password body) {
		return views.of(conduct.confirmAgreement(CurrentActor.require(), new MediationId(id), body.password()));
	}

	@PostMapping("/mediations/{id}/agreement/refusal")
	@Operation(summary = "当事人拒绝签署调解协议：调解终结（第二十五条第（七）项）")
	MediationView refuse(@PathVariable UUID id) {
		return views.of(conduct.refuseAgreement(CurrentActor.require(), new MediationId(id)));
	}

	@PostMapping("/mediations/{id}/ending")
	@Operation(summary = "调解员记录调解终结及情形（第二十五条）；诉前调解转登记立案，立案后恢复审理（第二十一条）")
	MediationView end(@PathVariable UUID id, @RequestBody MediationRequests.Ending body) {
		return views.of(conduct.end(CurrentActor.require(), new MediationId(id), body.ground(), body.note()));
	}

	@PostMapping("/mediations/{id}/judicial-confirmation")
	@Operation(summary = "当事人共同申请司法确认（诉前调确）或出具调解书（诉前调书），三十日内（民诉法第二百零五条）")
	MediationView confirmation(@PathVariable UUID id, @RequestBody MediationRequests.Confirmation body) {
		return views.of(confirmation.apply(CurrentActor.require(), new MediationId(id), body.document()));
	}

	@GetMapping("/statistics")
	@Operation(summary = "调解成功率：按调解组织、按案由（达成协议数 ÷ 已终结调解数）")
	Map<String, Object> statistics() {
		Actor actor = CurrentActor.require();
		List<MediationStatistics.Row> orgs = statistics.byOrganization(actor);
		List<MediationStatistics.Row> causes = statistics.byCause(actor);
		return Map.of("byOrganization", orgs, "byCause", causes, "total", MediationStatistics.total(orgs));
	}

	@GetMapping("/roster")
	@Operation(summary = "本院特邀调解名册")
	Map<String, Object> roster() {
		Actor actor = CurrentActor.require();
		if (!actor.isStaff()) {
			throw DomainException.forbidden("forbidden", "problem.forbidden.detail");
		}
		return Map.of("organizations", roster.organizations(actor.court().value()), "mediators",
				roster.mediators(actor.court().value()));
	}

	@PostMapping("/roster/organizations")
	ResponseEntity<OrganizationEntry> organization(@RequestBody MediationRequests.NewOrganization body) {
		OrganizationEntry o = roster.addOrganization(CurrentActor.require(), body.name(), body.specialties());
		return ResponseEntity.status(201).body(o);
	}

	@PostMapping("/roster/mediators")
	ResponseEntity<MediatorEntry> mediator(@RequestBody MediationRequests.NewMediator body) {
		MediatorEntry m = roster.addMediator(CurrentActor.require(), body.organizationId(), body.name(),
				body.username(), body.specialties());
		return ResponseEntity.status(201).body(m);
	}

	@PostMapping("/roster/mediators/{id}/availability")
	MediatorEntry availability(@PathVariable UUID id, @RequestBody MediationRequests.Availability body) {
		return roster.setAvailability(CurrentActor.require(), id, body.active(), body.onLeaveUntil());
	}
}
