package org.smartcourt.service.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.smartcourt.cases.CaseId;
import org.smartcourt.service.internal.AddressInput;
import org.smartcourt.service.internal.ConsentBasis;
import org.smartcourt.service.internal.DeskView;
import org.smartcourt.service.internal.OtherServiceCommand;
import org.smartcourt.service.internal.OtherServices;
import org.smartcourt.service.internal.ProvenArrival;
import org.smartcourt.service.internal.RecipientActions;
import org.smartcourt.service.internal.ServeCommand;
import org.smartcourt.service.internal.ServiceAccess;
import org.smartcourt.service.internal.ServiceAddresses;
import org.smartcourt.service.internal.ServiceCertificates;
import org.smartcourt.service.internal.ServiceMethod;
import org.smartcourt.service.internal.ServiceQueries;
import org.smartcourt.service.internal.ElectronicService;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 送达平台 under {@code /api/v1/service}: addresses and consent, 电子送达 and the other methods, the recipient's 收悉 and
 * paper request, the trail and the 电子送达凭证. Refusals are Problem Details in Chinese; a case or service outside
 * the caller's scope is 404.
 */
@RestController
@Tag(name = "送达 Service", description = "送达地址确认、电子送达、其他送达方式、电子送达凭证")
class ServiceApiController {

	private final ServiceAddresses addresses;
	private final ElectronicService electronic;
	private final OtherServices other;
	private final ProvenArrival proven;
	private final RecipientActions recipient;
	private final ServiceQueries queries;
	private final ServiceCertificates certificates;
	private final ServiceAccess access;

	ServiceApiController(ServiceAddresses addresses, ElectronicService electronic, OtherServices other,
			ProvenArrival proven, RecipientActions recipient, ServiceQueries queries, ServiceCertificates certificates,
			ServiceAccess access) {
		this.addresses = addresses;
		this.electronic = electronic;
		this.other = other;
		this.proven = proven;
		this.recipient = recipient;
		this.queries = queries;
		this.certificates = certificates;
		this.access = access;
	}

	@GetMapping("/api/v1/service/cases/{caseId}/parties/{seq}/address")
	@Operation(summary = "送达地址确认书（历次版本，最新在前）", description = "法院工作人员或代表该当事人的账号可查看。")
	List<AddressResponse> addressHistory(@PathVariable UUID caseId, @PathVariable int seq) {
		return addresses.history(CurrentActor.require(), new CaseId(caseId), seq).stream().map(AddressResponse::of).toList();
	}

