package org.smartcourt.filing.internal;

import java.util.ArrayList;
import java.util.List;

import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.PartySide;
import org.smartcourt.filing.FilingContent;
import org.smartcourt.filing.FilingContent.Party;

/**
 * The filing's parties and their agents as the case records them: each party followed by its agents; in an appeal
 * as 上诉人/被上诉人 (a 原审第三人 stays a third party).
 */
final class CaseParties {

	private CaseParties() {
	}

	static List<CaseParty> of(FilingContent content) {
		List<CaseParty> result = new ArrayList<>();
		boolean appeal = content.kind() != null && content.kind().isAppeal();
		for (Party party : content.parties()) {
			PartySide side = switch (party.role()) {
				case PLAINTIFF -> appeal ? PartySide.APPELLANT : PartySide.PLAINTIFF;
				case DEFENDANT -> appeal ? PartySide.APPELLEE : PartySide.DEFENDANT;
				case THIRD_PARTY -> PartySide.THIRD_PARTY;
			};
			int partySeq = result.size() + 1;
			result.add(CaseParty.party(partySeq, side, party.type() == null ? null : party.type().name(),
					party.displayName(), party.idNumber() != null ? party.idNumber() : party.creditCode()));
			for (FilingContent.Agent agent : party.agents()) {
				result.add(CaseParty.agent(result.size() + 1, side, agent.name(), partySeq, agent.lawyer(),
						agent.licenseNumber()));
			}
		}
		return result;
	}
}
