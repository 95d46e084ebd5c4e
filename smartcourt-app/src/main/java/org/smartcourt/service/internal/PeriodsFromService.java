package org.smartcourt.service.internal;

import java.util.List;

import org.smartcourt.cases.PartySide;
import org.smartcourt.cases.Procedure;
import org.smartcourt.deadlines.RuleId;

/**
 * Which statutory periods start when a document is served on a party: 答辩期 when the 起诉状副本 reaches a defendant
 * (it goes with the 应诉通知书; 民诉法 art. 128), 上诉期 when a first-instance 判决书 or 裁定书 is served (民诉法 art.
 * 171: 15 days for a judgment, 10 for a ruling). The deadlines engine computes them.
 */
public final class PeriodsFromService {

	static final RuleId DEFENCE = RuleId.of("defence");
	static final RuleId APPEAL_JUDGMENT = RuleId.of("appeal-judgment");
	static final RuleId APPEAL_RULING = RuleId.of("appeal-ruling");

	/**
	 * @param kind the document kind's name.
	 * @param title the document's title (the 应诉通知书 is recorded as a {@code NOTICE}).
	 * @param side the side of the party served (for an agent, of the party it represents).
	 */
	public List<RuleId> startedBy(String kind, String title, PartySide side, Procedure procedure) {
		boolean firstInstance = procedure != Procedure.SECOND_INSTANCE && procedure != Procedure.RETRIAL
				&& procedure != Procedure.SMALL_CLAIMS;
		if ("JUDGMENT".equals(kind) && firstInstance) {
			return List.of(APPEAL_JUDGMENT);
		}
		if ("RULING".equals(kind) && firstInstance) {
			return List.of(APPEAL_RULING);
		}
		if (side == PartySide.DEFENDANT && title != null && (title.contains("应诉通知") || title.contains("起诉状副本"))) {
			return List.of(DEFENCE);
		}
		return List.of();
	}
}
