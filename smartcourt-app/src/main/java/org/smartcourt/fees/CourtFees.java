package org.smartcourt.fees;

/**
 * Assesses 诉讼费用 under 《诉讼费用交纳办法》 with the province's {@link FeeSchedule}. Pure: it reads and writes
 * nothing, so any module (filing, enforcement, preservation) may call it for any user.
 */
public interface CourtFees {

	/**
	 * @throws org.smartcourt.shared.DomainException (invalid input, with field problems) when an amount the kind
	 * needs is missing, an amount is given that the kind does not use, or 第八条 is claimed for an application fee.
	 */
	FeeAssessment assess(FeeRequest request);

	/** The province's choices inside the legal ranges, to show next to the rules. */
	FeeSchedule schedule();
}
