package org.smartcourt.casefile.internal.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.smartcourt.storage.DocumentType;
import org.springframework.stereotype.Component;

/**
 * Counts the pages a file takes in the bound volume: the pages of a PDF, one per JPEG or PNG, the frames of a TIFF
 * (a scanned multi-page document), and none for audio, video, DOCX and OFD, which are listed but not paginated.
 */
@Component
public class PageCounter {

	/**
	 * Pages of {@code content} of {@code type}; reads the stream, does not close it. A file that cannot be parsed
	 * (the store accepts some damaged PDFs) counts as one page, on which the export says it could not be read.
	 */
	public int count(DocumentType type, InputStream content) {
		try {
			return switch (type) {
				case PDF -> pdfPages(content);
				case JPEG, PNG -> 1;
				case TIFF -> tiffFrames(content);
				case DOCX, MP3, MP4, OFD -> 0;
			};
		}
		catch (IOException e) {
			return 1;
		}
	}

	/** Whether material of this type is paginated at all. */
	public static boolean paginated(DocumentType type) {
		return switch (type) {
			case PDF, JPEG, PNG, TIFF -> true;
			case DOCX, MP3, MP4, OFD -> false;
		};
	}

	private static int pdfPages(InputStream content) throws IOException {
		try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(content), "", null, null,
				IOUtils.createTempFileOnlyStreamCache())) {
			return pdf.getNumberOfPages();
		}
	}

	static int tiffFrames(InputStream content) throws IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(content)) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				return 1;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, false, true);
				return Math.max(1, reader.getNumImages(true));
			}
			finally {
				reader.dispose();
			}
		}
	}
}
