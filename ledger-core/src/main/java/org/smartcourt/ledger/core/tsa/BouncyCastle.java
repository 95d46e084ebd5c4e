package org.smartcourt.ledger.core.tsa;

import java.security.Provider;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The BouncyCastle provider, used as an instance and never registered globally, so that loading this package does
 * not change the JVM's provider order for the rest of the application. It verifies SM2-signed TSA certificates too.
 */
final class BouncyCastle {

	static final Provider PROVIDER = new BouncyCastleProvider();

	private BouncyCastle() {
	}
}
