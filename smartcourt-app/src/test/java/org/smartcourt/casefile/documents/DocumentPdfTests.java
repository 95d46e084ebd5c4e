package org.smartcourt.casefile.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.smartcourt.casefile.internal.documents.CourtMarkdown;
import org.smartcourt.casefile.internal.documents.DocumentPdf;
import org.smartcourt.casefile.internal.pdf.CourtFonts;

/** The PDF carries the Chinese text (extractable again) with the font embedded, and the seal only when asked. */
class DocumentPdfTests {

	private final DocumentPdf pdf = new DocumentPdf(new CourtFonts());
	private final CourtMarkdown markdown = new CourtMarkdown();

	private static final String SOURCE = """
			# 吉林省长春市朝阳区人民法院
			## 传　票
			> （2026）吉0104民初1号

			| 被传唤人 | 李四 |
			|---|---|
			| 应到处所 | 第一法庭 |

			> 长春市朝阳区人民法院
			> 二〇二六年十一月二十九日
			""";

	@Test
	void theTextAndCaseNumberCanBeExtractedAndTheFontIsEmbedded() throws IOException {
		byte[] bytes = pdf.render("传票", markdown.toXhtml(SOURCE), null);
		try (PDDocument document = Loader.loadPDF(bytes)) {
			String text = new PDFTextStripper().getText(document).replace(" ", "");
			assertThat(text).contains("吉林省长春市朝阳区人民法院").contains("传").contains("（2026）吉0104民初1号")
				.contains("被传唤人").contains("李四").contains("二〇二六年十一月二十九日");
			assertThat(document.getPage(0).getResources().getFontNames()).isNotEmpty();
			assertThat(document.getPage(0).getResources().getFont(document.getPage(0).getResources().getFontNames()
				.iterator().next()).isEmbedded()).isTrue();
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("传票");
			assertThat(images(document)).isZero();
		}
	}

	@Test
	void theSealIsAnImageOnThePage() throws IOException {
		byte[] bytes = pdf.render("传票", markdown.toXhtml(SOURCE), seal());
		try (PDDocument document = Loader.loadPDF(bytes)) {
			assertThat(images(document)).isEqualTo(1);
			assertThat(new PDFTextStripper().getText(document)).contains("长春市朝阳区人民法院");
		}
	}

	private static int images(PDDocument document) throws IOException {
		int count = 0;
		for (var name : document.getPage(0).getResources().getXObjectNames()) {
			if (document.getPage(0).getResources().getXObject(name) instanceof PDImageXObject) {
				count++;
			}
		}
		return count;
	}

	private static byte[] seal() throws IOException {
		BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.RED);
		g.drawOval(2, 2, 60, 60);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}
}
