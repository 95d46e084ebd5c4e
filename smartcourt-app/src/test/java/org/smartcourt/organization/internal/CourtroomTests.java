package org.smartcourt.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;

class CourtroomTests {

	private static final CourtId COURT = new CourtId("220104");

	@Test
	void opensTechnologyCourtroom() {
		Courtroom courtroom = Courtroom.open(COURT, "第一法庭", true, 80, " ");
		assertThat(courtroom.technology()).isTrue();
		assertThat(courtroom.capacity()).isEqualTo(80);
		assertThat(courtroom.location()).isNull();
	}

	@Test
	void capacityMustBeBetweenOneAndTwoThousand() {
		assertThat(Courtroom.open(COURT, "小法庭", false, 1, null).capacity()).isEqualTo(1);
		assertThat(Courtroom.open(COURT, "大法庭", false, 2000, null).capacity()).isEqualTo(2000);
		for (Integer capacity : new Integer[] { 0, 2001, -5, null }) {
			assertThatThrownBy(() -> Courtroom.open(COURT, "法庭", false, capacity, null))
				.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.fieldProblems())
					.extracting(DomainException.FieldProblem::field)
					.containsExactly("capacity"));
		}
	}

	@Test
	void closedCourtroomCannotBeRefitted() {
		Courtroom courtroom = Courtroom.open(COURT, "第二法庭", false, 30, null);
		courtroom.close();
		assertThatThrownBy(() -> courtroom.refit("第二法庭", true, 30, null)).isInstanceOf(DomainException.class);
	}
}
