package org.smartcourt.cases.internal.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.internal.SameParty;
import org.smartcourt.organization.CaseCategory;
import org.smartcourt.organization.Position;
import org.smartcourt.organization.Staffing;
import org.smartcourt.organization.Staffing.StaffSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may be drawn for a case, and who is left out and why:
 * <ul>
 * <li>承办法官: active judges (positions that hear cases) of the responsible department at the case's court who may
 * hear the case's category (the group of its 4-digit code, e.g. 0301 → 0300);</li>
 * <li>人民陪审员: the court's roster (人民陪审员法 art. 19: drawn at random from the roster);</li>
 * </ul>
 * minus those absent on the day ({@code judge_absence}) and those who must recuse because they sat on an earlier
 * instance or related case of the same parties (民诉解释 art. 45: who took part in one procedure of a case may not
 * sit in another procedure of it; 民诉法 art. 47): another case sharing a party that is either closed (the earlier
 * instance before an appeal, 再审 or 发回重审) or of another 类型代字 (一审/二审/再审/执行 of the dispute). Open cases of
 * the same type are parallel suits and recuse nobody. Parties are matched by 身份证号/统一社会信用代码, or by name where
 * either has no number. Each candidate is weighted by their open caseload.
 */
@Component
public class Eligibility {

	/** 民诉前调. */
	static final String PRE_SUIT_MEDIATION = "9901";

	private static final Set<String> SITTING_ROLES = Set.of("RESPONSIBLE_JUDGE", "PRESIDING_JUDGE", "MEMBER_JUDGE",
			"PEOPLES_ASSESSOR");

	private final Staffing staffing;
	private final JdbcClient jdbc;

	Eligibility(Staffing staffing, JdbcClient jdbc) {
		this.staffing = staffing;
		this.jdbc = jdbc;
	}

	/**
	 * Whether cases of this category go through 分案 at all: a 民诉前调 case (9901) is conducted by the mediator the
	 * court designates (《人民法院在线调解规则》第十条), not by a judge, so it never enters the 待分案 queue.
	 */
	public static boolean assignedToJudges(String categoryCode) {
		return !PRE_SUIT_MEDIATION.equals(categoryCode);
	}

	/** The case category group of a 4-digit 案件类型代码. */
	public static Optional<CaseCategory> categoryOf(String categoryCode) {
		return categoryCode == null || categoryCode.length() != 4 ? Optional.empty()
				: CaseCategory.fromCode(categoryCode.substring(0, 2) + "00");
	}

	/** The judges of {@code departmentId} who may be drawn as 承办法官 on {@code day}. */
	public CandidatePool judges(CaseOverview overview, UUID departmentId, LocalDate day) {
		Optional<CaseCategory> category = categoryOf(overview.registration().categoryCode());
		List<StaffSummary> inDepartment = staffing.staffOf(departmentId)
			.stream()
			.filter(s -> s.court().equals(overview.registration().courtId()) && s.position().hearsCases())
			.toList();
		List<StaffSummary> qualified = new ArrayList<>();
		List<Exclusion> excluded = new ArrayList<>();
		for (StaffSummary s : inDepartment) {
			if (category.isPresent() && s.mayHear(category.get())) {
				qualified.add(s);
			}
			else {
				excluded.add(new Exclusion(s.id(), s.name(), "未被确定审理该类案件"));
			}
		}
		return pool(overview.id(), qualified, excluded, "RESPONSIBLE_JUDGE", day);
	}

	/** The court's 人民陪审员 who may be drawn for the case's 合议庭, leaving out anyone already on its team. */
	public CandidatePool assessors(CaseOverview overview, LocalDate day) {
		Set<UUID> onTeam = new java.util.HashSet<>();
		overview.team().forEach(m -> onTeam.add(m.staffId()));
		List<StaffSummary> roster = staffing.staffAt(overview.registration().courtId())
			.stream()
			.filter(s -> s.position() == Position.PEOPLES_ASSESSOR && !onTeam.contains(s.id()))
			.toList();
		return pool(overview.id(), roster, new ArrayList<>(), "PEOPLES_ASSESSOR", day);
	}

