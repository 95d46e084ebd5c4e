package org.smartcourt.service.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.smartcourt.accounts.AccountDirectory;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.notification.Channel;
import org.smartcourt.notification.Message;
import org.smartcourt.notification.MessageId;
import org.smartcourt.notification.Notifications;
import org.smartcourt.notification.Recipient;
import org.smartcourt.organization.Courts;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.smartcourt.shared.UserId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 电子送达 (民诉法 art. 90, 在线诉讼规则 arts. 29–32): checks every recipient's consent first (without it nothing
 * changes), then queues one message per recipient and channel through the notification service, each with its own
 * link {@code /s/<token>} so that following it is the 已阅知 record of that channel. A retry with the same
 * idempotency key returns the services made the first time.
 */
@Service
public class ElectronicService {

	static final String TEMPLATE = "service.document";
	static final Set<Channel> CHANNELS = EnumSet.of(Channel.IN_APP, Channel.SMS, Channel.EMAIL);
	private static final SecureRandom RANDOM = new SecureRandom();

	private final ServiceAccess access;
	private final ServiceAddresses addresses;
	private final ServedDocumentRepository documents;
	private final ServingRepository servings;
	private final Notifications notifications;
	private final AccountDirectory accounts;
	private final Courts courts;
	private final AuditTrail audit;
	private final Clock clock;
	private final EffectiveDateRule rule;

	ElectronicService(ServiceAccess access, ServiceAddresses addresses, ServedDocumentRepository documents,
			ServingRepository servings, Notifications notifications, AccountDirectory accounts, Courts courts,
			AuditTrail audit, Clock clock) {
		this.access = access;
		this.addresses = addresses;
		this.documents = documents;
		this.servings = servings;
		this.notifications = notifications;
		this.accounts = accounts;
		this.courts = courts;
		this.audit = audit;
		this.clock = clock;
		this.rule = new EffectiveDateRule(clock.getZone());
	}

	/**
	 * Serves a document electronically.
	 *
	 * @param idempotencyKey the client's key for this request, or {@literal null}; the same key again returns the
	 *        first request's services and sends nothing.
	 * @throws DomainException 404 for a case or document outside the actor's scope; 403 outside the case team and the
	 *         court's desk; 400 for recipients or channels that are not valid; 422 when a recipient did not consent
	 *         (or not for 判决书/裁定书/调解书).
	 */
	@Transactional
	public List<Serving> serve(Actor actor, CaseId caseId, ServeCommand command, String idempotencyKey) {
		CaseOverview overview = access.servingCase(actor, caseId);
		if (idempotencyKey != null && !idempotencyKey.isBlank()) {
			List<Serving> earlier = servings.byIdempotencyKey(actor.username(), idempotencyKey);
			if (!earlier.isEmpty()) {
				return earlier;
			}
		}
		ServedDocument document = document(overview, command.documentId());
		List<FieldProblem> problems = new ArrayList<>();
		Set<Integer> recipients = new LinkedHashSet<>(command.recipients() == null ? List.of() : command.recipients());
		if (recipients.isEmpty() || recipients.stream().anyMatch(seq -> ActingAccounts.of(overview, seq).isEmpty())) {
			problems.add(new FieldProblem("recipients", "invalid", "validation.service.recipients"));
		}
		Set<Channel> channels = command.channels() == null ? Set.of() : command.channels();
		if (channels.isEmpty() || !CHANNELS.containsAll(channels)) {
			problems.add(new FieldProblem("channels", "invalid", "validation.service.channels"));
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail", problems);
		}
		List<Plan> plans = new ArrayList<>();
		for (int seq : recipients) {
			plans.add(plan(overview, document, seq, channels));
		}
		List<Serving> served = new ArrayList<>();
		String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
		for (Plan plan : plans) {
			served.add(send(overview, document, plan, actor.username(), key));
		}
		audit.success("service.serve", "case", caseId.toString());
		return served;
	}

	/**
	 * Serves a just-issued document on the platform inbox of its addressee, for the issuer, when the addressee
	 * consented and has an account; otherwise leaves it in the 待送达 queue.
	 */
	@Transactional
	public Serving serveOnIssue(CaseOverview overview, ServedDocument document, int seq, String issuedBy) {
		try {
			Plan plan = plan(overview, document, seq, Set.of(Channel.IN_APP));
			return send(overview, document, plan, issuedBy, null);
		}
		catch (DomainException refused) {
			Serving pending = new Serving(UUID.randomUUID(), overview.id(), overview.registration().courtId(),
					document.id(), seq, ServiceMethod.ELECTRONIC, ServingStatus.PENDING, issuedBy, clock.instant(), null,
					null, null, null, null, false, null, null, null, null, null, null, null);
			servings.insert(pending, null);
			return pending;
		}
	}

