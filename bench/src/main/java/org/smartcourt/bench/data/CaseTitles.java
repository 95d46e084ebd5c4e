package org.smartcourt.bench.data;

import java.util.List;

import org.smartcourt.bench.data.Appealable.Party;

/** How generated cases and their documents are named, in the app's own way. */
final class CaseTitles {

	private CaseTitles() {
	}

	/** Like the app: plaintiffs 诉 defendants (FilingTitles); 申请执行 for enforcement; the charge for crimes. */
	static String caseTitle(CaseKind kind, List<Party> parties, String crime) {
		String first = names(parties, true);
		String second = names(parties, false);
		String t = switch (kind) {
			case ENFORCEMENT, PRESERVATION_ENFORCEMENT -> first + "申请执行" + second;
			case PRESERVATION_REVIEW -> first + "申请诉前财产保全" + (second.isEmpty() ? "" : "（被申请人" + second + "）");
			case CRIMINAL_FIRST -> first + "诉" + second + crime + "案";
			case CRIMINAL_SECOND -> first + crime + "案";
			default -> first + "诉" + second;
		};
		return t.length() > 500 ? t.substring(0, 500) : t;
	}

	private static String names(List<Party> parties, boolean firstSide) {
		StringBuilder b = new StringBuilder();
		for (Party p : parties) {
			if (p.agent()) {
				continue;
			}
			boolean first = switch (p.side()) {
				case "PLAINTIFF", "APPELLANT", "APPLICANT" -> true;
				default -> false;
			};
			if (first == firstSide) {
				b.append(b.isEmpty() ? "" : "、").append(p.name());
			}
		}
		return b.toString();
	}

	static String documentTitle(CaseKind kind, String title, References.Cause cause, String crime,
			String docKind) {
		String what = switch (docKind) {
			case "JUDGMENT" -> "判决书";
			case "MEDIATION_STATEMENT" -> "调解书";
			case "CLOSING_NOTICE" -> "结案通知书";
			case "TRANSFER_LETTER" -> "移送函";
			default -> "裁定书";
		};
		String subject = kind.criminal() ? title : title + (cause == null ? "" : cause.name());
		String t = subject + kind.documentPrefix + what;
		return t.length() > 200 ? t.substring(t.length() - 200) : t;
	}
}
