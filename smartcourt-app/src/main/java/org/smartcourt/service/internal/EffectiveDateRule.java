package org.smartcourt.service.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.smartcourt.cases.Procedure;
import org.smartcourt.shared.DomainException;

/**
 * When a service takes effect, and whether a method may be used at all. Pure: the facts in, the day and its rule out.
 * <ul>
 * <li>电子送达 to an address the recipient provided or confirmed: the day the court's system shows 发送成功 (民诉法 art.
 * 90 para. 2, 民诉解释 art. 135 para. 2, 在线诉讼规则 art. 31 para. 1), unless the recipient proves another arrival
 * date, which then counts (民诉解释 art. 135 para. 2, 但书).</li>
 * <li>电子送达 to an address not confirmed but shown to be theirs: only when they reply 收悉 or act on it, or their
 * system reports 已阅知 (在线诉讼规则 art. 31 para. 2).</li>
 * <li>Several channels for the same document: the earliest effective service counts (在线诉讼规则 art. 31 para. 4).</li>
 * <li>邮寄: the receipt's date (民诉法 art. 91); 直接, 委托, 转交: the signature date (arts. 87, 91, 94); 留置: the day
 * the document was left (art. 89); 公告: thirty days after publication (art. 95), sixty for a party without a
 * domicile in China (art. 283 para. 2).</li>
 * </ul>
 */
public final class EffectiveDateRule {

	/** 判决书、裁定书、调解书: electronic service needs consent covering them (民诉法 art. 90 para. 1). */
	static final Set<String> DECISIONS = Set.of("JUDGMENT", "RULING", "WITHDRAWAL_RULING", "MEDIATION_STATEMENT");
	static final int PUBLICATION_DAYS = 30;
	static final int PUBLICATION_DAYS_ABROAD = 60;

	private final ZoneId zone;

	public EffectiveDateRule(ZoneId zone) {
		this.zone = zone;
	}

	/**
	 * The effective day of an electronic service, if it has taken effect.
	 *
	 * @param acknowledgedAt when the recipient replied 收悉 (or acted on the content), or {@literal null}.
	 * @param provenOn the arrival date the recipient proved for a confirmed address, or {@literal null}.
	 */
	public Optional<Effect> electronic(List<AttemptFacts> attempts, Instant acknowledgedAt, LocalDate provenOn) {
		List<Effect> effective = new ArrayList<>();
		for (AttemptFacts attempt : attempts) {
			if (attempt.addressConfirmed()) {
				if (attempt.sentAt() != null) {
					effective.add(provenOn != null ? new Effect(provenOn, EffectiveBasis.PROVEN_ARRIVAL, attempt.channel())
							: new Effect(day(attempt.sentAt()), EffectiveBasis.CONFIRMED_ADDRESS_REACHED,
									attempt.channel()));
				}
			}
			else if (attempt.openedAt() != null) {
				effective.add(new Effect(day(attempt.openedAt()), EffectiveBasis.READ, attempt.channel()));
			}
		}
		if (acknowledgedAt != null) {
			effective.add(new Effect(day(acknowledgedAt), EffectiveBasis.ACKNOWLEDGED, null));
		}
		// earliest wins; on the same day the stronger record (system before presumption before reply) names the rule
		return effective.stream().min(Comparator.comparing(Effect::on).thenComparing(e -> e.basis().ordinal()));
	}

	/**
	 * The effective day of service by another method, once its date is known.
	 *
	 * @param eventOn the receipt's date (邮寄), the signature date (直接, 委托, 转交), the day left (留置) or the day of
	 *        publication (公告); {@literal null} while unknown.
	 * @param abroad the party has no domicile in China (only for 公告送达).
	 */
	public Optional<Effect> other(ServiceMethod method, LocalDate eventOn, boolean abroad) {
		if (eventOn == null) {
			return Optional.empty();
		}
		return Optional.of(switch (method) {
			case POSTAL -> new Effect(eventOn, EffectiveBasis.POSTAL_RECEIPT, null);
			case PERSONAL -> new Effect(eventOn, EffectiveBasis.SIGNED, null);
			case LEFT_AT_RESIDENCE -> new Effect(eventOn, EffectiveBasis.LEFT_AT_RESIDENCE, null);
			case ENTRUSTED -> new Effect(eventOn, EffectiveBasis.ENTRUSTED, null);
			case FORWARDED -> new Effect(eventOn, EffectiveBasis.FORWARDED, null);
			case PUBLICATION -> abroad
					? new Effect(eventOn.plusDays(PUBLICATION_DAYS_ABROAD), EffectiveBasis.PUBLICATION_ABROAD, null)
					: new Effect(eventOn.plusDays(PUBLICATION_DAYS), EffectiveBasis.PUBLICATION, null);
			case ELECTRONIC -> throw new IllegalArgumentException("electronic service has its own rule");
		});
	}

	/**
	 * Refuses a method the law does not allow here, changing nothing.
	 *
	 * @param kind the document kind's name.
	 * @throws DomainException {@code RULE_VIOLATION}: 电子送达 without consent (在线诉讼规则 art. 29, 民诉法 art. 90), or of
	 *         a 判决书/裁定书/调解书 without consent covering them; 公告送达 under 简易程序 (民诉解释 art. 140, which covers
	 *         小额诉讼, a form of it); 留置送达 of a 调解书 (民诉解释 art. 133).
	 */
	public void requireAllowed(ServiceMethod method, String kind, Procedure procedure, Consent consent) {
		switch (method) {
			case ELECTRONIC -> {
				if (!consent.given()) {
					throw DomainException.ruleViolation("service-consent-missing", "problem.service-consent-missing.detail");
				}
				if (DECISIONS.contains(kind) && !consent.coversDecisions()) {
					throw DomainException.ruleViolation("service-consent-scope", "problem.service-consent-scope.detail");
				}
			}
			case PUBLICATION -> {
				if (procedure == Procedure.SIMPLIFIED || procedure == Procedure.SMALL_CLAIMS) {
					throw DomainException.ruleViolation("service-publication-simple-procedure",
							"problem.service-publication-simple-procedure.detail");
				}
			}
			case LEFT_AT_RESIDENCE -> {
				if ("MEDIATION_STATEMENT".equals(kind)) {
					throw DomainException.ruleViolation("service-mediation-not-left",
							"problem.service-mediation-not-left.detail");
				}
			}
			default -> {
			}
		}
	}

	/** Whether the kind is a 判决书, 裁定书 or 调解书, for which the recipient may ask for paper (民诉法 art. 90). */
	public boolean isDecision(String kind) {
		return DECISIONS.contains(kind);
	}

	private LocalDate day(Instant at) {
		return at.atZone(zone).toLocalDate();
	}
}