	/** Why {@code staffId} may not sit on the case, if they may not: recusal first, then absence. */
	public Optional<String> obstacle(CaseId caseId, UUID staffId, LocalDate day) {
		String recusal = recusals(caseId).get(staffId);
		if (recusal != null) {
			return Optional.of(recusal);
		}
		return Optional.ofNullable(absences(List.of(staffId), day).get(staffId));
	}

	private CandidatePool pool(CaseId caseId, List<StaffSummary> people, List<Exclusion> excluded, String loadRole,
			LocalDate day) {
		List<UUID> ids = people.stream().map(StaffSummary::id).toList();
		Map<UUID, String> recused = recusals(caseId);
		Map<UUID, String> absent = absences(ids, day);
		Map<UUID, Integer> load = openCases(ids, loadRole);
		List<Candidate> eligible = new ArrayList<>();
		for (StaffSummary s : people) {
			if (recused.containsKey(s.id())) {
				excluded.add(new Exclusion(s.id(), s.name(), recused.get(s.id())));
			}
			else if (absent.containsKey(s.id())) {
				excluded.add(new Exclusion(s.id(), s.name(), absent.get(s.id())));
			}
			else {
				eligible.add(Candidate.weighted(s.id(), s.name(), load.getOrDefault(s.id(), 0)));
			}
		}
		return new CandidatePool(eligible, excluded);
	}

	private Map<UUID, String> recusals(CaseId caseId) {
		Map<UUID, String> reasons = new HashMap<>();
		jdbc.sql(SameParty.OTHER_CASES + """
				select distinct t.staff_id, o.case_number, s.name
				  from same s
				  join court_case o on o.id = s.case_id
				  join court_case c on c.id = :case and (o.stage in ('CLOSED', 'ARCHIVED') or o.type_code <> c.type_code)
				  join case_team_member t on t.case_id = o.id and t.role in (:roles)
				 order by o.case_number""")
			.param("roles", SITTING_ROLES)
			.param("case", caseId.value())
			.query((rs, n) -> {
				reasons.putIfAbsent(rs.getObject("staff_id", UUID.class), "应回避：曾参与共同当事人" + rs.getString("name")
						+ "的前审或关联案件" + rs.getString("case_number") + "的审理（民诉解释第四十五条）");
				return null;
			})
			.list();
		return reasons;
	}

	private Map<UUID, String> absences(List<UUID> staff, LocalDate day) {
		Map<UUID, String> reasons = new HashMap<>();
		if (staff.isEmpty()) {
			return reasons;
		}
		jdbc.sql("""
				select staff_id, from_date, to_date, reason from judge_absence
				 where withdrawn_at is null and from_date <= :day and to_date >= :day and staff_id in (:staff)""")
			.param("day", day)
			.param("staff", staff)
			.query((rs, n) -> {
				reasons.putIfAbsent(rs.getObject("staff_id", UUID.class), "不在岗：" + rs.getString("reason") + "（"
						+ rs.getDate("from_date").toLocalDate() + "至" + rs.getDate("to_date").toLocalDate() + "）");
				return null;
			})
			.list();
		return reasons;
	}

	private Map<UUID, Integer> openCases(List<UUID> staff, String role) {
		Map<UUID, Integer> load = new HashMap<>();
		if (staff.isEmpty()) {
			return load;
		}
		// case_open mirrors the stage of the team row's case (kept by the triggers of V59_1): no join with court_case
		jdbc.sql("""
				select t.staff_id, count(distinct t.case_id) as open from case_team_member t
				 where t.until is null and t.case_open and t.role = :role and t.staff_id in (:staff)
				 group by t.staff_id""")
			.param("role", role)
			.param("staff", staff)
			.query((rs, n) -> load.put(rs.getObject("staff_id", UUID.class), rs.getInt("open")))
			.list();
		return load;
	}
}
