package org.smartcourt.filing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.PartySide;
import org.smartcourt.filing.FilingContent;
import org.smartcourt.filing.FilingKind;
import org.smartcourt.filing.PartyRole;
import org.smartcourt.filing.PartyType;
import org.smartcourt.filing.RequestedProcedure;
import tools.jackson.databind.json.JsonMapper;

/** An appeal's parties become 上诉人/被上诉人 on the case; documents stored before appeals existed still read. */
class AppealContentTests {

	private static FilingContent.Party party(PartyRole role, String name) {
		return new FilingContent.Party(role, PartyType.NATURAL_PERSON, name, null, null, null, null, null, List.of());
	}

	private static FilingContent content(FilingKind kind) {
		return new FilingContent("220100", null, kind, RequestedProcedure.ORDINARY, "4.10.103.3",
				List.of(party(PartyRole.PLAINTIFF, "李四"), party(PartyRole.DEFENDANT, "张三"),
						party(PartyRole.THIRD_PARTY, "王五")),
				List.of(), null, List.of(), List.of(), kind.isAppeal() ? "（2026）吉0104民初1号" : null);
	}

	@Test
	void anAppealsPartiesAreAppellantAndAppelleeAndTheThirdPartyStays() {
		assertThat(CaseParties.of(content(FilingKind.CIVIL_APPEAL))).extracting(CaseParty::side)
			.containsExactly(PartySide.APPELLANT, PartySide.APPELLEE, PartySide.THIRD_PARTY);
		assertThat(CaseParties.of(content(FilingKind.CIVIL))).extracting(CaseParty::side)
			.containsExactly(PartySide.PLAINTIFF, PartySide.DEFENDANT, PartySide.THIRD_PARTY);
	}

	@Test
	void contentStoredWithoutAnEarlierCaseNumberStillReads() {
		JsonMapper json = JsonMapper.builder().build();
		String old = """
				{"targetCourt":"220104","receivingCourt":null,"kind":"CIVIL","procedure":"SIMPLE",
				 "causeCode":"4.10.103.3","parties":[],"claims":[],"factsAndReasons":"x","evidence":[],"attachments":[]}""";
		FilingContent read = json.readValue(old, FilingContent.class);
		assertThat(read.earlierCaseNumber()).isNull();
		assertThat(read.kind()).isEqualTo(FilingKind.CIVIL);

		FilingContent appeal = content(FilingKind.CIVIL_APPEAL);
		assertThat(json.readValue(json.writeValueAsString(appeal), FilingContent.class).earlierCaseNumber())
			.isEqualTo("（2026）吉0104民初1号");
		assertThat(appeal.withAttachments(List.of()).earlierCaseNumber()).isEqualTo("（2026）吉0104民初1号");
	}
}
