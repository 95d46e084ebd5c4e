package org.smartcourt.cases.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.smartcourt.cases.CaseNumber;
import org.smartcourt.cases.CaseNumbers;
import org.smartcourt.catalogue.CaseTypes;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link CaseNumbers} on PostgreSQL. Sequential numbers come from one counter row per court × 专门审判代字 + 类型代字
 * × year, bumped by an upsert that returns the new value: PostgreSQL serialises concurrent upserts of one row on
 * its row lock, held to the end of the caller's transaction, so numbers are dense across any number of nodes and a
 * rolled-back registration leaves the counter where it was. The unique case number on {@code court_case} is the
 * second line of defence. 刑核 numbers are drawn from {@link SecureRandom} and claimed in {@code case_number_random};
 * a collision (same court, type and year) draws again.
 */
@Service
class JdbcCaseNumbers implements CaseNumbers {

	private static final int RANDOM_LOW = 10_000_000;
	private static final int RANDOM_SPAN = 90_000_000;
	private static final int RANDOM_ATTEMPTS = 20;

	private final JdbcClient jdbc;
	private final CaseTypes caseTypes;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	JdbcCaseNumbers(JdbcClient jdbc, CaseTypes caseTypes, Clock clock) {
		this.jdbc = jdbc;
		this.caseTypes = caseTypes;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public CaseNumber allocate(String courtCode, String specialCode, String typeCode, int year) {
		LocalDate today = LocalDate.now(clock);
		if (typeCode == null || !caseTypes.isTypeCodeInForce(typeCode, today)) {
			throw unknown("validation.case-number.type-code", typeCode);
		}
		if (specialCode != null && !caseTypes.isSpecialTrialCode(specialCode, today)) {
			throw unknown("validation.case-number.special-code", specialCode);
		}
		// validates the court code and year before a counter row is created for them
		new CaseNumber(year, courtCode, specialCode, typeCode, CaseNumber.RANDOM_NUMBERED_TYPE.equals(typeCode) ? "10000000" : "1");
		String special = specialCode == null ? "" : specialCode;
		if (CaseNumber.RANDOM_NUMBERED_TYPE.equals(typeCode)) {
			return new CaseNumber(year, courtCode, specialCode, typeCode, randomNumber(courtCode, special, typeCode, year));
		}
		long next = jdbc.sql("""
				insert into case_number_counter (court_code, special_code, type_code, year, last) values (?, ?, ?, ?, 1)
				on conflict (court_code, special_code, type_code, year)
				do update set last = case_number_counter.last + 1
				returning last""")
			.params(courtCode, special, typeCode, year)
			.query(Long.class)
			.single();
		return new CaseNumber(year, courtCode, specialCode, typeCode, Long.toString(next));
	}

	@Override
	public CaseNumber parse(String text) {
		return CaseNumber.parse(text, caseTypes.typeCodes(), caseTypes.specialTrialCodes());
	}

	private String randomNumber(String courtCode, String special, String typeCode, int year) {
		for (int attempt = 0; attempt < RANDOM_ATTEMPTS; attempt++) {
			String candidate = Integer.toString(RANDOM_LOW + random.nextInt(RANDOM_SPAN));
			int claimed = jdbc.sql("""
					insert into case_number_random (court_code, special_code, type_code, year, number)
					values (?, ?, ?, ?, ?) on conflict do nothing""")
				.params(courtCode, special, typeCode, year, candidate)
				.update();
			if (claimed == 1) {
				return candidate;
			}
		}
		throw new IllegalStateException("no free 8-digit number for " + courtCode + typeCode + " " + year);
	}

	private static DomainException unknown(String messageKey, String value) {
		return DomainException.invalid("invalid-case-number", "problem.invalid-case-number.detail",
				List.of(new FieldProblem(CaseNumber.FIELD, "unknown", messageKey, List.of(String.valueOf(value)))));
	}
}
