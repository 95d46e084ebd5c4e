package org.smartcourt.cases;

/**
 * A party (当事人) or an agent (诉讼代理人) in a case.
 *
 * @param seq position in the case's list, from 1.
 * @param agent whether this is an agent; then {@code represents} is the seq of the party it acts for.
 * @param partyType for parties, 自然人/法人/非法人组织 as the filing said, or {@literal null}.
 * @param idNumber 身份证号 or 统一社会信用代码, or {@literal null}; court-only.
 * @param lawyer for agents, whether a lawyer; then {@code licenseNumber} is the 执业证号.
 * @param username the platform account acting as this person, when known.
 */
public record CaseParty(int seq, boolean agent, PartySide side, String partyType, String name, String idNumber,
		Integer represents, boolean lawyer, String licenseNumber, String username) {

	public static CaseParty party(int seq, PartySide side, String partyType, String name, String idNumber) {
		return new CaseParty(seq, false, side, partyType, name, idNumber, null, false, null, null);
	}

	public static CaseParty agent(int seq, PartySide side, String name, int represents, boolean lawyer,
			String licenseNumber) {
		return new CaseParty(seq, true, side, null, name, null, represents, lawyer, licenseNumber, null);
	}
}
