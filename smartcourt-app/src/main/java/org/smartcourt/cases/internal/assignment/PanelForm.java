package org.smartcourt.cases.internal.assignment;

import java.util.List;
import java.util.UUID;

/**
 * What a 庭长 or the 承办法官 decides about who hears the case.
 *
 * @param collegial {@literal true} for a 合议庭, {@literal false} for 独任审判 by the 承办法官.
 * @param presidingJudge 审判长 (a judge), or {@literal null} for the 承办法官; ignored for 独任.
 * @param memberJudges further judges on the panel.
 * @param assessors how many 人民陪审员 to draw at random from the court's roster.
 */
public record PanelForm(boolean collegial, UUID presidingJudge, List<UUID> memberJudges, int assessors) {

	public PanelForm {
		memberJudges = memberJudges == null ? List.of() : List.copyOf(memberJudges);
	}

	public static PanelForm sole() {
		return new PanelForm(false, null, List.of(), 0);
	}
}
