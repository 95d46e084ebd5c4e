package org.smartcourt.mediation;

import java.time.LocalDate;

/**
 * What the router (繁简分流) looks at.
 *
 * @param beforeFiling whether the dispute is still an application (立案前); only then is 诉前调解 suggested.
 * @param causeCode the 案由 code of the catalogue (e.g. {@code 4.10.121}), or {@literal null}.
 * @param causeName the 案由 in Chinese, for the reasons.
 * @param claimFen the amount claimed in fen, or {@literal null} when no money is claimed.
 * @param parties the number of parties.
 * @param foreign 涉外 (民诉法 art. 166 (二)).
 * @param whereaboutsUnknown a party whose whereabouts are unknown (下落不明, art. 166 (四)).
 * @param counterclaim a counterclaim (反诉, art. 166 (五)).
 * @param needsAppraisal needs 评估/鉴定 (art. 166 (三)).
 * @param personalOrOwnership a personal-relationship or ownership-confirmation claim (人身关系、财产确权, art. 166 (一)).
 * @param mediationRefused a party said it will not mediate.
 * @param filedOn the filing date; the wage of the year before decides the thresholds.
 */
public record RoutingInput(boolean beforeFiling, String causeCode, String causeName, Long claimFen, int parties,
		boolean foreign, boolean whereaboutsUnknown, boolean counterclaim, boolean needsAppraisal,
		boolean personalOrOwnership, boolean mediationRefused, LocalDate filedOn) {
}
