package org.smartcourt.filing.internal;

import java.util.Optional;

import org.smartcourt.cases.CaseNumbers;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.RegisteredCase;
import org.springframework.stereotype.Component;

/** 原审案件: finds the case an appeal names by its 案号. */
@Component
class EarlierCases {

	/** 民事一审 (民初): the only category a 民事二审 filing reviews. */
	static final String FIRST_INSTANCE_CIVIL = "0301";

	private final CaseNumbers numbers;
	private final CaseRegistry registry;

	EarlierCases(CaseNumbers numbers, CaseRegistry registry) {
		this.numbers = numbers;
		this.registry = registry;
	}

	/**
	 * The registered case with this 案号, if any.
	 *
	 * @throws org.smartcourt.shared.DomainException for text that is not a 案号.
	 */
	Optional<RegisteredCase> byNumber(String caseNumber) {
		return registry.byNumber(numbers.parse(caseNumber));
	}
}
