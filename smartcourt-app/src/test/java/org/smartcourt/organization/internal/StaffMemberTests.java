package org.smartcourt.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.smartcourt.organization.CaseCategory;
import org.smartcourt.organization.Position;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;

class StaffMemberTests {

	private static final CourtId COURT = new CourtId("220100");

	@Test
	void judgeMayHearAssignedCategoriesOnly() {
		StaffMember judge = StaffMember.enrol(COURT, null, "王立新", Position.JUDGE, "judge",
				EnumSet.of(CaseCategory.CIVIL));
		assertThat(judge.mayHear(CaseCategory.CIVIL)).isTrue();
		assertThat(judge.mayHear(CaseCategory.CRIMINAL)).isFalse();
	}

	@Test
	void positionsThatDoNotHearCasesGetNoCategories() {
		assertThatThrownBy(() -> StaffMember.enrol(COURT, null, "孙书记", Position.CLERK, "clerk",
				EnumSet.of(CaseCategory.CIVIL)))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.fieldProblems())
				.extracting(DomainException.FieldProblem::field)
				.containsExactly("caseCategories"));
		assertThatThrownBy(() -> StaffMember.enrol(COURT, null, "高秀英", Position.PEOPLES_ASSESSOR, null,
				EnumSet.of(CaseCategory.CRIMINAL)))
			.isInstanceOf(DomainException.class);
	}

	@Test
	void usernameIsOptionalButWellFormed() {
		assertThat(StaffMember.enrol(COURT, null, "高秀英", Position.PEOPLES_ASSESSOR, "  ", Set.of()).username())
			.isNull();
		assertThatThrownBy(() -> StaffMember.enrol(COURT, null, "王立新", Position.JUDGE, "王 立新", Set.of()))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.fieldProblems())
				.extracting(DomainException.FieldProblem::field)
				.containsExactly("username"));
	}

	@Test
	void reassignmentKeepsTheRulesAndDeactivationEndsHearing() {
		StaffMember member = StaffMember.enrol(COURT, null, "陈助理", Position.ASSISTANT, "assistant", Set.of());
		member.reassign(null, "陈助理", Position.JUDGE, "assistant", EnumSet.of(CaseCategory.CIVIL));
		assertThat(member.mayHear(CaseCategory.CIVIL)).isTrue();
		member.deactivate();
		assertThat(member.mayHear(CaseCategory.CIVIL)).isFalse();
		assertThatThrownBy(() -> member.reassign(null, "陈助理", Position.JUDGE, null, Set.of()))
			.isInstanceOf(DomainException.class);
	}
}
