package org.smartcourt.bench.data;

/**
 * 案件受理费 of a property case (诉讼费用交纳办法 art. 13), as the app's {@code CourtFees} assesses it; the generator
 * is given the app's calculator, tests a stand-in.
 */
@FunctionalInterface
interface AcceptanceFees {

	/** The fee in fen for a claim of {@code claimFen} heard under simple ({@code true}) or ordinary procedure. */
	long of(long claimFen, boolean simple);
}
