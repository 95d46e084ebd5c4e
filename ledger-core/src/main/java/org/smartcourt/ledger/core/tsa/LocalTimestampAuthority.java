package org.smartcourt.ledger.core.tsa;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A working RFC 3161 time-stamp authority in memory, for development and tests only (its keys live and die with the
 * object; its tokens prove nothing to a court). It makes its own root CA and a TSA certificate with the critical
 * extended key usage {@code id-kp-timeStamping}, signs tokens with BouncyCastle's {@link TimeStampTokenGenerator}
 * (ECDSA P-256 or RSA 2048, SHA-256), accepts SHA-256 and SM3 imprints, and answers DER requests with DER responses
 * exactly as an HTTP TSA would. Thread-safe.
 */
public final class LocalTimestampAuthority implements TimestampAuthority {

	/** The TSA policy OID its tokens carry: RFC 7229's id-TEST-certPolicyOne, reserved for tests, never a real policy. */
	public static final String POLICY = "1.3.6.1.5.5.7.13.1";

	/** The key type of the root and TSA certificates. */
	public enum KeyType {
		EC_P256("SHA256withECDSA"),
		RSA_2048("SHA256withRSA");

		private final String signatureAlgorithm;

		KeyType(String signatureAlgorithm) {
			this.signatureAlgorithm = signatureAlgorithm;
		}

		KeyPair generate() throws GeneralSecurityException {
			KeyPairGenerator generator;
			if (this == EC_P256) {
				generator = KeyPairGenerator.getInstance("EC", BouncyCastle.PROVIDER);
				generator.initialize(new ECGenParameterSpec("secp256r1"));
			} else {
				generator = KeyPairGenerator.getInstance("RSA", BouncyCastle.PROVIDER);
				generator.initialize(2048);
			}
			return generator.generateKeyPair();
		}
	}

	private final X509Certificate rootCertificate;
	private final X509Certificate tsaCertificate;
	private final TimeStampResponseGenerator responses;
	private final Clock clock;
	private final AtomicLong serials = new AtomicLong();

	private LocalTimestampAuthority(X509Certificate rootCertificate, X509Certificate tsaCertificate,
			TimeStampResponseGenerator responses, Clock clock) {
		this.rootCertificate = rootCertificate;
		this.tsaCertificate = tsaCertificate;
		this.responses = responses;
		this.clock = clock;
	}

	/** A TSA named {@code CN=<name>} with ECDSA P-256 keys on the system clock. */
	public static LocalTimestampAuthority generate(String name) {
		return generate(name, KeyType.EC_P256, Clock.systemUTC());
	}

	/**
	 * A TSA named {@code CN=<name>} whose certificates are valid from a day before the clock's now for ten years and
	 * whose genTime is the clock's now.
	 */
	public static LocalTimestampAuthority generate(String name, KeyType keyType, Clock clock) {
		Objects.requireNonNull(clock, "clock");
		try {
			Instant now = clock.instant();
			Date from = Date.from(now.minus(Duration.ofDays(1)));
			Date to = Date.from(now.plus(Duration.ofDays(3650)));
			KeyPair rootKeys = keyType.generate();
			KeyPair tsaKeys = keyType.generate();
			X500Name rootName = new X500Name("CN=" + name + " Root CA,O=SmartCourt development");
			X500Name tsaName = new X500Name("CN=" + name + ",O=SmartCourt development");
			JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();

			X509v3CertificateBuilder rootBuilder = new JcaX509v3CertificateBuilder(rootName, BigInteger.ONE, from, to,
					rootName, rootKeys.getPublic())
					.addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
					.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
					.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(rootKeys.getPublic()));
			X509Certificate root = sign(rootBuilder, rootKeys.getPrivate(), keyType);

			X509v3CertificateBuilder tsaBuilder = new JcaX509v3CertificateBuilder(root, BigInteger.TWO, from, to,
					tsaName, tsaKeys.getPublic())
					.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
					.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
					.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
					.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(tsaKeys.getPublic()))
					.addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(root));
			X509Certificate tsa = sign(tsaBuilder, rootKeys.getPrivate(), keyType);

			DigestCalculator certIdDigest = new JcaDigestCalculatorProviderBuilder().setProvider(BouncyCastle.PROVIDER)
					.build().get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256));
			TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
					new JcaSimpleSignerInfoGeneratorBuilder().setProvider(BouncyCastle.PROVIDER)
							.build(keyType.signatureAlgorithm, tsaKeys.getPrivate(), tsa),
					certIdDigest, new ASN1ObjectIdentifier(POLICY));
			tokens.addCertificates(new JcaCertStore(List.of(tsa, root)));
			tokens.setTSA(new GeneralName(tsaName));
			tokens.setAccuracySeconds(1);
			TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens,
					Set.of(TSPAlgorithms.SHA256, TSPAlgorithms.SM3));
			return new LocalTimestampAuthority(root, tsa, responses, clock);
		} catch (GeneralSecurityException | OperatorCreationException | TSPException | IOException e) {
			throw new IllegalStateException("cannot set up a local time-stamp authority", e);
		}
	}

	private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey, KeyType keyType)
			throws OperatorCreationException, GeneralSecurityException {
		return new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER).getCertificate(builder.build(
				new JcaContentSignerBuilder(keyType.signatureAlgorithm).setProvider(BouncyCastle.PROVIDER).build(issuerKey)));
	}

	@Override
	public byte[] respond(byte[] request) {
		try {
			TimeStampRequest parsed;
			try {
				parsed = new TimeStampRequest(request);
			} catch (IOException | IllegalArgumentException | ClassCastException e) {
				return responses.generateFailResponse(PKIStatus.REJECTION, PKIFailureInfo.badDataFormat,
						"not a DER TimeStampReq").getEncoded();
			}
			BigInteger serial = BigInteger.valueOf(serials.incrementAndGet());
			return responses.generate(parsed, serial, Date.from(clock.instant())).getEncoded();
		} catch (TSPException | IOException e) {
			throw new IllegalStateException("the local time-stamp authority failed", e);
		}
	}

	/** The self-signed root CA certificate: what a verifier must be told to trust. */
	public X509Certificate rootCertificate() {
		return rootCertificate;
	}

	/** The root CA certificate in PEM, e.g. to save as {@code root.pem} for {@code ledger-verify}. */
	public String rootCertificatePem() {
		StringWriter out = new StringWriter();
		try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
			pem.writeObject(rootCertificate);
		} catch (IOException e) {
			throw new IllegalStateException("cannot write PEM", e);
		}
		return out.toString();
	}

	/** The TSA's signing certificate (critical EKU id-kp-timeStamping), issued by the root. */
	public X509Certificate tsaCertificate() {
		return tsaCertificate;
	}
}
