package org.smartcourt.casefile.catalogue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.UUID;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small real files for tests: PDFs with numbered pages, and images; each unique so the file store keeps them apart. */
public final class SampleFiles {

	private SampleFiles() {
	}

	/** A PDF of {@code pages} pages, each saying {@code marker-page-N} (ASCII, for text extraction). */
	public static byte[] pdf(int pages, String marker) throws IOException {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			String ascii = marker.chars().allMatch(c -> c < 128) ? marker : "m" + Math.abs(marker.hashCode());
			for (int i = 1; i <= pages; i++) {
				PDPage page = new PDPage();
				doc.addPage(page);
				try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
					cs.beginText();
					cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
					cs.newLineAtOffset(72, 700);
					cs.showText(ascii + "-page-" + i + " " + UUID.randomUUID());
					cs.endText();
				}
			}
			doc.save(out);
			return out.toByteArray();
		}
	}

	public static byte[] png(int width, int height) throws IOException {
		return image("png", width, height);
	}

	public static byte[] jpeg(int width, int height) throws IOException {
		return image("jpg", width, height);
	}

	/** A TIFF of {@code frames} frames, as a scanner makes for a multi-page paper. */
	public static byte[] tiff(int frames) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			writer.prepareWriteSequence(null);
			for (int i = 0; i < frames; i++) {
				writer.writeToSequence(new IIOImage(picture(60, 80), null, null), null);
			}
			writer.endWriteSequence();
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	private static byte[] image(String format, int width, int height) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(picture(width, height), format, out);
		return out.toByteArray();
	}

	private static BufferedImage picture(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		// a random colour makes each image's bytes unique
		g.setColor(new Color((int) (Math.random() * 0xFFFFFF)));
		g.fillRect(0, 0, width, height);
		g.setColor(Color.BLACK);
		g.drawLine(0, 0, width, height);
		g.dispose();
		return image;
	}
}
