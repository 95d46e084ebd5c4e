package org.smartcourt.ledger.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the verifier's inputs; every input is a local file, nothing is fetched. */
final class InputFiles {

	private InputFiles() {
	}

	/** The file's bytes, or a usage failure (exit 1) naming the file. */
	static byte[] read(Path file, String what) throws VerificationFailure {
		try {
			return Files.readAllBytes(file);
		} catch (IOException | RuntimeException e) {
			throw new VerificationFailure(ExitCode.USAGE, "input", "cannot read the " + what + " " + file + ": " + e);
		}
	}
}
