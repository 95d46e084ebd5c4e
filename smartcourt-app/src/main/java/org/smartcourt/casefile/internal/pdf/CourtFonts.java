package org.smartcourt.casefile.internal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The CJK typeface embedded in every PDF the case file makes: Noto Serif SC (SIL Open Font License 1.1), regular and
 * bold, unpacked to {@code classpath:fonts/} by the build (see {@code smartcourt-app/pom.xml}). The bytes are read
 * once and kept, since a document is typeset in well under the time it takes to read 15 MB from disk.
 */
@Component
public class CourtFonts {

	/** The family name documents' style sheets use. */
	public static final String FAMILY = "Noto Serif SC";

	private static final String REGULAR = "fonts/NotoSerifSC_400Regular.ttf";
	private static final String BOLD = "fonts/NotoSerifSC_700Bold.ttf";

	private volatile byte[] regular;
	private volatile byte[] bold;

	/** The regular face (weight 400). */
	public byte[] regular() {
		byte[] bytes = regular;
		if (bytes == null) {
			bytes = regular = read(REGULAR);
		}
		return bytes;
	}

	/** The bold face (weight 700), for document titles. */
	public byte[] bold() {
		byte[] bytes = bold;
		if (bytes == null) {
			bytes = bold = read(BOLD);
		}
		return bytes;
	}

	private static byte[] read(String path) {
		ClassPathResource resource = new ClassPathResource(path);
		if (!resource.exists()) {
			throw new IllegalStateException("The CJK font " + path + " is missing from the classpath; the build unpacks it "
					+ "(maven-antrun-plugin, execution cjk-font). Run ./mvnw generate-resources.");
		}
		try (InputStream in = resource.getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
