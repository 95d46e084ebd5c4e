package org.smartcourt.ledger.core.tsa;

/**
 * Obtains time-stamp tokens from some TSA (时间戳服务): the checkpoint publisher's port. The application has an HTTP
 * adapter (POST {@value TimestampAuthority#QUERY_MEDIA_TYPE} to an accredited TSA) and the in-process
 * {@link TimestampAuthority#client}; both build the request with {@link TimestampRequests} and accept the answer
 * with {@link TimestampResponses#validate}.
 */
public interface TimestampClient {

	/**
	 * A token over {@code data} (for a checkpoint: the UTF-8 bytes of its note text).
	 *
	 * @throws InvalidTimestampException when the TSA refuses or answers something else
	 */
	TimestampToken stamp(byte[] data);
}
