package org.smartcourt.preservation;

import org.smartcourt.fees.Money;

/**
 * 担保 offered by the applicant or a third party.
 *
 * @param provider who gives it: the 保证人, the insurer (保险人) or the financial institution issuing the 独立保函; for
 *        cash and property the person or a short description, may be blank.
 * @param reference the policy number (保单号) or guarantee number (保函编号), or a description of the property.
 */
public record Security(SecurityKind kind, Money amount, String provider, String reference) {

	/** Whether the kind's identifying data are there (保全规定第六条至第八条). */
	public boolean identified() {
		return switch (kind) {
			case CASH -> true;
			case PROPERTY -> notBlank(reference);
			case GUARANTEE -> notBlank(provider);
			case LIABILITY_INSURANCE, BANK_GUARANTEE -> notBlank(provider) && notBlank(reference);
		};
	}

	private static boolean notBlank(String s) {
		return s != null && !s.isBlank();
	}
}
