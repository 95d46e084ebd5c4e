package org.smartcourt.ledger.core.tsa;

/** A time-stamp response or token that cannot be accepted, with the class of failure. */
public class InvalidTimestampException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** Why a time-stamp was not accepted. */
	public enum Reason {
		/** Not DER of a TimeStampResp or TimeStampToken, or a token without the parts RFC 3161 requires. */
		MALFORMED,
		/** The TSA answered with a status other than granted (RFC 3161 §2.4.2 {@code PKIStatusInfo}). */
		REJECTED,
		/** The response does not answer the request: nonce, imprint or policy differ. */
		RESPONSE_MISMATCH,
		/** The token's imprint algorithm is not SHA-256 or SM3. */
		UNSUPPORTED_ALGORITHM,
		/** The token's message imprint is not the digest of the data it should cover. */
		IMPRINT_MISMATCH,
		/** The signing certificate lacks the critical, sole {@code id-kp-timeStamping} extended key usage (RFC 3161 §2.3). */
		NOT_A_TSA_CERTIFICATE,
		/** The CMS signature, or the signing-certificate attribute binding it to its certificate, does not verify. */
		BAD_SIGNATURE,
		/** The signing certificate does not chain to the trusted root (PKIX), or was not valid at genTime. */
		UNTRUSTED_CHAIN
	}

	private final Reason reason;

	public InvalidTimestampException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public InvalidTimestampException(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