	@PostMapping(path = "/api/v1/service/cases/{caseId}/parties/{seq}/address", consumes = "application/json")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "确认送达地址与电子送达同意",
			description = "当事人或其代理人在平台在线确认（明示同意，在线诉讼规则第二十九条第二款第（一）项）；法院工作人员据其他证据记录时须说明证据。每次变更新增一个版本。")
	AddressResponse confirmAddress(@PathVariable UUID caseId, @PathVariable int seq,
			@RequestBody ServiceRequests.Address body) {
		Actor actor = CurrentActor.require();
		AddressInput input = input(body);
		return AddressResponse.of(actor.isStaff() ? addresses.record(actor, new CaseId(caseId), seq, input, null, null)
				: addresses.confirm(actor, new CaseId(caseId), seq, input));
	}

	@PostMapping(path = "/api/v1/service/cases/{caseId}/parties/{seq}/address", consumes = "multipart/form-data")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "上传签名的送达地址确认书扫描件", description = "限本案审判团队和本院书记员、立案庭工作人员。")
	AddressResponse scannedAddress(@PathVariable UUID caseId, @PathVariable int seq,
			@RequestParam(required = false) String mobile, @RequestParam(required = false) String email,
			@RequestParam(required = false) String postalAddress, @RequestParam(defaultValue = "false") boolean consent,
			@RequestParam(defaultValue = "false") boolean coversDecisions,
			@RequestParam(required = false) ConsentBasis basis, @RequestParam(required = false) String evidence,
			@RequestParam("file") MultipartFile file) throws IOException {
		try (InputStream in = file.getInputStream()) {
			return AddressResponse.of(addresses.record(CurrentActor.require(), new CaseId(caseId), seq,
					new AddressInput(mobile, email, postalAddress, consent, coversDecisions, basis, evidence),
					file.getOriginalFilename(), in));
		}
	}

	@PostMapping("/api/v1/service/cases/{caseId}/servings")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "电子送达",
			description = "每名受送达人每个渠道一次发送（诉讼服务平台、短信、电子邮件）。任一受送达人未同意电子送达时返回422，不作任何改变。同一 Idempotency-Key 重试返回首次结果。")
	List<ServingResponse> serve(@PathVariable UUID caseId, @RequestBody ServiceRequests.Serve body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		return electronic
			.serve(CurrentActor.require(), new CaseId(caseId),
					new ServeCommand(body.documentId(), body.recipients(), body.channels()), idempotencyKey)
			.stream()
			.map(s -> ServingResponse.of(queries.describe(s)))
			.toList();
	}

	@PostMapping(path = "/api/v1/service/cases/{caseId}/other-servings", consumes = "application/json")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "其他方式送达", description = "邮寄、直接、留置、委托、转交、公告送达；适用简易程序的案件不适用公告送达（422）。")
	ServingResponse otherServing(@PathVariable UUID caseId, @RequestBody ServiceRequests.Other body) {
		return ServingResponse.of(queries.describe(other.record(CurrentActor.require(), new CaseId(caseId),
				new OtherServiceCommand(body.documentId(), body.partySeq(), body.method(), body.reference(),
						body.handedOverOn(), body.eventOn(), body.witness(), Boolean.TRUE.equals(body.abroad())),
				null, null)));
	}

	@PostMapping(path = "/api/v1/service/cases/{caseId}/other-servings", consumes = "multipart/form-data")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "其他方式送达（附证据）", description = "回执、签收的送达回证、留置送达的拍照记录、公告版面。")
	ServingResponse otherServingWithEvidence(@PathVariable UUID caseId, @RequestParam UUID documentId,
			@RequestParam Integer partySeq, @RequestParam ServiceMethod method,
			@RequestParam(required = false) String reference,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate handedOverOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate eventOn,
			@RequestParam(required = false) String witness, @RequestParam(defaultValue = "false") boolean abroad,
			@RequestParam("file") MultipartFile file) throws IOException {
		try (InputStream in = file.getInputStream()) {
			return ServingResponse.of(queries.describe(other.record(CurrentActor.require(), new CaseId(caseId),
					new OtherServiceCommand(documentId, partySeq, method, reference, handedOverOn, eventOn, witness,
							abroad),
					file.getOriginalFilename(), in)));
		}
	}

	@PostMapping("/api/v1/service/servings/{id}/completion")
	@Operation(summary = "补录回执或签收日期", description = "邮寄送达的回执收件日期，委托、转交送达的签收日期。")
	ServingResponse complete(@PathVariable UUID id, @RequestBody ServiceRequests.Completion body) {
		return ServingResponse.of(queries.describe(other.complete(CurrentActor.require(), id, body.eventOn(), null, null)));
	}

	@PostMapping("/api/v1/service/servings/{id}/proven-date")
	@Operation(summary = "记录受送达人证明的到达日期", description = "民诉解释第一百三十五条第二款但书：以受送达人证明的日期为准。")
	ServingResponse provenDate(@PathVariable UUID id, @RequestBody ServiceRequests.ProvenDate body) {
		return ServingResponse.of(queries.describe(proven.record(CurrentActor.require(), id, body.provenOn(), body.reason())));
	}

	@PostMapping("/api/v1/service/servings/{id}/acknowledgement")
	@Operation(summary = "确认收悉", description = "受送达人（或代表其的账号）确认收悉；重复确认保留首次时间。")
	ServingResponse acknowledge(@PathVariable UUID id) {
		return ServingResponse.of(queries.describe(recipient.acknowledge(CurrentActor.require(), id)));
	}

	@PostMapping("/api/v1/service/servings/{id}/paper-request")
	@Operation(summary = "申请纸质文书", description = "以电子方式送达的判决书、裁定书、调解书，受送达人可申请提供纸质文书（民诉法第九十条）。")
	ServingResponse paperRequest(@PathVariable UUID id) {
		return ServingResponse.of(queries.describe(recipient.requestPaper(CurrentActor.require(), id)));
	}

	@GetMapping("/api/v1/service/servings/{id}")
	@Operation(summary = "送达详情与全程留痕")
	ServingResponse serving(@PathVariable UUID id) {
		return ServingResponse.of(queries.view(CurrentActor.require(), id));
	}

	@GetMapping("/api/v1/service/servings/{id}/document")
	@Operation(summary = "下载送达的文书")
	ResponseEntity<org.springframework.core.io.InputStreamResource> document(@PathVariable UUID id) {
		return PdfResponses.document(recipient.document(CurrentActor.require(), id));
	}

	@GetMapping("/api/v1/service/servings/{id}/certificate")
	@Operation(summary = "电子送达凭证（PDF）", description = "送达生效后生成并存证；响应头 X-Ledger-Index 为存证位置（已上链时）。")
	ResponseEntity<byte[]> certificate(@PathVariable UUID id) {
		return PdfResponses.certificate(certificates.certificate(CurrentActor.require(), id));
	}

	@GetMapping("/api/v1/service/cases/{caseId}/servings")
	@Operation(summary = "本案送达情况", description = "限法院工作人员。")
	List<ServingResponse> ofCase(@PathVariable UUID caseId) {
		var overview = access.staffCase(CurrentActor.require(), new CaseId(caseId));
		return queries.ofCase(overview).stream().map(ServingResponse::of).toList();
	}

	@GetMapping("/api/v1/service/desk")
	@Operation(summary = "送达平台工作台", description = "本院的待送达、送达中、送达失败、需转其他方式和纸质文书申请，各有数量。")
	Map<String, Object> desk() {
		DeskView desk = queries.desk(CurrentActor.require());
		return Map.of("unserved", desk.unservedCount(), "pending", desk.pendingCount(), "inProgress",
				desk.inProgressCount(), "failed", desk.failedCount(), "fallback", desk.fallbackCount(), "fallbackDays",
				desk.fallbackDays(), "paperRequests",
				desk.paperRequests().stream().map(ServingResponse::of).toList(), "fallbackServings",
				desk.fallback().stream().map(ServingResponse::of).toList());
	}

	@GetMapping("/api/v1/service/my/documents")
	@Operation(summary = "我的文书", description = "向本人或本人代表的当事人送达的文书。")
	List<ServingResponse> mine() {
		return queries.mine(CurrentActor.require()).stream().map(ServingResponse::of).toList();
	}

	@PostMapping("/api/v1/service/links/{token}/open")
	@Operation(summary = "打开送达链接", description = "记录该渠道的已阅知并返回送达记录。")
	ServingResponse open(@PathVariable String token) {
		Actor actor = CurrentActor.require();
		return ServingResponse.of(queries.view(actor, recipient.open(actor, token).servingId()));
	}

	private static AddressInput input(ServiceRequests.Address body) {
		return new AddressInput(body.mobile(), body.email(), body.postalAddress(), Boolean.TRUE.equals(body.consent()),
				Boolean.TRUE.equals(body.coversDecisions()), body.basis(), body.evidence());
	}
}
