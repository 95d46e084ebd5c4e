package org.smartcourt.storage.internal;

/** A {@link VirusScanner}'s verdict: clean, infected (with the signature found), or no verdict at all. */
sealed interface ScanResult {

	static ScanResult clean() {
		return Clean.INSTANCE;
	}

	/** Nothing found. */
	enum Clean implements ScanResult {
		INSTANCE
	}

	/** @param signature the scanner's name for what it found, e.g. {@code Eicar-Test-Signature}. */
	record Infected(String signature) implements ScanResult {
	}

	/** The scanner could not give a verdict (unreachable, timed out, answered nonsense); the file is refused. */
	record Failed(String reason) implements ScanResult {
	}
}
