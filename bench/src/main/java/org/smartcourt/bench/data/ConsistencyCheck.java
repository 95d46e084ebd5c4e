package org.smartcourt.bench.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import javax.sql.DataSource;

import org.smartcourt.appraisal.internal.AppraisalPeriod;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseNumber;
import org.smartcourt.cases.CaseNumbers;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.internal.clock.CaseClockService;
import org.smartcourt.deadlines.CaseClock;
import org.smartcourt.mediation.MediationKind;
import org.smartcourt.mediation.internal.MediationClock;
import org.smartcourt.preservation.PreservationKind;
import org.smartcourt.preservation.PropertyKind;

/**
 * The generator's output checked with the application's own rules: case numbers parse with {@link CaseNumbers} and
 * match their columns; counters let the next registration continue without a gap; dockets run 1..n in date order;
 * stored clocks equal what the app's {@link CaseClockService} recomputes from the docket (for a sample); appeals
 * link to an earlier first instance; every 民诉前调 case has its mediation, with a mediator of its court once
 * designated, every 财保 case its preservation application, every appraisal period excluded from a 审限 its
 * entrustment, on the same days; their due dates equal what the app's {@code MediationClock}, {@code
 * PreservationClocks} and {@code AppraisalPeriod} compute (for a sample); and, since foreign-key triggers were off
 * during COPY, every reference holds (SQL anti-joins). Each check prints its counts; any violation fails the run.
 */
final class ConsistencyCheck {

	private static final int CLOCK_SAMPLE = 300;

	private final DataSource dataSource;
	private final CaseNumbers numbers;
	private final CaseClockService clocks;
	private final RecordSupport rules;
	private final List<String> failures = new ArrayList<>();

	/** @param rules the app's beans: its deadline engine, mediation and preservation clocks. */
	ConsistencyCheck(DataSource dataSource, CaseNumbers numbers, CaseClockService clocks, RecordSupport rules) {
		this.dataSource = dataSource;
		this.numbers = numbers;
		this.clocks = clocks;
		this.rules = rules;
	}

	/** @return the failed checks, empty when all pass. */
	List<String> run() throws SQLException {
		long started = System.nanoTime();
		try (Connection c = dataSource.getConnection()) {
			caseNumbers(c);
			zero(c, "counter below the highest number of its court, type and year", """
					select count(*) from (select court_code, coalesce(special_code, '') sc, type_code, receipt_year y,
					       max(number::bigint) m from court_case where type_code <> '刑核' group by 1, 2, 3, 4) x
					  left join case_number_counter k on k.court_code = x.court_code and k.special_code = x.sc
					       and k.type_code = x.type_code and k.year = x.y
					 where k.last is null or k.last < x.m""");
			zero(c, "numbering runs with a gap or duplicate (count <> highest number)", """
					select count(*) from (select 1 from court_case where type_code <> '刑核'
					 group by court_code, coalesce(special_code, ''), type_code, receipt_year
					having count(*) <> max(number::bigint) or count(distinct number) <> count(*)) x""");
			zero(c, "cases without a docket", "select count(*) from court_case c where not exists "
					+ "(select 1 from docket_entry d where d.case_id = c.id)");
			zero(c, "dockets whose seq is not 1..n", """
					select count(*) from (select case_id from docket_entry group by case_id
					having min(seq) <> 1 or max(seq) <> count(*)) x""");
			zero(c, "docket entries dated before the previous one", """
					select count(*) from (select occurred_on < lag(occurred_on) over (partition by case_id order by seq) bad
					  from docket_entry) x where bad""");
			zero(c, "dockets not starting with 立案 on the registration day", """
					select count(*) from docket_entry d join court_case c on c.id = d.case_id
					 where d.seq = 1 and (d.type <> 'REGISTERED' or d.occurred_on <> c.registered_on)""");
			zero(c, "open cases of a type with a 审限 rule but no case_clock", """
					select count(*) from court_case c where c.stage not in ('CLOSED', 'ARCHIVED')
					   and c.type_code in ('民初', '民终', '刑初', '刑终', '行初', '行终', '执', '民申')
					   and not exists (select 1 from case_clock k where k.case_id = c.id)""");
			clockSample(c);
			zero(c, "appeals (二审) without an earlier first instance", """
					select count(*) from court_case a where a.type_code in ('民终', '刑终', '行终')
					   and a.filer_username is null
					   and not exists (select 1 from case_link l join court_case f on f.id = l.to_case
					        where l.from_case = a.id and l.kind = 'EARLIER_INSTANCE'
					          and f.type_code = replace(a.type_code, '终', '初') and f.registered_on < a.registered_on)""");
			zero(c, "closed cases without a closing, or closings of open cases", """
					select count(*) from court_case c left join case_closing k on k.case_id = c.id
					 where (c.stage in ('CLOSED', 'ARCHIVED')) <> (k.case_id is not null)""");
			zero(c, "closings dated before registration", """
					select count(*) from case_closing k join court_case c on c.id = k.case_id
					 where k.closed_on < c.registered_on""");
			records(c);
			for (String[] ref : REFERENCES) {
				zero(c, "dangling " + ref[0], ref[1]);
			}
		}
		System.out.printf(Locale.ROOT, "# check: %s in %.1f s%n", failures.isEmpty() ? "all passed" : failures.size()
				+ " FAILED", (System.nanoTime() - started) / 1e9);
		return failures;
	}

