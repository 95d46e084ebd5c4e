package org.smartcourt.cases.internal.assignment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseStage;
import org.smartcourt.cases.Cases;
import org.smartcourt.cases.Docket;
import org.smartcourt.cases.DocketEntry;
import org.smartcourt.cases.DocketEntryType;
import org.smartcourt.cases.NewDocketEntry;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.internal.CaseStages;
import org.smartcourt.cases.internal.ProcedureNames;
import org.smartcourt.cases.internal.clock.CaseClockStore;
import org.smartcourt.cases.internal.clock.ClockListRow;
import org.smartcourt.organization.CourtLevel;
import org.smartcourt.organization.Courts;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 程序转换, by the 承办法官, with a reason; each is a PROCEDURE_CHANGED docket entry with details {@code from} and
 * {@code to} (Procedure names), which the case clock reads. Lawful changes only:
 * <ul>
 * <li>简易 → 普通: 民诉法 art. 170; before the simplified period runs out (民诉解释 art. 258 para. 2: three months from
 * 立案, 民诉法 art. 164, or four with an approved extension); the 审限 still counts from 立案 (art. 258 para. 3); on
 * a party's objection found well-founded, art. 269.</li>
 * <li>小额 → 简易 or 普通: 民诉法 art. 169 (and 民诉解释 art. 279).</li>
 * <li>普通 → 简易: only at a basic court or its 人民法庭, where both parties agree (民诉法 art. 160 para. 2; 民诉解释
 * art. 264: before the hearing) and no hearing has been held (民诉解释 art. 260).</li>
 * </ul>
 * The simplified period check counts calendar months from 立案 and does not deduct excluded periods: the deadlines
 * module owns the exact 审限.
 */
@Service
public class ProcedureChanges {

	private static final int REASON_MAX = 500;

	private final Cases cases;
	private final CaseStages stages;
	private final Docket docket;
	private final AuditTrail audit;
	private final Courts courts;
	private final ProcedureNames names;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final CaseClockStore clocks;

	ProcedureChanges(Cases cases, CaseStages stages, Docket docket, AuditTrail audit, Courts courts,
			ProcedureNames names, JdbcClient jdbc, Clock clock, CaseClockStore clocks) {
		this.clocks = clocks;
		this.cases = cases;
		this.stages = stages;
		this.docket = docket;
		this.audit = audit;
		this.courts = courts;
		this.names = names;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Changes the case's procedure.
	 *
	 * @param partiesAgreed for 普转简: both parties agreed to the simplified procedure.
	 * @throws DomainException 409 with the reason when the change is not lawful now.
	 */
	@Transactional
	public DocketEntry change(Actor actor, CaseId id, Procedure to, String reason, boolean partiesAgreed) {
		CaseOverview overview = AssignmentAccess.courtOverview(cases, actor, id);
		AssignmentAccess.require(AssignmentAccess.isResponsibleJudge(actor, overview));
		if (to == null || reason == null || reason.isBlank() || reason.length() > REASON_MAX) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail",
					List.of(to == null ? new FieldProblem("to", "required", "validation.procedure-change.to")
							: new FieldProblem("reason", "required", "validation.procedure-change.reason")));
		}
		stages.require(id, EnumSet.of(CaseStage.ASSIGNED, CaseStage.IN_TRIAL, CaseStage.SUSPENDED), "转换审理程序");
		Procedure from = overview.procedure();
		List<DocketEntry> entries = docket.entries(id);
		String basis = basis(overview, from, to, partiesAgreed, entries);
		jdbc.sql("update court_case set procedure = ?, version = version + 1 where id = ?")
			.params(to.name(), id.value())
			.update();
		String summary = names.nameOf(from) + "转为" + names.nameOf(to) + "（" + basis + "）"
				+ (to == Procedure.ORDINARY ? "，审理期限自立案之日起计算" : "") + "。理由：" + reason.strip();
		DocketEntry entry = docket.record(id, actor, NewDocketEntry.of(DocketEntryType.PROCEDURE_CHANGED, null, summary,
				Map.of("from", from.name(), "to", to.name())));
		audit.success("case.procedure.change", "case", id.toString());
		return entry;
	}

	private String basis(CaseOverview overview, Procedure from, Procedure to, boolean partiesAgreed,
			List<DocketEntry> entries) {
		if (from == Procedure.SIMPLIFIED && to == Procedure.ORDINARY) {
			// The case clock knows the exclusions and extensions; without one, the bare three (or four) months.
			boolean extended = entries.stream().anyMatch(e -> e.type() == DocketEntryType.EXTENSION_APPROVED);
			LocalDate expires = clocks.row(overview.id())
				.map(ClockListRow::due)
				.orElse(overview.registration().registeredOn().plusMonths(extended ? 4 : 3));
			if (LocalDate.now(clock).isAfter(expires)) {
				throw refused("简易程序审理期限已于" + expires + "届满，转为普通程序应当在审理期限届满前裁定（《民事诉讼法解释》第二百五十八条第二款）");
			}
			return "《民事诉讼法》第一百七十条";
		}
		if (from == Procedure.SMALL_CLAIMS && (to == Procedure.SIMPLIFIED || to == Procedure.ORDINARY)) {
			return "《民事诉讼法》第一百六十九条";
		}
		if (from == Procedure.ORDINARY && to == Procedure.SIMPLIFIED) {
			CourtLevel level = courts.find(overview.registration().courtId())
				.map(Courts.CourtSummary::level)
				.orElse(CourtLevel.BASIC);
			if (level != CourtLevel.BASIC && level != CourtLevel.TRIBUNAL) {
				throw refused("只有基层人民法院和它派出的法庭可以适用简易程序（《民事诉讼法》第一百六十条）");
			}
			if (!partiesAgreed) {
				throw refused("普通程序转为简易程序须经当事人双方约定（《民事诉讼法》第一百六十条第二款）");
			}
			if (entries.stream().anyMatch(e -> e.type() == DocketEntryType.HEARING_HELD)) {
				throw refused("已经按照普通程序审理的案件，在开庭后不得转为简易程序审理（《民事诉讼法解释》第二百六十条）");
			}
			return "当事人双方约定，《民事诉讼法》第一百六十条第二款";
		}
		throw refused("不能由" + names.nameOf(from) + "转为" + names.nameOf(to)
				+ "：可以简易转普通、小额诉讼转简易或普通、经当事人双方约定普通转简易");
	}

	private static DomainException refused(String why) {
		return DomainException.conflict("procedure-change-refused", "problem.procedure-change-refused.detail", why);
	}
}
