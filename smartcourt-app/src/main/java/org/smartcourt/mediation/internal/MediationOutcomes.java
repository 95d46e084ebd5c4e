package org.smartcourt.mediation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseRegistered;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.Docket;
import org.smartcourt.cases.DocketEntryType;
import org.smartcourt.cases.ExcludedPeriods;
import org.smartcourt.cases.NewDocketEntry;
import org.smartcourt.filing.FilingId;
import org.smartcourt.filing.PreSuitMediation;
import org.smartcourt.mediation.EndingGround;
import org.smartcourt.mediation.MediationKind;
import org.smartcourt.mediation.MediationStatus;
import org.smartcourt.shared.Actor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What follows the end of a mediation. Settled: before filing the application ends as settled (《人民法院在线调解规则》
 * art. 20) and the 30 days to apply for judicial confirmation start (民诉法 art. 205); after filing the case's docket
 * says so. Ended without agreement: before filing the application goes back to 登记立案 with a new decision period
 * (art. 21 (二)) and its materials are listed on the new case once registered; after filing the trial resumes (art.
 * 21 (三)). After filing, only the extended part of the period is excluded from the 审限 (art. 24): from the day
 * after the original last day to the end of the mediation, at most to the extended last day.
 */
@Component
class MediationOutcomes {

	private final MediationRepository repository;
	private final MediationClock periods;
	private final PreSuitMediation preSuit;
	private final ExcludedPeriods excluded;
	private final Docket docket;
	private final CaseRegistry registry;
	private final MediationNotices notices;
	private final Clock clock;

	MediationOutcomes(MediationRepository repository, MediationClock periods, PreSuitMediation preSuit,
			ExcludedPeriods excluded, Docket docket, CaseRegistry registry, MediationNotices notices, Clock clock) {
		this.repository = repository;
		this.periods = periods;
		this.preSuit = preSuit;
		this.excluded = excluded;
		this.docket = docket;
		this.registry = registry;
		this.notices = notices;
		this.clock = clock;
	}

	void settle(Actor actor, MediationDetail m) {
		LocalDate today = LocalDate.now(clock);
		Due applyBy = periods.confirmationApplication(today);
		repository.settled(m.id(), today, applyBy);
		if (m.kind() == MediationKind.PRE_SUIT) {
			preSuit.closeAsMediated(actor, new FilingId(m.filingId()), "诉前调解成功（" + m.caseNumber() + "），调解协议生效");
			notices.toParties(m, "mediation.outcome", Map.of("outcome", "调解协议已于 " + today + " 生效。双方可于 "
					+ applyBy.date() + " 前共同在线申请司法确认（《中华人民共和国民事诉讼法》第二百零五条）。"));
		}
		else {
			excludeExtension(actor, m, today);
			docket.record(new CaseId(m.caseId()), actor, NewDocketEntry.of(DocketEntryType.MEDIATION,
					"委托调解达成调解协议（" + today + " 生效），可请求制作调解书或申请撤诉（《人民法院在线调解规则》第二十条第二款）"));
			notices.toParties(m, "mediation.outcome", Map.of("outcome", "调解协议已于 " + today + " 生效。"));
		}
	}

	void end(Actor actor, MediationDetail m, EndingGround ground, String note) {
		LocalDate today = LocalDate.now(clock);
		repository.ended(m.id(), today, ground, note);
		String reason = "调解终结：" + ground.citation();
		if (m.kind() == MediationKind.PRE_SUIT) {
			preSuit.resume(actor, new FilingId(m.filingId()), reason + "。调解不成，依法登记立案（《人民法院在线调解规则》第二十一条"
					+ "第（二）项），调解材料随案移送：" + String.join("、", materials(repository.find(m.id()).orElseThrow())));
			notices.toParties(m, "mediation.outcome", Map.of("outcome", reason + "。法院将依法审查登记立案。"));
		}
		else {
			excludeExtension(actor, m, today);
			docket.record(new CaseId(m.caseId()), actor, NewDocketEntry.of(DocketEntryType.MEDIATION,
					"委托调解终结（" + ground.citation() + "），恢复审理（《人民法院在线调解规则》第二十一条第（三）项）"));
			notices.toParties(m, "mediation.outcome", Map.of("outcome", reason + "。案件恢复审理。"));
		}
	}

	private void excludeExtension(Actor actor, MediationDetail m, LocalDate today) {
		if (!m.extended() || !today.isAfter(m.originalDue())) {
			return;
		}
		LocalDate from = m.originalDue().plusDays(1);
		LocalDate to = today.isBefore(m.dueOn()) ? today : m.dueOn();
		CaseId caseId = new CaseId(m.caseId());
		java.util.UUID period = excluded.start(actor, caseId, ExcludedPeriods.Kind.MEDIATION_EXTENSION, from,
				"各方当事人同意延长的调解期限（" + from + " 至 " + to + "）");
		excluded.end(actor, caseId, period, to);
	}

	/** What goes over to 立案 with the dispute (art. 21): agreement drafts, 调解笔录, sessions, the parties' submissions. */
	static List<String> materials(MediationDetail m) {
		List<String> list = new ArrayList<>();
		m.agreements().forEach(a -> list.add("调解协议草稿第" + a.version() + "稿（" + a.pdfSha256().substring(0, 12) + "）"));
		long notes = m.records().stream().filter(r -> r.kind().equals("NOTE")).count();
		long sessions = m.records().stream().filter(r -> r.kind().equals("SESSION")).count();
		long submissions = m.records().stream().filter(r -> r.kind().equals("SUBMISSION")).count();
		if (notes > 0) {
			list.add("调解笔录 " + notes + " 份");
		}
		if (sessions > 0) {
			list.add("在线调解记录 " + sessions + " 次");
		}
		if (submissions > 0) {
			list.add("当事人提交意见 " + submissions + " 份");
		}
		list.add("调解终结记录");
		return list;
	}

	/** When the filing of a failed pre-suit mediation is registered, its docket lists the materials carried over. */
	@ApplicationModuleListener
	void on(CaseRegistered registered) {
		registry.byId(registered.caseId())
			.filter(r -> r.filingId() != null)
			.flatMap(r -> repository.byFiling(r.filingId()))
			.filter(m -> m.status() == MediationStatus.ENDED)
			.ifPresent(m -> {
				Map<String, String> details = new LinkedHashMap<>();
				details.put("mediationCase", m.caseNumber());
				details.put("mediationId", m.id().toString());
				details.put("materials", String.join("；", materials(m)));
				docket.record(registered.caseId(), null, new NewDocketEntry(DocketEntryType.MEDIATION, null, null,
						"诉前调解（" + m.caseNumber() + "）材料随案移送：" + String.join("、", materials(m)), details));
			});
	}
}