	ServedDocument document(CaseOverview overview, UUID documentId) {
		return Optional.ofNullable(documentId)
			.flatMap(id -> documents.find(overview.id(), id))
			.filter(ServedDocument::forParties)
			.orElseThrow(() -> DomainException.notFound("service-document-not-found",
					"problem.service-document-not-found.detail", String.valueOf(documentId)));
	}

	/** Who and where, checked before anything is written. */
	private Plan plan(CaseOverview overview, ServedDocument document, int seq, Set<Channel> channels) {
		ActingAccounts acting = ActingAccounts.of(overview, seq).orElseThrow();
		Optional<ServiceAddress> address = addresses.current(overview, seq);
		Consent consent = address.map(ServiceAddress::consent).orElse(Consent.NONE);
		try {
			rule.requireAllowed(ServiceMethod.ELECTRONIC, document.kind(), overview.procedure(), consent);
		}
		catch (DomainException refused) {
			throw new DomainException(refused.kind(), refused.code(), refused.messageKey(), acting.party().name());
		}
		String account = address.map(ServiceAddress::platformAccount).or(acting::primary).orElse(null);
		Optional<UserId> user = Optional.ofNullable(account).flatMap(accounts::idOf);
		List<Target> targets = new ArrayList<>();
		for (Channel channel : channels) {
			String confirmed = address.map(a -> a.addressFor(channel)).orElse(null);
			if (channel == Channel.IN_APP && user.isEmpty()) {
				throw DomainException.ruleViolation("service-no-address", "problem.service-no-address.detail",
						acting.party().name(), "诉讼服务平台账号");
			}
			if (channel != Channel.IN_APP && confirmed == null && user.isEmpty()) {
				throw DomainException.ruleViolation("service-no-address", "problem.service-no-address.detail",
						acting.party().name(), channel == Channel.SMS ? "手机号码" : "电子邮箱");
			}
			// an address the party did not give us is the account's own: verified as theirs, not confirmed (art. 31(2))
			targets.add(new Target(channel, channel == Channel.IN_APP ? account : confirmed, confirmed != null));
		}
		return new Plan(acting.party(), user.orElse(null), targets);
	}

	private Serving send(CaseOverview overview, ServedDocument document, Plan plan, String by, String key) {
		// the consent an online filing implies becomes a record the service rests on
		addresses.forService(overview, plan.party().seq());
		Serving serving = servings.pending(document.id(), plan.party().seq())
			.map(pending -> servings.claim(pending, ServiceMethod.ELECTRONIC, by, key))
			.orElseGet(() -> {
				Serving created = new Serving(UUID.randomUUID(), overview.id(), overview.registration().courtId(),
						document.id(), plan.party().seq(), ServiceMethod.ELECTRONIC, ServingStatus.IN_PROGRESS, by,
						clock.instant(), null, null, null, null, null, false, null, null, null, null, null, null, null);
				servings.insert(created, key);
				return created;
			});
		String courtName = courts.find(overview.registration().courtId()).map(Courts.CourtSummary::name).orElse("人民法院");
		for (Target target : plan.targets()) {
			Attempt attempt = new Attempt(UUID.randomUUID(), serving.id(), target.channel(), target.address(),
					target.confirmed(), token(), null, clock.instant(), null, null, null, null);
			servings.insert(attempt);
			servings.trail(serving.id(), attempt.id(), TrailStep.QUEUED, clock.instant(), target.address(), by);
			Map<String, String> values = new HashMap<>();
			values.put("courtName", courtName);
			values.put("caseNumber", overview.registration().caseNumber().format());
			values.put("documentTitle", document.title());
			values.put("partyName", plan.party().name());
			Recipient to = switch (target.channel()) {
				case SMS -> target.confirmed() ? Recipient.addresses(plan.user(), target.address(), null)
						: Recipient.user(plan.user());
				case EMAIL -> target.confirmed() ? Recipient.addresses(plan.user(), null, target.address())
						: Recipient.user(plan.user());
				default -> Recipient.user(plan.user());
			};
			MessageId message = notifications.send(new Message(attempt.deliveryKey(), to, TEMPLATE, values,
					"/s/" + attempt.token(), Set.of(target.channel())));
			servings.messageQueued(attempt.id(), message.value());
		}
		return serving;
	}

	private static String token() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private record Target(Channel channel, String address, boolean confirmed) {
	}

	private record Plan(CaseParty party, UserId user, List<Target> targets) {
	}
}
