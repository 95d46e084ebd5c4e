package org.smartcourt.ledger.core.tsa;

import java.io.IOException;

import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TSPValidationException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;

/**
 * Accepts a TSA's {@code TimeStampResp} for one request, the same way for every transport (HTTP, in process):
 * BouncyCastle's {@link TimeStampResponse#validate} checks status granted, equal nonce, equal imprint and algorithm,
 * and a signing-certificate attribute. It does not check the token's signature or chain: that is
 * {@link TimestampTokenVerifier}'s job, done by whoever relies on the token.
 */
public final class TimestampResponses {

	private TimestampResponses() {
	}

	/**
	 * The token of a response that answers {@code request}.
	 *
	 * @throws InvalidTimestampException MALFORMED for bytes that are no response, REJECTED when the TSA refused,
	 *         RESPONSE_MISMATCH when the token does not answer this request
	 */
	public static TimestampToken validate(TimeStampRequest request, byte[] responseBytes) {
		TimeStampResponse response;
		try {
			response = new TimeStampResponse(responseBytes);
		} catch (TSPException | IOException | RuntimeException e) {
			throw new InvalidTimestampException(InvalidTimestampException.Reason.MALFORMED,
					"not an RFC 3161 time-stamp response: " + e.getMessage(), e);
		}
		if (response.getTimeStampToken() == null) {
			throw new InvalidTimestampException(InvalidTimestampException.Reason.REJECTED,
					"the TSA refused the request: status " + response.getStatus() + ", " + response.getStatusString()
							+ ", failure info " + (response.getFailInfo() == null ? "none" : response.getFailInfo().intValue()));
		}
		try {
			response.validate(request);
		} catch (TSPValidationException e) {
			throw new InvalidTimestampException(InvalidTimestampException.Reason.RESPONSE_MISMATCH,
					"the response does not answer the request: " + e.getMessage(), e);
		} catch (TSPException e) {
			throw new InvalidTimestampException(InvalidTimestampException.Reason.MALFORMED,
					"the response cannot be checked: " + e.getMessage(), e);
		}
		return TimestampToken.of(response.getTimeStampToken());
	}
}
