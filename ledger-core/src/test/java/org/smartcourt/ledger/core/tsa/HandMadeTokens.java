package org.smartcourt.ledger.core.tsa;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.ASN1Boolean;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.tsp.MessageImprint;
import org.bouncycastle.asn1.tsp.TSTInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Time-stamp tokens signed with certificates a real TSA must not have. BouncyCastle's {@code TimeStampTokenGenerator}
 * refuses such certificates, so these tokens are assembled by hand: a {@code TSTInfo} in CMS SignedData with the
 * ESS signing-certificate-v2 attribute, signed by a certificate that chains to {@link #ROOT}.
 */
final class HandMadeTokens {

	private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
	private static final KeyPair ROOT_KEYS = keys();
	static final X509Certificate ROOT = certificate("CN=Hand-made Root CA", ROOT_KEYS, "CN=Hand-made Root CA", ROOT_KEYS.getPrivate(), true, null);

	private HandMadeTokens() {
	}

	/** A token over data, signed by a certificate without the EKU, or with it but not critical. */
	static byte[] signedWithoutTimestampingUsage(byte[] data, boolean nonCriticalUsage) {
		try {
			KeyPair keys = keys();
			X509Certificate signer = certificate("CN=Not a TSA", keys, "CN=Hand-made Root CA", ROOT_KEYS.getPrivate(), false,
					nonCriticalUsage ? Boolean.FALSE : null);
			TSTInfo info = new TSTInfo(new ASN1ObjectIdentifier(LocalTimestampAuthority.POLICY),
					new MessageImprint(new AlgorithmIdentifier(ImprintAlgorithm.SHA_256.oid()), ImprintAlgorithm.SHA_256.digest(data)),
					new ASN1Integer(7), new ASN1GeneralizedTime(Date.from(NOW)), null, ASN1Boolean.FALSE, null, null, null);
			SigningCertificateV2 signingCertificate = new SigningCertificateV2(
					new ESSCertIDv2(ImprintAlgorithm.SHA_256.digest(signer.getEncoded())));
			AttributeTable attributes = new AttributeTable(
					new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(signingCertificate)));
			CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(new JcaSimpleSignerInfoGeneratorBuilder().setProvider(BouncyCastle.PROVIDER)
					.setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(attributes))
					.build("SHA256withECDSA", keys.getPrivate(), signer));
			generator.addCertificates(new JcaCertStore(List.of(signer, ROOT)));
			return generator.generate(new CMSProcessableByteArray(PKCSObjectIdentifiers.id_ct_TSTInfo,
					info.getEncoded(ASN1Encoding.DER)), true).getEncoded();
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static KeyPair keys() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastle.PROVIDER);
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			return generator.generateKeyPair();
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** {@code timestampingCritical}: null = no EKU at all, otherwise the EKU timeStamping with that criticality. */
	private static X509Certificate certificate(String subject, KeyPair keys, String issuer, PrivateKey issuerKey, boolean ca,
			Boolean timestampingCritical) {
		try {
			X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name(issuer),
					BigInteger.valueOf(System.nanoTime()), Date.from(NOW.minus(1, ChronoUnit.DAYS)),
					Date.from(NOW.plus(365, ChronoUnit.DAYS)), new X500Name(subject), keys.getPublic())
					.addExtension(Extension.basicConstraints, true, ca ? new BasicConstraints(0) : new BasicConstraints(false))
					.addExtension(Extension.keyUsage, true,
							new KeyUsage(ca ? KeyUsage.keyCertSign : KeyUsage.digitalSignature));
			if (timestampingCritical != null) {
				builder.addExtension(Extension.extendedKeyUsage, timestampingCritical,
						new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
			}
			return new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER).getCertificate(
					builder.build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(BouncyCastle.PROVIDER).build(issuerKey)));
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
