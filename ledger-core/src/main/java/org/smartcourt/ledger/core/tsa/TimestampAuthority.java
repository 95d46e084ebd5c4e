package org.smartcourt.ledger.core.tsa;

import java.io.IOException;

import org.bouncycastle.tsp.TimeStampRequest;

/**
 * The server side of RFC 3161 over HTTP (§3.4): a DER {@code TimeStampReq} in, a DER {@code TimeStampResp} out. A
 * malformed or unacceptable request gets a rejection response, never an exception, as an HTTP TSA would answer it.
 */
public interface TimestampAuthority {

	/** Media type of a request body. */
	String QUERY_MEDIA_TYPE = "application/timestamp-query";
	/** Media type of a response body. */
	String REPLY_MEDIA_TYPE = "application/timestamp-reply";

	/** Answers one request. */
	byte[] respond(byte[] request);

	/** A client that asks this authority in process, with imprints under {@code algorithm}. */
	default TimestampClient client(ImprintAlgorithm algorithm) {
		return data -> {
			TimeStampRequest request = TimestampRequests.forData(data, algorithm);
			try {
				return TimestampResponses.validate(request, respond(request.getEncoded()));
			} catch (IOException e) {
				throw new IllegalStateException("a time-stamp request cannot be encoded", e);
			}
		};
	}
}