	/** The mediation, preservation and appraisal records kept about cases, and their rosters. */
	private void records(Connection c) throws SQLException {
		zero(c, "民诉前调 cases without their pre-suit mediation", """
				select count(*) from court_case c where c.type_code = '民诉前调' and not exists (select 1 from mediation m
				 where m.case_id = c.id and m.kind = 'PRE_SUIT' and m.court_id = c.court_id and m.case_number = c.case_number)""");
		zero(c, "mediations whose status does not fit their 民诉前调 case (in trial: mediating; closed: settled or ended)", """
				select count(*) from mediation m join court_case c on c.id = m.case_id where c.type_code = '民诉前调'
				   and ((c.stage in ('CLOSED', 'ARCHIVED')) <> (m.status in ('SETTLED', 'ENDED'))
				        or (c.stage = 'IN_TRIAL' and m.status <> 'MEDIATING'))""");
		zero(c, "mediations past designation without a mediator of their court, or awaiting one with a mediator", """
				select count(*) from mediation m where (m.status <> 'AWAITING_DESIGNATION') <> (m.mediator_id is not null)
				    or (m.mediator_id is not null and not exists (select 1 from mediator d
				        where d.id = m.mediator_id and d.court_id = m.court_id))""");
		zero(c, "mediations under way without the mediator's acceptance and period", """
				select count(*) from mediation m where m.status in ('MEDIATING', 'SETTLED', 'ENDED')
				   and (m.accepted_on is null or m.due_on is null or not exists (select 1 from mediation_assignment a
				        where a.mediation_id = m.id and a.mediator_id = m.mediator_id and a.outcome = 'ACCEPTED'))""");
		zero(c, "open pre-suit mediations whose filing is not waiting in mediation", """
				select count(*) from mediation m where m.kind = 'PRE_SUIT'
				   and m.status in ('AWAITING_DESIGNATION', 'AWAITING_ACCEPTANCE', 'MEDIATING')
				   and not exists (select 1 from filing f where f.id = m.filing_id and f.status = 'IN_PRE_SUIT_MEDIATION')""");
		zero(c, "courts without a mediator or an appraisal institution on their roster", """
				select count(*) from court t where t.active and t.code is not null and t.level in ('HIGH', 'INTERMEDIATE', 'BASIC')
				   and (not exists (select 1 from mediator d where d.court_id = t.id and d.active)
				        or not exists (select 1 from appraisal_institution i where i.court_id = t.id))""");
		zero(c, "财保 cases without their pre-suit preservation application", """
				select count(*) from court_case c where c.type_code = '财保' and not exists (select 1 from preservation_application a
				 where a.review_case_id = c.id and a.kind = 'PRE_SUIT' and a.review_case_number = c.case_number)""");
		zero(c, "preservations whose measures do not fit their status", """
				select count(*) from preservation_application a where
				       (a.status in ('GRANTED', 'ENFORCED', 'LIFTED')
				        and not exists (select 1 from preservation_measure m where m.application_id = a.id))
				    or (a.status in ('SUBMITTED', 'AWAITING_SECURITY', 'DISMISSED')
				        and exists (select 1 from preservation_measure m where m.application_id = a.id))
				    or exists (select 1 from preservation_measure m where m.application_id = a.id
				        and ((a.status = 'GRANTED') <> (m.status = 'ORDERED')
				             or (a.status = 'LIFTED' and m.status = 'ACTIVE')
				             or (m.status <> 'ORDERED') <> (m.start_date is not null and m.expiry_date is not null)))""");
		zero(c, "appraisal periods excluded from a 审限 without their entrustment", """
				select count(*) from clock_exclusion x where x.kind = 'APPRAISAL' and not exists
				 (select 1 from appraisal_entrustment e where e.clock_exclusion_id = x.id and e.case_id = x.case_id)""");
		zero(c, "entrustments not entrusted on the day their period starts, or reported on another day than it ends", """
				select count(*) from appraisal_entrustment e join clock_exclusion x on x.id = e.clock_exclusion_id
				  join appraisal_assignment a on a.entrustment_id = e.id and a.round = 1
				 where (a.assigned_at at time zone 'Asia/Shanghai')::date <> x.started_on
				    or (e.status = 'REPORTED') <> (x.ended_on is not null)
				    or (e.status = 'REPORTED' and not exists (select 1 from appraisal_assignment r
				        where r.id = e.current_assignment_id and r.report_on = x.ended_on))""");
		mediationSample(c);
		preservationSample(c);
		appraisalSample(c);
	}

