package org.smartcourt.casefile.internal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The CJK typeface embedded in every PDF the case file makes: Noto Serif SC (SIL Open Font License 1.1), regular and
 * bold, unpacked to {@code classpath:fonts/} by the build (see {@code smartcourt-app/pom.xml}). The bytes are read
 * once and kept. Parsing a 15 MB face takes about 300 ms, so parsed faces are also kept and lent to one document at a
 * time ({@link #borrow}): PDFBox reads a font's tables lazily from one buffer, which is not safe from two threads.
 */
@Component
public class CourtFonts {

	/** The family name documents' style sheets use. */
	public static final String FAMILY = "Noto Serif SC";

	/** Parsed pairs kept at most: one per core is enough, as typesetting is CPU-bound. */
	static final int POOL = Math.max(2, Runtime.getRuntime().availableProcessors());

	private static final String REGULAR = "fonts/NotoSerifSC_400Regular.ttf";
	private static final String BOLD = "fonts/NotoSerifSC_700Bold.ttf";

	private volatile byte[] regular;
	private volatile byte[] bold;
	private final BlockingQueue<Faces> idle = new LinkedBlockingQueue<>();
	private final AtomicInteger made = new AtomicInteger();

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

	/**
	 * Parsed faces for one document, to be closed once the document is saved (PDFBox subsets the fonts when it
	 * saves). Waits while {@link #POOL} pairs are all lent.
	 */
	public Faces borrow() {
		Faces faces = idle.poll();
		if (faces != null) {
			return faces;
		}
		if (made.getAndIncrement() < POOL) {
			return new Faces(parse(regular()), parse(bold()));
		}
		made.decrementAndGet();
		try {
			return idle.take();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for a font", e);
		}
	}

	/** A regular and a bold face lent to one document; closing gives them back. */
	public final class Faces implements AutoCloseable {

		private final TrueTypeFont regular;
		private final TrueTypeFont bold;

		private Faces(TrueTypeFont regular, TrueTypeFont bold) {
			this.regular = regular;
			this.bold = bold;
		}

		public TrueTypeFont regular() {
			return regular;
		}

		public TrueTypeFont bold() {
			return bold;
		}

		@Override
		public void close() {
			idle.add(this);
		}
	}

	private static TrueTypeFont parse(byte[] bytes) {
		try {
			return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
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
