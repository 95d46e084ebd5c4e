package org.smartcourt.ledger.verify;

import java.nio.file.Path;
import java.security.cert.X509Certificate;

import org.smartcourt.ledger.core.tsa.InvalidTimestampException;
import org.smartcourt.ledger.core.tsa.TimestampTokenVerifier;
import org.smartcourt.ledger.core.tsa.VerifiedTimestamp;

/** The RFC 3161 check shared by {@code receipt} and {@code tsa}: the token over the data, chained to the given root. */
final class TokenChecks {

	private TokenChecks() {
	}

	static VerifiedTimestamp verify(Report report, Path token, Path root, byte[] data) throws VerificationFailure {
		byte[] tokenBytes = InputFiles.read(token, "time-stamp token");
		X509Certificate rootCertificate;
		try {
			rootCertificate = TimestampTokenVerifier.readCertificate(InputFiles.read(root, "TSA root certificate"));
		} catch (IllegalArgumentException e) {
			throw new VerificationFailure(ExitCode.USAGE, "input", "the TSA root " + root + " is unreadable: " + e.getMessage());
		}
		report.begin("tsa", "可信时间戳（RFC 3161）", "trusted time-stamp (RFC 3161)");
		try {
			VerifiedTimestamp verified = new TimestampTokenVerifier(rootCertificate).verify(tokenBytes, data);
			report.pass(verified.algorithm().displayName() + " imprint matches; signed by " + verified.signer()
					+ "; chains to " + verified.root() + " (revocation not checked)");
			report.fact("tsaTime", "时间戳时间", "TSA time", verified.genTime());
			report.fact("tsaSerial", "时间戳序列号", "TSA serial number", verified.serialNumber().toString());
			report.fact("tsaName", "时间戳机构", "TSA", verified.tsaName().orElse(verified.signer()));
			report.fact("tsaPolicy", "时间戳策略", "TSA policy", verified.policy());
			report.note("时间戳证书链按签发时间以 PKIX 校验至所给根证书；离线运行，未检查证书吊销（CRL/OCSP）。",
					"The TSA certificate chain was validated with PKIX to the given root as of the time-stamp; the tool runs"
							+ " offline, so revocation (CRL/OCSP) was not checked.");
			return verified;
		} catch (InvalidTimestampException e) {
			throw new VerificationFailure(ExitCode.TSA_INVALID, "tsa", e.reason() + ": " + e.getMessage());
		}
	}
}
