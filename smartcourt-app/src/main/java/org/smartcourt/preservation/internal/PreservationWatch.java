package org.smartcourt.preservation.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.smartcourt.organization.Position;
import org.smartcourt.organization.Staffing;
import org.smartcourt.preservation.PreservationKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the scheduled tasks do, with the moment passed in so that tests can move time:
 * <ul>
 * <li>{@link #escalate(Instant)}: a ruling with less than a quarter of its period left, and one overdue, is reported
 * to the division heads of the court, once each; so is an enforcement overdue;</li>
 * <li>{@link #daily(LocalDate)}: the applicant and the judge are warned before a measure expires, once per lead
 * ({@code smartcourt.preservation.warning-lead-days}, 30 and 7 by default: 保全规定第十八条 wants the renewal at least
 * seven days before expiry); a measure past its expiry without renewal is recorded as lapsed (查封扣押冻结规定第二十七条);
 * pre-suit measures are warned before, and listed as 待解除 after, the thirty days to sue (民诉法第一百零四条第三款).</li>
 * </ul>
 */
@Component
public class PreservationWatch {

	private final PreservationStore store;
	private final PreservationNotices notices;
	private final Staffing staffing;
	private final List<Integer> leads;

	PreservationWatch(PreservationStore store, PreservationNotices notices, Staffing staffing,
			@Value("${smartcourt.preservation.warning-lead-days:30,7}") List<Integer> leads) {
		this.store = store;
		this.notices = notices;
		this.staffing = staffing;
		this.leads = leads.stream().sorted().toList();
	}

	/** The warning leads in days, smallest first. */
	public List<Integer> leads() {
		return leads;
	}

	@Transactional
	public void escalate(Instant now) {
		for (Application a : store.where("a.status = 'SUBMITTED' and a.ruling_due_at - (a.ruling_due_at - a.clock_start) / 4 <= ?",
				PreservationStore.ts(now))) {
			boolean overdue = !now.isBefore(a.rulingDueAt());
			String kind = overdue ? "RULING_OVERDUE" : "RULING_QUARTER_LEFT";
			tellDivisionHeads(a, kind, overdue ? "裁定期限已届满，尚未裁定" : "裁定期限剩余不足四分之一", a.rulingDueAt(), now);
		}
		for (Application a : store.where("a.status = 'GRANTED' and a.enforcement_due_at <= ?", PreservationStore.ts(now))) {
			tellDivisionHeads(a, "ENFORCEMENT_OVERDUE", "保全裁定执行期限已届满，尚未执行", a.enforcementDueAt(), now);
		}
	}

	private void tellDivisionHeads(Application a, String kind, String what, Instant due, Instant now) {
		String marker = kind + "@" + due.getEpochSecond();
		if (a.events().stream().anyMatch(e -> e.kind().equals(kind) && e.summary().endsWith("[" + marker + "]"))) {
			return;
		}
		store.addEvent(a.id(), now, null, kind, what + "，已报告庭长督办（期限届满：" + Labels.time(due) + "） [" + marker + "]");
		staffing.staffAt(a.court())
			.stream()
			.filter(s -> s.position() == Position.DIVISION_HEAD && s.username() != null)
			.forEach(s -> notices.send("preservation:escalation:" + a.id() + ":" + marker, s.username(),
					"preservation.escalation", Map.of("caseNumber", ApplicationChanges.caseNumber(a), "what", what,
							"due", Labels.time(due)),
					ApplicationChanges.link(a.id())));
	}

	@Transactional
	public void daily(LocalDate today) {
		for (Measure m : store.measuresWhere("m.status = 'ACTIVE'")) {
			Application a = store.find(new org.smartcourt.preservation.PreservationId(m.applicationId())).orElseThrow();
			long left = m.daysLeft(today);
			if (left < 0) {
				lapse(a, m, today);
				continue;
			}
			leads.stream().filter(l -> left <= l).findFirst().ifPresent(lead -> warn(a, m, lead, left, today));
			if (a.kind() == PreservationKind.PRE_SUIT && a.convertedOn() == null && m.suitDeadline() != null) {
				watchSuitWindow(a, m, today);
			}
		}
	}

	private void warn(Application a, Measure m, int lead, long left, LocalDate today) {
		if (!store.recordWarning(m.id(), m.expiryDate(), lead, today)) {
			return;
		}
		Map<String, String> values = Map.of("caseNumber", ApplicationChanges.caseNumber(a), "object",
				m.objectDescription(), "expiry", PreservationPapers.day(m.expiryDate()), "left", Long.toString(left));
		String key = "preservation:expiry-warning:" + m.id() + ":" + m.expiryDate() + ":" + lead;
		notices.send(key, a.filedBy(), "preservation.expiry-warning", values, ApplicationChanges.link(a.id()));
		notices.send(key, a.ruledBy(), "preservation.expiry-warning", values, ApplicationChanges.link(a.id()));
		store.addEvent(a.id(), today.atStartOfDay(PreservationClocks.ZONE).toInstant(), null, "EXPIRY_WARNED",
				"保全期限将于" + PreservationPapers.day(m.expiryDate()) + "届满（" + m.objectDescription() + "，剩余" + left
						+ "日），已提醒申请人及承办人；续行保全应在届满七日前申请（保全规定第十八条）");
	}

	private void lapse(Application a, Measure m, LocalDate today) {
		LocalDate lapsedOn = m.expiryDate().plusDays(1);
		store.updateMeasure(m.id(), "status = 'LAPSED', lapsed_on = ?", lapsedOn);
		store.addEvent(a.id(), today.atStartOfDay(PreservationClocks.ZONE).toInstant(), null, "LAPSED",
				m.objectDescription() + "的保全期限于" + PreservationPapers.day(m.expiryDate()) + "届满，未续行，自"
						+ PreservationPapers.day(lapsedOn) + "起自动失效（《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第二十七条）");
		Map<String, String> values = Map.of("caseNumber", ApplicationChanges.caseNumber(a), "object",
				m.objectDescription(), "expiry", PreservationPapers.day(m.expiryDate()));
		String key = "preservation:lapsed:" + m.id() + ":" + m.expiryDate();
		notices.send(key, a.filedBy(), "preservation.lapsed", values, ApplicationChanges.link(a.id()));
		notices.send(key, a.ruledBy(), "preservation.lapsed", values, ApplicationChanges.link(a.id()));
	}

	private void watchSuitWindow(Application a, Measure m, LocalDate today) {
		long left = Duration.between(today.atStartOfDay(), m.suitDeadline().atStartOfDay()).toDays();
		String kind = left < 0 ? "TO_LIFT" : left <= 7 ? "SUIT_WINDOW_WARNED" : null;
		if (kind == null || a.events().stream().anyMatch(e -> e.kind().equals(kind))) {
			return;
		}
		Instant at = today.atStartOfDay(PreservationClocks.ZONE).toInstant();
		Map<String, String> values = Map.of("caseNumber", ApplicationChanges.caseNumber(a), "deadline",
				PreservationPapers.day(m.suitDeadline()));
		if (kind.equals("TO_LIFT")) {
			store.addEvent(a.id(), at, null, kind, "采取诉前保全措施后三十日内未起诉或申请仲裁（期限" + PreservationPapers.day(m.suitDeadline())
					+ "），应当解除保全（《民事诉讼法》第一百零四条第三款）：待解除");
			notices.send("preservation:to-lift:" + a.id(), a.ruledBy(), "preservation.to-lift", values,
					ApplicationChanges.link(a.id()));
		}
		else {
			store.addEvent(a.id(), at, null, kind, "请于" + PreservationPapers.day(m.suitDeadline())
					+ "前起诉或申请仲裁，逾期将解除保全（《民事诉讼法》第一百零四条第三款）");
			notices.send("preservation:suit-window:" + a.id(), a.filedBy(), "preservation.suit-window", values,
					ApplicationChanges.link(a.id()));
		}
	}
}
