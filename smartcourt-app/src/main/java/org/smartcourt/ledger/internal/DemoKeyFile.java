package org.smartcourt.ledger.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * A key that demo mode generates once into the key directory. App nodes that share the directory may start at the
 * same moment: the key is written to a temporary file and then linked to its name, which fails when another node was
 * first; that node's key is then read, so every node signs with the same key and none sees a half-written file.
 */
final class DemoKeyFile {

	/** The key's text, and whether this call generated it. */
	record Key(String encoded, boolean generated) {
	}

	private DemoKeyFile() {
	}

	static Key readOrGenerate(Path file, Supplier<String> generate) throws IOException {
		if (Files.exists(file)) {
			return new Key(Files.readString(file, StandardCharsets.UTF_8), false);
		}
		Path directory = file.toAbsolutePath().getParent();
		Files.createDirectories(directory);
		Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
		try {
			String encoded = generate.get() + "\n";
			Files.writeString(temporary, encoded, StandardCharsets.UTF_8);
			Files.createLink(file, temporary);
			return new Key(encoded, true);
		}
		catch (FileAlreadyExistsException e) {
			return new Key(Files.readString(file, StandardCharsets.UTF_8), false);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}
}
