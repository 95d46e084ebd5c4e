package org.smartcourt.ledger.core.tsa;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.SignerId;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TSPValidationException;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Selector;
import org.smartcourt.ledger.core.tsa.InvalidTimestampException.Reason;

/**
 * Checks an RFC 3161 time-stamp token offline against one trusted TSA root certificate, in this order:
 * <ol>
 * <li>the imprint: SHA-256 or SM3, and equal (constant time) to the digest of the data the token should cover;</li>
 * <li>the signing certificate, taken from the token ({@code certReq = true}), has the critical extended key usage
 * {@code id-kp-timeStamping} and nothing else (RFC 3161 §2.3);</li>
 * <li>the CMS signature and the ESS signing-certificate attribute ({@link TimeStampToken#validate}, which also wants
 * the certificate valid at genTime);</li>
 * <li>a PKIX path from the signing certificate, through any certificates in the token, to the root, evaluated at
 * genTime. <strong>Revocation is not checked</strong> (no CRL or OCSP: the verifier runs offline); a report built on
 * this must say so.</li>
 * </ol>
 * Each failure has its own {@link InvalidTimestampException.Reason}. Thread-safe.
 */
public final class TimestampTokenVerifier {

	private static final JcaX509CertificateConverter CONVERTER = new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER);

	private final X509Certificate root;

	public TimestampTokenVerifier(X509Certificate root) {
		this.root = Objects.requireNonNull(root, "root");
	}

	/** A verifier trusting the root certificate in {@code pemOrDer} (one X.509 certificate, PEM or DER). */
	public static TimestampTokenVerifier trusting(byte[] pemOrDer) {
		return new TimestampTokenVerifier(readCertificate(pemOrDer));
	}

	/**
	 * Reads one X.509 certificate, PEM ({@code -----BEGIN CERTIFICATE-----}) or DER.
	 *
	 * @throws IllegalArgumentException when the bytes hold no certificate
	 */
	public static X509Certificate readCertificate(byte[] pemOrDer) {
		try {
			String text = new String(pemOrDer, StandardCharsets.US_ASCII);
			if (text.contains("-----BEGIN CERTIFICATE-----")) {
				try (PEMParser pem = new PEMParser(new StringReader(text))) {
					Object object = pem.readObject();
					if (object instanceof X509CertificateHolder holder) {
						return CONVERTER.getCertificate(holder);
					}
					throw new IllegalArgumentException("the PEM file holds no certificate");
				}
			}
			return (X509Certificate) CertificateFactory.getInstance("X.509", BouncyCastle.PROVIDER)
					.generateCertificate(new ByteArrayInputStream(pemOrDer));
		} catch (IOException | CertificateException | RuntimeException e) {
			throw new IllegalArgumentException("not an X.509 certificate (PEM or DER): " + e.getMessage(), e);
		}
	}

	public X509Certificate root() {
		return root;
	}

	/** Parses and verifies a DER token over {@code data}. */
	public VerifiedTimestamp verify(byte[] token, byte[] data) {
		return verify(TimestampToken.parse(token), data);
	}

	/**
	 * Verifies a token over {@code data}.
	 *
	 * @throws InvalidTimestampException with the reason of the first check that fails
	 */
	public VerifiedTimestamp verify(TimestampToken token, byte[] data) {
		ImprintAlgorithm algorithm = checkImprint(token, data);
		X509CertificateHolder signer = signingCertificate(token.bc());
		checkTimestampingUsage(signer);
		checkSignature(token.bc(), signer);
		X509Certificate signerCertificate = checkChain(token, signer);
		return new VerifiedTimestamp(token.genTime(), token.serialNumber(), token.tsaName(), token.policy(), algorithm,
				signerCertificate.getSubjectX500Principal().getName(), root.getSubjectX500Principal().getName());
	}

	private static ImprintAlgorithm checkImprint(TimestampToken token, byte[] data) {
		ImprintAlgorithm algorithm;
		try {
			algorithm = token.imprintAlgorithm();
		} catch (IllegalArgumentException e) {
			throw new InvalidTimestampException(Reason.UNSUPPORTED_ALGORITHM, e.getMessage(), e);
		}
		if (!MessageDigest.isEqual(algorithm.digest(data), token.imprint())) {
			throw new InvalidTimestampException(Reason.IMPRINT_MISMATCH,
					"the token's " + algorithm.displayName() + " imprint is not the digest of the given data");
		}
		return algorithm;
	}

	@SuppressWarnings("unchecked")
	private static X509CertificateHolder signingCertificate(TimeStampToken token) {
		SignerId sid = token.getSID();
		Collection<X509CertificateHolder> matches = token.getCertificates().getMatches((Selector<X509CertificateHolder>) (Selector<?>) sid);
		if (matches.isEmpty()) {
			throw new InvalidTimestampException(Reason.UNTRUSTED_CHAIN,
					"the token does not carry its signing certificate (the request needs certReq = true)");
		}
		return matches.iterator().next();
	}

	private static void checkTimestampingUsage(X509CertificateHolder signer) {
		Extension eku = signer.getExtension(Extension.extendedKeyUsage);
		if (eku == null || !eku.isCritical()) {
			throw new InvalidTimestampException(Reason.NOT_A_TSA_CERTIFICATE, "the signing certificate "
					+ signer.getSubject() + " has no critical extended key usage id-kp-timeStamping");
		}
		ExtendedKeyUsage usage = ExtendedKeyUsage.getInstance(eku.getParsedValue());
		if (usage.size() != 1 || !usage.hasKeyPurposeId(KeyPurposeId.id_kp_timeStamping)) {
			throw new InvalidTimestampException(Reason.NOT_A_TSA_CERTIFICATE, "the extended key usage of "
					+ signer.getSubject() + " is not id-kp-timeStamping alone");
		}
	}

	private static void checkSignature(TimeStampToken token, X509CertificateHolder signer) {
		try {
			token.validate(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BouncyCastle.PROVIDER).build(signer));
		} catch (TSPValidationException e) {
			if (e.getMessage() != null && e.getMessage().contains("not valid when time stamp created")) {
				throw new InvalidTimestampException(Reason.UNTRUSTED_CHAIN, e.getMessage(), e);
			}
			throw new InvalidTimestampException(Reason.BAD_SIGNATURE, "the token's signature does not verify: " + e.getMessage(), e);
		} catch (TSPException | OperatorCreationException | CertificateException | RuntimeException e) {
			throw new InvalidTimestampException(Reason.BAD_SIGNATURE, "the token's signature does not verify: " + e.getMessage(), e);
		}
	}

	private X509Certificate checkChain(TimestampToken token, X509CertificateHolder signer) {
		try {
			X509Certificate target = CONVERTER.getCertificate(signer);
			List<X509Certificate> certificates = new ArrayList<>();
			for (X509CertificateHolder holder : token.bc().getCertificates().getMatches(null)) {
				certificates.add(CONVERTER.getCertificate(holder));
			}
			X509CertSelector selector = new X509CertSelector();
			selector.setCertificate(target);
			PKIXBuilderParameters parameters = new PKIXBuilderParameters(Set.of(new TrustAnchor(root, null)), selector);
			parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(certificates),
					BouncyCastle.PROVIDER));
			// offline: no CRL or OCSP is reachable, so revocation is knowingly out of scope (see class comment)
			parameters.setRevocationEnabled(false);
			parameters.setDate(Date.from(token.genTime()));
			CertPathBuilder.getInstance("PKIX", BouncyCastle.PROVIDER).build(parameters);
			return target;
		} catch (CertPathBuilderException e) {
			throw new InvalidTimestampException(Reason.UNTRUSTED_CHAIN, "the TSA certificate " + signer.getSubject()
					+ " does not chain to the trusted root " + root.getSubjectX500Principal().getName() + ": " + e.getMessage(), e);
		} catch (GeneralSecurityException e) {
			throw new InvalidTimestampException(Reason.UNTRUSTED_CHAIN, "the certificate path cannot be checked: " + e.getMessage(), e);
		}
	}
}
