package org.smartcourt.ledger.core.tsa;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Optional;

/**
 * What {@link TimestampTokenVerifier} established: the TSA whose certificate chains to the trusted root asserts that
 * the covered data existed at {@code genTime}.
 *
 * @param genTime the time the TSA asserts
 * @param serialNumber the token's serial number at that TSA
 * @param tsaName the TSA's name from the token, if given
 * @param policy the TSA policy OID
 * @param algorithm the imprint's hash algorithm
 * @param signer the subject of the TSA certificate that signed the token
 * @param root the subject of the trusted root it chains to
 */
public record VerifiedTimestamp(Instant genTime, BigInteger serialNumber, Optional<String> tsaName, String policy,
		ImprintAlgorithm algorithm, String signer, String root) {
}
