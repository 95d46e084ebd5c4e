package org.smartcourt.filing.web;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcourt.filing.AttachmentKind;
import org.smartcourt.filing.Filing;
import org.smartcourt.filing.FilingContent;
import org.smartcourt.filing.FilingId;
import org.smartcourt.filing.internal.FilingApplications;
import org.smartcourt.filing.internal.FilingRegistration;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 网上立案 over the API: filers draft, check and submit; filing clerks decide; cooperating courts forward. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "立案 Filing")
class FilingApiController {

	private final FilingApplications applications;
	private final FilingRegistration registration;
	private final MessageSource messages;
	private final Clock clock;

	FilingApiController(FilingApplications applications, FilingRegistration registration, MessageSource messages,
			Clock clock) {
		this.applications = applications;
		this.registration = registration;
		this.messages = messages;
		this.clock = clock;
	}

	@PostMapping("/filings")
	@Operation(summary = "新建立案申请（草稿）；同一 Idempotency-Key 重复提交返回同一草稿")
	ResponseEntity<FilingView> create(@RequestBody FilingContent content,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		Filing filing = applications.create(CurrentActor.require(), content, key);
		return ResponseEntity.created(URI.create("/api/v1/filings/" + filing.id())).body(view(filing));
	}

	@GetMapping("/filings")
	@Operation(summary = "我的立案申请")
	List<FilingView> mine() {
		Actor actor = CurrentActor.require();
		return applications.mine(actor).stream().map(f -> FilingView.of(f, List.of(), today())).toList();
	}

	@GetMapping("/filings/{id}")
	@Operation(summary = "立案申请详情及进度")
	FilingView one(@PathVariable UUID id) {
		return view(applications.read(CurrentActor.require(), new FilingId(id)));
	}

	@PutMapping("/filings/{id}")
	@Operation(summary = "修改草稿或补正")
	FilingView revise(@PathVariable UUID id, @RequestBody FilingContent content) {
		return view(applications.revise(CurrentActor.require(), new FilingId(id), content));
	}

	@PostMapping("/filings/check")
	@Operation(summary = "预检：逐项检查、材料清单、管辖提示和诉讼费")
	CheckView check(@RequestBody FilingContent content) {
		return CheckView.of(applications.check(CurrentActor.require(), content), messages);
	}

	@PostMapping("/filings/{id}/check")
	@Operation(summary = "预检已保存的申请")
	CheckView checkSaved(@PathVariable UUID id) {
		Actor actor = CurrentActor.require();
		return CheckView.of(applications.check(actor, applications.read(actor, new FilingId(id)).content()), messages);
	}

	@PostMapping(path = "/filings/{id}/attachments", consumes = "multipart/form-data")
	@Operation(summary = "上传立案材料（按文件内容识别类型）")
	FilingView attach(@PathVariable UUID id, @RequestParam AttachmentKind kind,
			@RequestParam("file") MultipartFile file) throws IOException {
		Actor actor = CurrentActor.require();
		try (var in = file.getInputStream()) {
			return view(applications.attachFile(actor, new FilingId(id), kind, file.getOriginalFilename(), in));
		}
	}

	@PostMapping("/filings/{id}/submit")
	@Operation(summary = "提交立案申请；同一 Idempotency-Key 重复调用不重复提交")
	FilingView submit(@PathVariable UUID id, @RequestHeader(name = "Idempotency-Key", required = false) String key) {
		return view(applications.submit(CurrentActor.require(), new FilingId(id), key));
	}

	@PostMapping("/filings/{id}/withdraw")
	@Operation(summary = "撤回立案申请")
	FilingView withdraw(@PathVariable UUID id) {
		return view(applications.withdraw(CurrentActor.require(), new FilingId(id)));
	}

	@PostMapping("/filings/{id}/decision")
	@Operation(summary = "立案审查决定：立案、一次性告知补正或不予受理（立案庭）")
	FilingView decide(@PathVariable UUID id, @RequestBody DecisionRequest request) {
		Actor clerk = CurrentActor.require();
		FilingId filingId = new FilingId(id);
		if (request.decision() == null) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail",
					List.of(new DomainException.FieldProblem("decision", "required", "validation.filing.decision.required")));
		}
		Filing decided = switch (request.decision()) {
			case ACCEPT -> registration.accept(clerk, filingId, request.procedure());
			case CORRECT -> registration.requestCorrection(clerk, filingId, request.items(), request.note(),
					request.correctBy());
			case REFUSE -> registration.refuse(clerk, filingId, request.reasons());
		};
		return view(decided);
	}

	@PostMapping("/filings/{id}/identity-check")
	@Operation(summary = "跨域立案：协作法院核对身份和材料原件")
	FilingView identityCheck(@PathVariable UUID id, @RequestBody IdentityCheckRequest request) {
		return view(registration.checkIdentity(CurrentActor.require(), new FilingId(id), request.method(),
				request.passed(), request.note()));
	}

	@PostMapping("/filings/{id}/forward")
	@Operation(summary = "跨域立案：协作法院转交管辖法院")
	FilingView forward(@PathVariable UUID id) {
		return view(registration.forward(CurrentActor.require(), new FilingId(id)));
	}

	@GetMapping("/filing-queue")
	@Operation(summary = "立案审查队列（按立案审查期限排序）")
	List<FilingView> queue() {
		return registration.queue(CurrentActor.require()).stream().map(f -> FilingView.of(f, List.of(), today())).toList();
	}

	@GetMapping("/filing-intake")
	@Operation(summary = "跨域立案：本院作为协作法院待核对转交的申请")
	List<FilingView> intake() {
		return registration.intake(CurrentActor.require()).stream().map(f -> FilingView.of(f, List.of(), today())).toList();
	}

	private FilingView view(Filing filing) {
		Actor actor = CurrentActor.require();
		return FilingView.of(filing, applications.trail(actor, filing.id()), today());
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
