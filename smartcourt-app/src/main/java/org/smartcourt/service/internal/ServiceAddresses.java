package org.smartcourt.service.internal;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.smartcourt.accounts.MobileNumber;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.smartcourt.storage.DocumentType;
import org.smartcourt.storage.FileStore;
import org.smartcourt.storage.StoredFile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 送达地址确认书 (民诉解释 art. 136) per case party, with the consent to 电子送达 and how it arose (在线诉讼规则 art.
 * 29): the party or its agent confirms on the portal (诉讼平台在线确认, art. 30), or the court records the signed paper
 * (scanned) or other evidence. Every change is a new version; the history is kept. A plaintiff who filed online gave
 * the platform account in the 起诉状 (art. 29 (三)); that is recorded as the first version when first needed.
 */
@Service
public class ServiceAddresses {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
	private static final int POSTAL_MAX = 300;
	private static final int EVIDENCE_MAX = 1000;

	private final ServiceAddressRepository repository;
	private final ServiceAccess access;
	private final FileStore files;
	private final AuditTrail audit;
	private final Clock clock;

	ServiceAddresses(ServiceAddressRepository repository, ServiceAccess access, FileStore files, AuditTrail audit,
			Clock clock) {
		this.repository = repository;
		this.access = access;
		this.files = files;
		this.audit = audit;
		this.clock = clock;
	}

	/** The party's confirmation as it stands, or the one its online filing implies; nothing is recorded. */
	public Optional<ServiceAddress> current(CaseOverview overview, int seq) {
		return repository.latest(overview.id(), seq).or(() -> fromPleading(overview, seq));
	}

	/** As {@link #current}, recording the one the online filing implies so that the service rests on a record. */
	@Transactional
	public Optional<ServiceAddress> forService(CaseOverview overview, int seq) {
		Optional<ServiceAddress> latest = repository.latest(overview.id(), seq);
		if (latest.isPresent()) {
			return latest;
		}
		Optional<ServiceAddress> implied = fromPleading(overview, seq);
		implied.ifPresent(repository::insert);
		return implied;
	}

	/** The versions, newest first, for court staff or an account acting for the party. */
	public List<ServiceAddress> history(Actor actor, CaseId caseId, int seq) {
		if (actor.isStaff()) {
			access.staffCase(actor, caseId);
		}
		else {
			access.partyOf(actor, caseId, seq);
		}
		return repository.history(caseId, seq);
	}

	/** The party or its agent confirms the addresses (and consent) on the portal: consent given this way is express. */
	@Transactional
	public ServiceAddress confirm(Actor actor, CaseId caseId, int seq, AddressInput input) {
		ActingAccounts acting = access.partyOf(actor, caseId, seq);
		validate(input, false);
		ServiceAddress confirmed = new ServiceAddress(UUID.randomUUID(), caseId, seq, AddressForm.ONLINE,
				actor.username(), blankToNull(input.mobile()), blankToNull(input.email()),
				blankToNull(input.postalAddress()), input.consent() ? ConsentBasis.EXPRESS : null,
				input.consent() && input.coversDecisions(),
				"受送达人通过诉讼服务平台在线确认（账号 " + actor.username() + "，代表 " + acting.party().name() + "）", null,
				actor.username(), clock.instant());
		repository.insert(confirmed);
		audit.success("service.address.confirm", "case", caseId.toString());
		return confirmed;
	}

	/**
	 * The court records a confirmation: the signed paper scanned ({@code scan}), or other evidence of consent (a call,
	 * an agreement, an earlier service accepted) described in {@code evidence}.
	 *
	 * @param scanName the uploaded file's name, or {@literal null} without a scan.
	 */
	@Transactional
	public ServiceAddress record(Actor actor, CaseId caseId, int seq, AddressInput input, String scanName,
			InputStream scan) {
		CaseOverview overview = access.servingCase(actor, caseId);
		ActingAccounts acting = ActingAccounts.of(overview, seq)
			.orElseThrow(() -> invalid(List.of(new FieldProblem("partySeq", "invalid", "validation.service.party"))));
		validate(input, scan == null);
		StoredFile stored = scan == null ? null
				: files.store("scan", scanName, scan, Set.of(DocumentType.PDF, DocumentType.JPEG, DocumentType.PNG));
		ConsentBasis basis = input.consent() ? (input.basis() == null ? ConsentBasis.EXPRESS : input.basis()) : null;
		ServiceAddress recorded = new ServiceAddress(UUID.randomUUID(), caseId, seq,
				stored == null ? AddressForm.RECORDED : AddressForm.SCANNED, acting.primary().orElse(null),
				blankToNull(input.mobile()), blankToNull(input.email()), blankToNull(input.postalAddress()), basis,
				basis != null && input.coversDecisions(), blankToNull(input.evidence()),
				stored == null ? null : stored.sha256(), actor.username(), clock.instant());
		repository.insert(recorded);
		audit.success("service.address.record", "case", caseId.toString());
		return recorded;
	}

	private Optional<ServiceAddress> fromPleading(CaseOverview overview, int seq) {
		return ActingAccounts.of(overview, seq)
			.flatMap(ActingAccounts::filingAccount)
			.map(account -> new ServiceAddress(UUID.randomUUID(), overview.id(), seq, AddressForm.PLEADING, account, null,
					null, null, ConsentBasis.ADDRESS_IN_PLEADING, false,
					"网上立案时以诉讼服务平台账号 " + account + " 提交起诉状，该账号即起诉状中提供的电子送达地址", null, "system",
					clock.instant()));
	}

	private static void validate(AddressInput input, boolean evidenceRequired) {
		List<FieldProblem> problems = new ArrayList<>();
		String mobile = blankToNull(input.mobile());
		if (mobile != null && !mobile.matches("1[3-9]\\d{9}")) {
			problems.add(new FieldProblem("mobile", "format", "validation.mobile.format"));
		}
		String email = blankToNull(input.email());
		if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
			problems.add(new FieldProblem("email", "format", "validation.service.email"));
		}
		String postal = blankToNull(input.postalAddress());
		if (postal != null && postal.length() > POSTAL_MAX) {
			problems.add(new FieldProblem("postalAddress", "invalid", "validation.service.postal"));
		}
		String evidence = blankToNull(input.evidence());
		if (evidence != null && evidence.length() > EVIDENCE_MAX) {
			problems.add(new FieldProblem("evidence", "invalid", "validation.service.evidence"));
		}
		if (evidenceRequired && evidence == null) {
			problems.add(new FieldProblem("evidence", "required", "validation.service.evidence-required"));
		}
		if (!problems.isEmpty()) {
			throw invalid(problems);
		}
	}

	private static DomainException invalid(List<FieldProblem> problems) {
		return DomainException.invalid("validation-failed", "problem.validation-failed.detail", problems);
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
