package org.smartcourt.filing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcourt.organization.CourtLevel;
import org.smartcourt.organization.Courts.CourtSummary;
import org.smartcourt.shared.CourtId;

/** The basic court of the place an address names. */
class JurisdictionHintsTests {

	private static CourtSummary court(String id, String name) {
		return new CourtSummary(new CourtId(id), name, "吉" + id.substring(2), CourtLevel.BASIC, new CourtId("220100"),
				false);
	}

	private final List<CourtSummary> courts = List.of(court("220104", "长春市朝阳区人民法院"),
			court("220102", "长春市南关区人民法院"), court("220122", "农安县人民法院"), court("220182", "榆树市人民法院"),
			court("220202", "吉林市昌邑区人民法院"));

	@Test
	void findsTheDistrictCourtOfTheCity() {
		assertThat(JurisdictionHints.courtFor("吉林省长春市朝阳区西安大路100号", courts))
			.map(c -> c.id().value()).contains("220104");
		assertThat(JurisdictionHints.courtFor("吉林省长春市南关区人民大街1号", courts))
			.map(c -> c.id().value()).contains("220102");
	}

	@Test
	void findsCountyAndCountyLevelCityCourts() {
		assertThat(JurisdictionHints.courtFor("吉林省长春市农安县农安镇", courts)).map(c -> c.id().value())
			.contains("220122");
		assertThat(JurisdictionHints.courtFor("吉林省榆树市华昌街道", courts)).map(c -> c.id().value()).contains("220182");
	}

	@Test
	void aDistrictOfTheSameNameInAnotherCityDoesNotMatch() {
		assertThat(JurisdictionHints.courtFor("北京市朝阳区建国路", courts)).isEmpty();
		assertThat(JurisdictionHints.courtFor(null, courts)).isEmpty();
	}
}
