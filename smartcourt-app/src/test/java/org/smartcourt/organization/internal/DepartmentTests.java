package org.smartcourt.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;

class DepartmentTests {

	private static final CourtId COURT = new CourtId("220100");

	@Test
	void establishesWithTrimmedName() {
		Department department = Department.establish(COURT, "  民事审判第一庭 ", DepartmentKind.TRIAL);
		assertThat(department.name()).isEqualTo("民事审判第一庭");
		assertThat(department.active()).isTrue();
		assertThat(department.version()).isZero();
	}

	@Test
	void reportsEveryMissingFieldAtOnce() {
		assertThatThrownBy(() -> Department.establish(COURT, " ", null)).isInstanceOfSatisfying(DomainException.class,
				ex -> {
					assertThat(ex.kind()).isEqualTo(DomainException.Kind.INVALID_INPUT);
					assertThat(ex.fieldProblems()).extracting(DomainException.FieldProblem::field)
						.containsExactly("name", "kind");
				});
	}

	@Test
	void refusesNameLongerThanFiftyCharacters() {
		assertThatThrownBy(() -> Department.establish(COURT, "庭".repeat(51), DepartmentKind.TRIAL))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.fieldProblems())
				.extracting(DomainException.FieldProblem::code)
				.containsExactly("too-long"));
	}

	@Test
	void deactivatedDepartmentIsFrozen() {
		Department department = Department.establish(COURT, "执行局", DepartmentKind.ENFORCEMENT);
		department.deactivate();
		assertThat(department.active()).isFalse();
		assertThatThrownBy(() -> department.redefine("执行局", DepartmentKind.ENFORCEMENT))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("organization-inactive"));
		assertThatThrownBy(department::deactivate).isInstanceOf(DomainException.class);
	}
}
