package org.smartcourt.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcourt.cases.Procedure;
import org.smartcourt.notification.Channel;
import org.smartcourt.service.internal.AttemptFacts;
import org.smartcourt.service.internal.Consent;
import org.smartcourt.service.internal.Effect;
import org.smartcourt.service.internal.EffectiveBasis;
import org.smartcourt.service.internal.EffectiveDateRule;
import org.smartcourt.service.internal.ServiceMethod;
import org.smartcourt.shared.DomainException;

/** Every rule of when a service takes effect, and which methods the law refuses. */
class ServiceEffectiveDateTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
	final EffectiveDateRule rule = new EffectiveDateRule(ZONE);

	static Instant at(String localDateTime) {
		return java.time.LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
	}

	@Test
	void aConfirmedAddressIsServedOnTheDayTheSystemShowsSentSuccessfully() {
		Effect effect = rule.electronic(List.of(new AttemptFacts(Channel.IN_APP, true, at("2026-03-02T23:30"), null)),
				null, null).orElseThrow();
		assertThat(effect.on()).as("the court's day, not UTC's").isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(effect.basis()).isEqualTo(EffectiveBasis.CONFIRMED_ADDRESS_REACHED);
		assertThat(effect.basis().citation()).contains("第一百三十五条第二款").contains("第三十一条第一款");
	}

	@Test
	void aConfirmedAddressNotYetReachedIsNotServed() {
		assertThat(rule.electronic(List.of(new AttemptFacts(Channel.SMS, true, null, null)), null, null)).isEmpty();
	}

	@Test
	void theDateTheRecipientProvesWinsOverTheSentRecord() {
		Effect effect = rule.electronic(List.of(new AttemptFacts(Channel.EMAIL, true, at("2026-03-02T10:00"), null)),
				null, LocalDate.of(2026, 3, 5)).orElseThrow();
		assertThat(effect.on()).isEqualTo(LocalDate.of(2026, 3, 5));
		assertThat(effect.basis()).isEqualTo(EffectiveBasis.PROVEN_ARRIVAL);
	}

	@Test
	void anUnconfirmedAddressIsNotServedByTheSentRecordAlone() {
		assertThat(rule.electronic(List.of(new AttemptFacts(Channel.SMS, false, at("2026-03-02T10:00"), null)), null,
				null)).isEmpty();
	}

	@Test
	void anUnconfirmedAddressIsServedWhenTheSystemReportsRead() {
		Effect effect = rule.electronic(
				List.of(new AttemptFacts(Channel.SMS, false, at("2026-03-02T10:00"), at("2026-03-04T08:00"))), null, null)
			.orElseThrow();
		assertThat(effect.on()).isEqualTo(LocalDate.of(2026, 3, 4));
		assertThat(effect.basis()).isEqualTo(EffectiveBasis.READ);
		assertThat(effect.basis().citation()).contains("第三十一条第二款第（二）项");
	}

	@Test
	void anUnconfirmedAddressIsServedWhenTheRecipientAcknowledges() {
		Effect effect = rule.electronic(List.of(new AttemptFacts(Channel.EMAIL, false, at("2026-03-02T10:00"), null)),
				at("2026-03-03T09:00"), null).orElseThrow();
		assertThat(effect.on()).isEqualTo(LocalDate.of(2026, 3, 3));
		assertThat(effect.basis()).isEqualTo(EffectiveBasis.ACKNOWLEDGED);
		assertThat(effect.channel()).isNull();
	}

	@Test
	void theEarliestEffectiveChannelWins() {
		List<AttemptFacts> attempts = List.of(
				new AttemptFacts(Channel.EMAIL, true, at("2026-03-05T10:00"), null),
				new AttemptFacts(Channel.SMS, false, at("2026-03-01T10:00"), at("2026-03-03T10:00")),
				new AttemptFacts(Channel.IN_APP, true, at("2026-03-04T10:00"), null));
		Effect effect = rule.electronic(attempts, at("2026-03-06T10:00"), null).orElseThrow();
		assertThat(effect.on()).isEqualTo(LocalDate.of(2026, 3, 3));
		assertThat(effect.channel()).isEqualTo(Channel.SMS);
		assertThat(effect.basis()).isEqualTo(EffectiveBasis.READ);
	}

	@Test
	void onTheSameDayTheSystemRecordNamesTheRule() {
		List<AttemptFacts> attempts = List.of(new AttemptFacts(Channel.SMS, false, at("2026-03-01T08:00"), at("2026-03-01T09:00")),
				new AttemptFacts(Channel.IN_APP, true, at("2026-03-01T20:00"), null));
		assertThat(rule.electronic(attempts, null, null).orElseThrow().basis())
			.isEqualTo(EffectiveBasis.CONFIRMED_ADDRESS_REACHED);
	}

	@Test
	void postalServiceCountsFromTheReturnReceipt() {
		assertThat(rule.other(ServiceMethod.POSTAL, null, false)).as("no receipt yet").isEmpty();
		Effect effect = rule.other(ServiceMethod.POSTAL, LocalDate.of(2026, 4, 8), false).orElseThrow();
		assertThat(effect.on()).isEqualTo(LocalDate.of(2026, 4, 8));
		assertThat(effect.basis().citation()).isEqualTo("《民事诉讼法》第九十一条");
	}

	@Test
	void directLeftEntrustedAndForwardedServiceCountFromTheirDay() {
		LocalDate day = LocalDate.of(2026, 4, 8);
		assertThat(rule.other(ServiceMethod.PERSONAL, day, false).orElseThrow().basis()).isEqualTo(EffectiveBasis.SIGNED);
		assertThat(rule.other(ServiceMethod.LEFT_AT_RESIDENCE, day, false).orElseThrow().basis().citation())
			.contains("第八十九条");
		assertThat(rule.other(ServiceMethod.ENTRUSTED, day, false).orElseThrow().on()).isEqualTo(day);
		assertThat(rule.other(ServiceMethod.FORWARDED, day, false).orElseThrow().basis().citation()).contains("第九十四条");
	}

	@Test
	void announcementTakesEffectThirtyDaysAfterPublicationAndSixtyForAPartyAbroad() {
		LocalDate published = LocalDate.of(2026, 1, 31);
		Effect home = rule.other(ServiceMethod.PUBLICATION, published, false).orElseThrow();
		assertThat(home.on()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(home.basis().citation()).isEqualTo("《民事诉讼法》第九十五条");
		Effect abroad = rule.other(ServiceMethod.PUBLICATION, published, true).orElseThrow();
		assertThat(abroad.on()).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(abroad.basis().citation()).contains("第二百八十三条第二款");
	}

	@Test
	void simpleProcedureRefusesAnnouncement() {
		assertThatThrownBy(() -> rule.requireAllowed(ServiceMethod.PUBLICATION, "SUMMONS", Procedure.SIMPLIFIED, Consent.NONE))
			.isInstanceOfSatisfying(DomainException.class, ex -> {
				assertThat(ex.kind()).isEqualTo(DomainException.Kind.RULE_VIOLATION);
				assertThat(ex.code()).isEqualTo("service-publication-simple-procedure");
			});
		assertThatThrownBy(() -> rule.requireAllowed(ServiceMethod.PUBLICATION, "SUMMONS", Procedure.SMALL_CLAIMS,
				Consent.NONE)).isInstanceOf(DomainException.class);
		rule.requireAllowed(ServiceMethod.PUBLICATION, "SUMMONS", Procedure.ORDINARY, Consent.NONE);
	}

	@Test
	void electronicServiceNeedsConsentAndForDecisionsConsentCoveringThem() {
		assertThatThrownBy(() -> rule.requireAllowed(ServiceMethod.ELECTRONIC, "SUMMONS", Procedure.ORDINARY, Consent.NONE))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.code()).isEqualTo("service-consent-missing"));
		rule.requireAllowed(ServiceMethod.ELECTRONIC, "SUMMONS", Procedure.ORDINARY, new Consent(true, false));
		assertThatThrownBy(() -> rule.requireAllowed(ServiceMethod.ELECTRONIC, "JUDGMENT", Procedure.ORDINARY,
				new Consent(true, false))).isInstanceOfSatisfying(DomainException.class,
						ex -> assertThat(ex.code()).isEqualTo("service-consent-scope"));
		rule.requireAllowed(ServiceMethod.ELECTRONIC, "MEDIATION_STATEMENT", Procedure.ORDINARY, new Consent(true, true));
	}

	@Test
	void aMediationStatementIsNeverLeftAtTheResidence() {
		assertThatThrownBy(() -> rule.requireAllowed(ServiceMethod.LEFT_AT_RESIDENCE, "MEDIATION_STATEMENT",
				Procedure.ORDINARY, Consent.NONE)).isInstanceOfSatisfying(DomainException.class,
						ex -> assertThat(ex.code()).isEqualTo("service-mediation-not-left"));
	}
}
