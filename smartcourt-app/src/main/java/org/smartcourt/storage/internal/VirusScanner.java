package org.smartcourt.storage.internal;

import java.io.InputStream;

/**
 * 病毒查杀: looks at a file before the store accepts it. Implementations read the stream to its end (or until they
 * know the answer) and never close it.
 */
interface VirusScanner {

	/** The scanner for deployments without one (smartcourt.storage.antivirus=none): every file is clean. */
	VirusScanner NONE = content -> ScanResult.clean();

	/** @return never {@code null}; a scanner that cannot reach a verdict answers {@link ScanResult.Failed}. */
	ScanResult scan(InputStream content);
}