	private void mediationSample(Connection c) throws SQLException {
		long bad = 0;
		long of = 0;
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
				select m.requested_on, m.choice_due, m.designation_due, a.designated_on, m.acceptance_due, m.accepted_on,
				       m.original_due, m.kind, m.procedure
				  from mediation m left join mediation_assignment a on a.mediation_id = m.id and a.mediator_id = m.mediator_id
				 order by m.id limit %d""".formatted(CLOCK_SAMPLE))) {
			while (rs.next()) {
				of++;
				LocalDate requested = rs.getObject(1, LocalDate.class);
				LocalDate designated = rs.getObject(4, LocalDate.class);
				LocalDate accepted = rs.getObject(6, LocalDate.class);
				MediationClock clock = rules.mediation();
				boolean ok = clock.jointChoice(requested).date().equals(rs.getObject(2, LocalDate.class))
						&& clock.designation(requested).date().equals(rs.getObject(3, LocalDate.class))
						&& (designated == null || clock.acceptance(designated).date().equals(rs.getObject(5, LocalDate.class)))
						&& (accepted == null || clock.period(MediationKind.valueOf(rs.getString(8)),
								rs.getString(9) == null ? null : Procedure.valueOf(rs.getString(9)), accepted)
							.date().equals(rs.getObject(7, LocalDate.class)));
				bad += ok ? 0 : 1;
			}
		}
		report("sampled mediations whose due dates the app's MediationClock computes differently", bad, of);
	}

	private void preservationSample(Connection c) throws SQLException {
		long bad = 0;
		long of = 0;
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
				select kind, urgent, clock_start, ruling_due_at from preservation_application order by id limit %d"""
			.formatted(CLOCK_SAMPLE))) {
			while (rs.next()) {
				of++;
				Instant due = rules.preservation().ruling(PreservationKind.valueOf(rs.getString(1)), rs.getBoolean(2),
						rs.getObject(3, OffsetDateTime.class).toInstant()).at();
				bad += due.equals(rs.getObject(4, OffsetDateTime.class).toInstant()) ? 0 : 1;
			}
		}
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
				select m.object_kind, m.start_date, m.expiry_date, m.suit_deadline, m.rule_id from preservation_measure m
				 where m.start_date is not null and m.renewals = 0 order by m.id limit %d""".formatted(CLOCK_SAMPLE))) {
			while (rs.next()) {
				of++;
				PropertyKind kind = PropertyKind.valueOf(rs.getString(1));
				LocalDate start = rs.getObject(2, LocalDate.class);
				LocalDate suit = rs.getObject(4, LocalDate.class);
				boolean ok = rules.preservation().expiry(kind, start).day().equals(rs.getObject(3, LocalDate.class))
						&& (suit == null || rules.preservation().suitWindow(start).day().equals(suit))
						&& kind.periodRule().value().equals(rs.getString(5));
				bad += ok ? 0 : 1;
			}
		}
		report("sampled preservations and measures whose periods the app's PreservationClocks computes differently",
				bad, of);
	}

	private void appraisalSample(Connection c) throws SQLException {
		long bad = 0;
		long of = 0;
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
				select e.complex, a.accepted_on, a.due_on, x.decided_on, x.new_due from appraisal_assignment a
				  join appraisal_entrustment e on e.id = a.entrustment_id
				  left join appraisal_extension x on x.assignment_id = a.id and x.decision = 'APPROVED'
				 where a.accepted_on is not null
				   and not exists (select 1 from appraisal_material_request r where r.assignment_id = a.id)
				   and (select count(*) from appraisal_extension y where y.assignment_id = a.id and y.decision = 'APPROVED') <= 1
				 order by a.id limit %d""".formatted(CLOCK_SAMPLE))) {
			while (rs.next()) {
				of++;
				LocalDate accepted = rs.getObject(2, LocalDate.class);
				LocalDate approved = rs.getObject(4, LocalDate.class);
				LocalDate due = AppraisalPeriod.compute(rules.deadlines(), rs.getBoolean(1), accepted, List.of(),
						approved == null ? null : new AppraisalPeriod.Extension(approved, rs.getObject(5, LocalDate.class)),
						accepted).due();
				bad += due.equals(rs.getObject(3, LocalDate.class)) ? 0 : 1;
			}
		}
		report("sampled appraisal periods (鉴定期限) the app's AppraisalPeriod computes differently", bad, of);
	}

	private static final String[][] REFERENCES = {
			{ "case_party.case_id", "select count(*) from case_party x where not exists (select 1 from court_case c where c.id = x.case_id)" },
			{ "case_party.represents", """
					select count(*) from case_party x where x.represents is not null and not exists
					 (select 1 from case_party p where p.case_id = x.case_id and p.seq = x.represents and p.kind = 'PARTY')""" },
			{ "docket_entry.case_id", "select count(*) from docket_entry x where not exists (select 1 from court_case c where c.id = x.case_id)" },
			{ "case_team_member.case_id", "select count(*) from case_team_member x where not exists (select 1 from court_case c where c.id = x.case_id)" },
			{ "case_team_member.staff_id", "select count(*) from case_team_member x where not exists (select 1 from staff_member s where s.id = x.staff_id)" },
			{ "mediation_diversion.case_id", "select count(*) from mediation_diversion x where x.case_id is not null and not exists (select 1 from court_case c where c.id = x.case_id and c.category_code = '0301')" },
			{ "mediation_diversion.overridden", "select count(*) from mediation_diversion x where x.decided_track is not null and x.overridden <> (x.decided_track <> x.suggested_track)" },
			{ "case_team_member.case_open", "select count(*) from case_team_member x join court_case c on c.id = x.case_id where x.case_open = c.stage in ('CLOSED', 'ARCHIVED')" },
			{ "supervision: every case has its statistics or is queued for them", "select count(*) from court_case c where not exists (select 1 from supervision_case_fact f where f.case_id = c.id) and not exists (select 1 from supervision_dirty_case d where d.case_id = c.id)" },
			{ "case_assignment.case_id", "select count(*) from case_assignment x where not exists (select 1 from court_case c where c.id = x.case_id)" },
			{ "court_case.court_id", "select count(*) from court_case x where not exists (select 1 from court c where c.id = x.court_id)" },
			{ "court_case.department_id", "select count(*) from court_case x where x.department_id is not null and not exists (select 1 from department d where d.id = x.department_id and d.court_id = x.court_id)" },
			{ "court_case.cause_code", "select count(*) from court_case x where x.cause_code is not null and not exists (select 1 from cause_of_action a where a.code = x.cause_code)" },
			{ "court_case.category_code", "select count(*) from court_case x where not exists (select 1 from case_type t where t.code = x.category_code and t.type_code = x.type_code)" },
			{ "case_clock.case_id", "select count(*) from case_clock x where not exists (select 1 from court_case c where c.id = x.case_id)" },
			{ "extension_request.case_id", "select count(*) from extension_request x where not exists (select 1 from court_case c where c.id = x.case_id)" },
			{ "clock_exclusion.case_id", "select count(*) from clock_exclusion x where not exists (select 1 from court_case c where c.id = x.case_id)" },
			{ "case_document.case_id", "select count(*) from case_document x where not exists (select 1 from court_case c where c.id = x.case_id)" },
			{ "document_service.document_id", "select count(*) from document_service x where not exists (select 1 from case_document d where d.id = x.document_id and d.case_id = x.case_id)" },
			{ "document_service.party", "select count(*) from document_service x where not exists (select 1 from case_party p where p.case_id = x.case_id and p.seq = x.party_seq)" },
			{ "case_pronouncement.document_id", "select count(*) from case_pronouncement x where not exists (select 1 from case_document d where d.id = x.document_id and d.case_id = x.case_id)" },
			{ "case_closing.case_id", "select count(*) from case_closing x where not exists (select 1 from court_case c where c.id = x.case_id)" },
			{ "case_link.from_case/to_case", "select count(*) from case_link x where not exists (select 1 from court_case c where c.id = x.from_case) or not exists (select 1 from court_case c where c.id = x.to_case)" },
			{ "hearing.case_id", "select count(*) from hearing x where not exists (select 1 from court_case c where c.id = x.case_id and c.case_number = x.case_number)" },
			{ "hearing.courtroom_id", "select count(*) from hearing x where x.courtroom_id is not null and not exists (select 1 from courtroom r where r.id = x.courtroom_id and r.court_id = x.court_id)" },
			{ "court_case.filing_id (an ACCEPTED filing naming the case)", "select count(*) from court_case x where x.filing_id is not null and not exists (select 1 from filing f where f.id = x.filing_id and f.status = 'ACCEPTED' and f.decision ->> 'caseNumber' = x.case_number)" },
			{ "filing_event.filing_id", "select count(*) from filing_event x where not exists (select 1 from filing f where f.id = x.filing_id)" },
			{ "staff_member.department_id", "select count(*) from staff_member x where x.department_id is not null and not exists (select 1 from department d where d.id = x.department_id and d.court_id = x.court_id)" },
			{ "judge_team staff", "select count(*) from judge_team x where not exists (select 1 from staff_member s where s.id = x.judge_staff_id) or not exists (select 1 from staff_member s where s.id = x.clerk_staff_id)" },
			{ "mediation.case_id", "select count(*) from mediation x where not exists (select 1 from court_case c where c.id = x.case_id and c.court_id = x.court_id)" },
			{ "mediation_party.mediation_id", "select count(*) from mediation_party x where not exists (select 1 from mediation m where m.id = x.mediation_id)" },
			{ "mediation_assignment.mediation_id/mediator_id", "select count(*) from mediation_assignment x where not exists (select 1 from mediation m where m.id = x.mediation_id) or not exists (select 1 from mediator d where d.id = x.mediator_id)" },
			{ "mediation_record.mediation_id", "select count(*) from mediation_record x where not exists (select 1 from mediation m where m.id = x.mediation_id)" },
			{ "mediator.organization_id", "select count(*) from mediator x where x.organization_id is not null and not exists (select 1 from mediation_organization o where o.id = x.organization_id and o.court_id = x.court_id)" },
			{ "preservation_application.review_case_id", "select count(*) from preservation_application x where x.review_case_id is not null and not exists (select 1 from court_case c where c.id = x.review_case_id and c.court_id = x.court_id)" },
			{ "preservation_application.fee_payment_id", "select count(*) from preservation_application x where x.fee_payment_id is not null and not exists (select 1 from fee_payment f where f.id = x.fee_payment_id)" },
			{ "preservation_property.application_id", "select count(*) from preservation_property x where not exists (select 1 from preservation_application a where a.id = x.application_id)" },
			{ "preservation_measure.property", "select count(*) from preservation_measure x where not exists (select 1 from preservation_property p where p.application_id = x.application_id and p.seq = x.property_seq)" },
			{ "preservation_event.application_id", "select count(*) from preservation_event x where not exists (select 1 from preservation_application a where a.id = x.application_id)" },
			{ "appraisal_entrustment.case_id", "select count(*) from appraisal_entrustment x where not exists (select 1 from court_case c where c.id = x.case_id and c.court_id = x.court_id)" },
			{ "appraisal_entrustment.current_assignment_id", "select count(*) from appraisal_entrustment x where x.current_assignment_id is not null and not exists (select 1 from appraisal_assignment a where a.id = x.current_assignment_id and a.entrustment_id = x.id)" },
			{ "appraisal_assignment.institution_id (on the court's roster)", "select count(*) from appraisal_assignment x join appraisal_entrustment e on e.id = x.entrustment_id where not exists (select 1 from appraisal_institution i where i.id = x.institution_id and i.court_id = e.court_id)" },
			{ "appraisal_extension.assignment_id", "select count(*) from appraisal_extension x where not exists (select 1 from appraisal_assignment a where a.id = x.assignment_id)" },
			{ "appraisal_draw.entrustment_id/chosen_id", "select count(*) from appraisal_draw x where not exists (select 1 from appraisal_assignment a where a.entrustment_id = x.entrustment_id and a.round = x.round and a.draw_id = x.id and a.institution_id = x.chosen_id)" },
			{ "staff_member.username (bench accounts)", "select count(*) from staff_member x where x.username like 'bench-%' and not exists (select 1 from user_account u where u.username = x.username and u.court_id = x.court_id)" } };

	private void caseNumbers(Connection c) throws SQLException {
		long rows = 0;
		long bad = 0;
		c.setAutoCommit(false);
		try (Statement s = c.createStatement()) {
			s.setFetchSize(10_000);
			try (ResultSet rs = s.executeQuery("""
					select case_number, receipt_year, court_code, special_code, type_code, number from court_case""")) {
				while (rs.next()) {
					rows++;
					try {
						CaseNumber n = numbers.parse(rs.getString(1));
						if (n.year() != rs.getInt(2) || !n.courtCode().equals(rs.getString(3))
								|| !Objects.equals(n.specialCode(), rs.getString(4)) || !n.typeCode().equals(rs.getString(5))
								|| !n.number().equals(rs.getString(6)) || !n.format().equals(rs.getString(1))) {
							bad++;
						}
					}
					catch (RuntimeException e) {
						bad++;
					}
				}
			}
		}
		finally {
			c.commit();
			c.setAutoCommit(true);
		}
		report("case numbers that CaseNumbers.parse rejects or that differ from their columns", bad, rows);
	}

	private void clockSample(Connection c) throws SQLException {
		List<Object[]> sample = new ArrayList<>();
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
				(select k.case_id, k.computed_on, k.due_on, k.status from case_clock k
				  join court_case c on c.id = k.case_id where c.stage not in ('CLOSED', 'ARCHIVED')
				  order by k.case_id limit %d)
				union all
				(select k.case_id, k.computed_on, k.due_on, k.status from case_clock k
				  join court_case c on c.id = k.case_id where c.stage in ('CLOSED', 'ARCHIVED')
				  order by k.case_id limit %d)
				union all
				(select k.case_id, k.computed_on, k.due_on, k.status from case_clock k
				  where k.extensions > 0 or k.excluded_days > 0 order by k.case_id limit %d)""".formatted(CLOCK_SAMPLE,
				CLOCK_SAMPLE / 3, CLOCK_SAMPLE / 3))) {
			while (rs.next()) {
				sample.add(new Object[] { rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
						rs.getObject(3, LocalDate.class), rs.getString(4) });
			}
		}
		long bad = 0;
		for (Object[] row : sample) {
			CaseClock computed = clocks.compute(new CaseId((UUID) row[0]), (LocalDate) row[1]).orElse(null);
			if (computed == null || !computed.due().equals(row[2]) || !computed.status().name().equals(row[3])) {
				bad++;
				if (bad <= 3) {
					System.out.println("#   clock of " + row[0] + ": stored " + row[2] + " " + row[3] + ", app computes "
							+ (computed == null ? "no clock" : computed.due() + " " + computed.status()));
				}
			}
		}
		report("sampled clocks whose due date or status the app recomputes differently", bad, sample.size());
	}

	private void zero(Connection c, String what, String sql) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			report(what, rs.getLong(1), -1);
		}
	}

	private void report(String what, long bad, long of) {
		System.out.printf(Locale.ROOT, "#   %-6s %s: %,d%s%n", bad == 0 ? "ok" : "FAIL", what, bad,
				of >= 0 ? String.format(Locale.ROOT, " of %,d", of) : "");
		if (bad != 0) {
			failures.add(what);
		}
	}
}
