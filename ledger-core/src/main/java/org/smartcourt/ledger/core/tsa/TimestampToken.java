package org.smartcourt.ledger.core.tsa;

import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Optional;

import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenInfo;

/**
 * An RFC 3161 time-stamp token (时间戳令牌): CMS SignedData over a {@code TSTInfo}, kept as its DER bytes (store
 * these, e.g. as a {@code .tsr} file beside the checkpoint). Parsing checks the structure only; whether the token is
 * genuine is {@link TimestampTokenVerifier}'s business. Immutable.
 */
public final class TimestampToken {

	private final byte[] encoded;
	private final TimeStampToken token;

	private TimestampToken(byte[] encoded, TimeStampToken token) {
		this.encoded = encoded;
		this.token = token;
	}

	/**
	 * Parses the DER bytes of a token (a {@code ContentInfo}).
	 *
	 * @throws InvalidTimestampException with reason MALFORMED when they are not a time-stamp token
	 */
	public static TimestampToken parse(byte[] der) {
		try {
			return of(new TimeStampToken(new CMSSignedData(der)));
		} catch (CMSException | TSPException | IOException | RuntimeException e) {
			throw new InvalidTimestampException(InvalidTimestampException.Reason.MALFORMED,
					"not an RFC 3161 time-stamp token: " + e.getMessage(), e);
		}
	}

	static TimestampToken of(TimeStampToken token) {
		try {
			return new TimestampToken(token.getEncoded(), token);
		} catch (IOException e) {
			throw new InvalidTimestampException(InvalidTimestampException.Reason.MALFORMED,
					"the time-stamp token cannot be encoded", e);
		}
	}

	TimeStampToken bc() {
		return token;
	}

	private TimeStampTokenInfo info() {
		return token.getTimeStampInfo();
	}

	/** The DER encoding. */
	public byte[] encoded() {
		return encoded.clone();
	}

	/** The time the TSA asserts ({@code genTime}). */
	public Instant genTime() {
		return info().getGenTime().toInstant();
	}

	/** The TSA's serial number of this token. */
	public BigInteger serialNumber() {
		return info().getSerialNumber();
	}

	/** The TSA policy the token was issued under (an OID in dotted form). */
	public String policy() {
		return info().getPolicy().getId();
	}

	/** The TSA's name from the {@code tsa} field, when the TSA filled it in. */
	public Optional<String> tsaName() {
		GeneralName name = info().getTsa();
		return Optional.ofNullable(name).map(n -> n.getName().toString());
	}

	/** The imprint's hash algorithm. */
	public ImprintAlgorithm imprintAlgorithm() {
		return ImprintAlgorithm.of(info().getMessageImprintAlgOID());
	}

	/** The hashed message the token covers. */
	public byte[] imprint() {
		return info().getMessageImprintDigest();
	}

	/** The nonce copied from the request, if there was one. */
	public Optional<BigInteger> nonce() {
		return Optional.ofNullable(info().getNonce());
	}
}
