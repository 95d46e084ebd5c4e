package org.smartcourt.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseNumber;
import org.smartcourt.cases.CaseNumbers;
import org.smartcourt.cases.CaseRegistered;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.Docket;
import org.smartcourt.cases.DocketEntryType;
import org.smartcourt.cases.NewDocketEntry;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisterCase;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.catalogue.CaseCategory;
import org.smartcourt.catalogue.CaseTypes;
import org.smartcourt.organization.Courts;
import org.smartcourt.organization.Courts.CourtSummary;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link CaseRegistry} on the {@code court_case} table. */
@Service
class JdbcCaseRegistry implements CaseRegistry {

	private static final int TITLE_MAX = 500;
	private static final String COLUMNS = """
			id, receipt_year, court_code, special_code, type_code, number, court_id, category_code, procedure,
			cause_code, filing_id, registered_on, title""";

	private final JdbcClient jdbc;
	private final CaseNumbers numbers;
	private final CaseTypes caseTypes;
	private final Courts courts;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final CaseParties parties;
	private final Docket docket;
	private final ProcedureNames procedureNames;

	JdbcCaseRegistry(JdbcClient jdbc, CaseNumbers numbers, CaseTypes caseTypes, Courts courts, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock, CaseParties parties, Docket docket,
			ProcedureNames procedureNames) {
		this.parties = parties;
		this.docket = docket;
		this.procedureNames = procedureNames;
		this.jdbc = jdbc;
		this.numbers = numbers;
		this.caseTypes = caseTypes;
		this.courts = courts;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public RegisteredCase register(RegisterCase command) {
		LocalDate today = LocalDate.now(clock);
		List<FieldProblem> problems = new ArrayList<>();
		Optional<CourtSummary> court = command.courtId() == null ? Optional.empty() : courts.find(command.courtId());
		if (court.isEmpty()) {
			problems.add(new FieldProblem("courtId", "unknown", "validation.case.court.unknown"));
		}
		Optional<CaseCategory> category = command.categoryCode() == null ? Optional.empty()
				: caseTypes.category(command.categoryCode(), today).filter(c -> !c.isGroupHeader());
		if (category.isEmpty()) {
			problems.add(new FieldProblem("categoryCode", "unknown", "validation.case.category.unknown"));
		}
		if (command.procedure() == null) {
			problems.add(new FieldProblem("procedure", "required", "validation.case.procedure.required"));
		}
		if (command.title() == null || command.title().isBlank() || command.title().length() > TITLE_MAX) {
			problems.add(new FieldProblem("title", "invalid", "validation.case.title.invalid"));
		}
		if (command.causeCode() != null && command.causeCode().length() > 32) {
			problems.add(new FieldProblem("causeCode", "invalid", "validation.case.cause.invalid"));
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail", problems);
		}
		String courtCode = issuingCode(court.get());
		CaseNumber number = numbers.allocate(courtCode, command.specialCode(), category.get().typeCode(),
				today.getYear());
		CaseId id = CaseId.random();
		jdbc.sql("""
				insert into court_case (id, case_number, court_id, receipt_year, court_code, special_code, type_code,
				       number, category_code, procedure, cause_code, filing_id, registered_on, title, registered_at,
				       filer_username)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id.value(), number.format(), command.courtId().value(), number.year(), number.courtCode(),
					number.specialCode(), number.typeCode(), number.number(), category.get().code(),
					command.procedure().name(), command.causeCode(), command.filingId(), today,
					command.title().strip(), Timestamp.from(clock.instant()), command.filerUsername())
			.update();
		parties.insert(id, command.parties());
		docket.record(id, null, new NewDocketEntry(DocketEntryType.REGISTERED, today, null,
				"立案，案号" + number.format() + "，适用" + procedureNames.nameOf(command.procedure()) + "。",
				java.util.Map.of("procedure", command.procedure().name())));
		audit.success("case.register", "case", id.toString());
		events.publishEvent(new CaseRegistered(id, command.courtId(), number.format(), category.get().code(),
				command.procedure(), today));
		return new RegisteredCase(id, number, command.courtId(), category.get().code(), number.typeCode(),
				command.procedure(), command.causeCode(), command.filingId(), today, command.title().strip());
	}

	@Override
	public Optional<RegisteredCase> byNumber(CaseNumber number) {
		return jdbc.sql("select " + COLUMNS + " from court_case where case_number = ?")
			.param(number.format())
			.query(JdbcCaseRegistry::map)
			.optional();
	}

	@Override
	public Optional<RegisteredCase> byId(CaseId id) {
		return jdbc.sql("select " + COLUMNS + " from court_case where id = ?")
			.param(id.value())
			.query(JdbcCaseRegistry::map)
			.optional();
	}

	/** A 人民法庭 has no code of its own: its cases carry its basic court's numbers. */
	private String issuingCode(CourtSummary court) {
		CourtSummary issuing = court;
		while (issuing.code() == null && issuing.parent() != null) {
			issuing = courts.find(issuing.parent()).orElseThrow();
		}
		if (issuing.code() == null) {
			throw new IllegalStateException("court " + court.id() + " has no 法院代字 above it");
		}
		return issuing.code();
	}

	private static RegisteredCase map(ResultSet rs, int row) throws SQLException {
		CaseNumber number = new CaseNumber(rs.getInt("receipt_year"), rs.getString("court_code"),
				rs.getString("special_code"), rs.getString("type_code"), rs.getString("number"));
		return new RegisteredCase(new CaseId(rs.getObject("id", UUID.class)), number,
				new CourtId(rs.getString("court_id")), rs.getString("category_code"), rs.getString("type_code"),
				Procedure.valueOf(rs.getString("procedure")), rs.getString("cause_code"),
				rs.getObject("filing_id", UUID.class), rs.getDate("registered_on").toLocalDate(),
				rs.getString("title"));
	}
}
