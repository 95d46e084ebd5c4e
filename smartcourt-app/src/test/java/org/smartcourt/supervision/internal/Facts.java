package org.smartcourt.supervision.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/** Case facts and definitions for the statistics' tests. */
final class Facts {

	static final UUID DEPARTMENT = UUID.fromString("00000000-0000-0000-0000-00000000d001");

	private Facts() {
	}

	static Definitions shipped() {
		return new Definitions(JsonMapper.builder().build(),
				new ClassPathResource("reference/supervision/indicators.json"));
	}

	static Definitions of(String json) {
		return new Definitions(JsonMapper.builder().build(), new ByteArrayResource(json.getBytes()));
	}

	/** A pending case. */
	static CaseFact open(String court, String typeCode, LocalDate registered) {
		return new CaseFact(UUID.randomUUID(), court, DEPARTMENT, null, null, "（2019）吉0104" + typeCode + "1号",
				"测试案件", typeCode, "0301", "ORDINARY", registered, 2, null, null, null, "CIVIL_ORDINARY",
				registered.plusMonths(6), 0, 0, null, null, null, null, false, 0);
	}

	static CaseFact closed(CaseFact f, LocalDate closedOn, String method, String group) {
		return new CaseFact(f.caseId(), f.courtId(), f.departmentId(), f.judgeId(), f.judgeName(), f.caseNumber(),
				f.title(), f.typeCode(), f.categoryCode(), f.procedure(), f.registeredOn(), f.parties(), method, group,
				closedOn, f.clockRule(), f.dueOn(), f.extensions(), f.excludedDays(), f.earlierCase(), f.appealCase(),
				f.appealRegisteredOn(), f.appealOutcome(), f.designated(), f.adjournments());
	}

	static CaseFact appealed(CaseFact f, String outcome) {
		return new CaseFact(f.caseId(), f.courtId(), f.departmentId(), f.judgeId(), f.judgeName(), f.caseNumber(),
				f.title(), f.typeCode(), f.categoryCode(), f.procedure(), f.registeredOn(), f.parties(), f.methodCode(),
				f.outcomeGroup(), f.closedOn(), f.clockRule(), f.dueOn(), f.extensions(), f.excludedDays(),
				f.earlierCase(), UUID.randomUUID(), f.closedOn().plusDays(20), outcome, f.designated(),
				f.adjournments());
	}
}
