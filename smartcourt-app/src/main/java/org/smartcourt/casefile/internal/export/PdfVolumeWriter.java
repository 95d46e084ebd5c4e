package org.smartcourt.casefile.internal.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.smartcourt.casefile.internal.catalogue.CaseMaterial;
import org.smartcourt.casefile.internal.pdf.CourtFonts;

/**
 * Binds one volume as a PDF with PDFBox: the cover and the generated 卷内目录 ({@link FrontMatter}), then every material's pages in catalogue
 * order (PDF pages imported as they are, JPEG/PNG/TIFF placed on A4 pages scaled to fit, a generated page for a record
 * without a file), the page number stamped bottom right of each material page, and an outline with one bookmark per
 * category and one per material pointing to its first page. Pages are kept in a temporary-file cache and each source
 * PDF is read from a temporary file and closed once imported, so memory stays flat however long the volume.
 */
final class PdfVolumeWriter {

	private static final PDRectangle A4 = PDRectangle.A4;
	static final float MARGIN = 56;

	private final VolumeCover cover;
	private final List<BoundMaterial> materials;
	private final TocLayout layout;
	private final Function<String, Optional<InputStream>> files;
	private final CourtFonts fonts;

	private PDDocument doc;
	private PDFont regular;
	private PDFont bold;
	private int nextNumber = 1;

	PdfVolumeWriter(VolumeCover cover, List<BoundMaterial> materials, Function<String, Optional<InputStream>> files,
			CourtFonts fonts) {
		this.cover = cover;
		this.materials = List.copyOf(materials);
		this.layout = TocLayout.of(this.materials.stream().map(m -> m.material().pageCount()).toList());
		this.files = files;
		this.fonts = fonts;
	}

	TocLayout layout() {
		return layout;
	}

	void writeTo(OutputStream out) throws IOException {
		// the faces go back only after the document is closed: PDFBox subsets them when it saves
		try (CourtFonts.Faces faces = fonts.borrow();
				PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
			this.doc = document;
			regular = PDType0Font.load(doc, faces.regular(), true);
			bold = PDType0Font.load(doc, faces.bold(), true);
			PDPage coverPage = addPage(A4);
			List<PDPage> tocPages = new ArrayList<>();
			for (int i = 0; i < layout.tocPages(); i++) {
				tocPages.add(addPage(A4));
			}
			List<PDPage> firstPages = new ArrayList<>();
			for (int i = 0; i < materials.size(); i++) {
				firstPages.add(bind(materials.get(i), layout.ranges().get(i)));
			}
			FrontMatter front = new FrontMatter(doc, regular, bold, cover, materials, layout);
			front.drawCover(coverPage);
			front.drawToc(tocPages);
			outline(firstPages, tocPages.get(0));
			doc.getDocumentInformation().setTitle(cover.caseNumber() + " " + cover.volume().chineseName());
			doc.save(out);
		}
		finally {
			doc = null;
		}
	}


	private PDPage addPage(PDRectangle size) {
		PDPage page = new PDPage(size);
		doc.addPage(page);
		return page;
	}

	/** Adds a material's pages; its first page, or {@literal null} when it takes none. */
	private PDPage bind(BoundMaterial bound, PageRange range) throws IOException {
		if (range.empty()) {
			return null;
		}
		CaseMaterial m = bound.material();
		int before = doc.getNumberOfPages();
		if (!m.hasFile()) {
			recordPage(m);
		}
		else {
			InputStream in = files.apply(m.fileSha256()).orElse(null);
			if (in == null) {
				missingPage(m);
			}
			else {
				try (in) {
					switch (m.fileType()) {
						case PDF -> pdfPagesOrNone(in, range.pages());
						case JPEG -> imagePage(JPEGFactory.createFromStream(doc, in));
						case PNG -> imagePage(LosslessFactory.createFromImage(doc, ImageIO.read(in)));
						case TIFF -> tiffPages(in);
						default -> recordPage(m);
					}
				}
			}
		}
		// the 卷内目录 promised range.pages() pages: keep the numbering true whatever the file turned out to hold
		while (doc.getNumberOfPages() - before < range.pages()) {
			missingPage(m);
		}
		while (doc.getNumberOfPages() - before > range.pages()) {
			doc.removePage(doc.getNumberOfPages() - 1);
		}
		for (int i = before; i < doc.getNumberOfPages(); i++) {
			stamp(doc.getPage(i), nextNumber++);
		}
		return doc.getPage(before);
	}

	/** A PDF that cannot be parsed adds no page here; the caller fills its range with a page saying so. */
	private void pdfPagesOrNone(InputStream in, int wanted) throws IOException {
		int before = doc.getNumberOfPages();
		try {
			pdfPages(in, wanted);
		}
		catch (IOException | RuntimeException unreadable) {
			while (doc.getNumberOfPages() > before) {
				doc.removePage(doc.getNumberOfPages() - 1);
			}
		}
	}

	private void pdfPages(InputStream in, int wanted) throws IOException {
		Path temp = Files.createTempFile("casefile-", ".pdf");
		try {
			Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
			try (PDDocument source = Loader.loadPDF(temp.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
				LayerUtility layers = new LayerUtility(doc);
				int count = Math.min(wanted, source.getNumberOfPages());
				for (int i = 0; i < count; i++) {
					PDPage sourcePage = source.getPage(i);
					PDFormXObject form = layers.importPageAsForm(source, sourcePage);
					PDRectangle box = form.getBBox();
					boolean turned = sourcePage.getRotation() % 180 != 0;
					PDRectangle size = turned ? new PDRectangle(box.getHeight(), box.getWidth())
							: new PDRectangle(box.getWidth(), box.getHeight());
					PDPage page = addPage(size);
					try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
						cs.drawForm(form);
					}
				}
			}
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	private void tiffPages(InputStream in) throws IOException {
		try (ImageInputStream images = ImageIO.createImageInputStream(in)) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(images);
			if (!readers.hasNext()) {
				return;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(images, false, true);
				int frames = reader.getNumImages(true);
				for (int i = 0; i < frames; i++) {
					BufferedImage frame = reader.read(i);
					imagePage(LosslessFactory.createFromImage(doc, frame));
				}
			}
			finally {
				reader.dispose();
			}
		}
	}

	private void imagePage(PDImageXObject image) throws IOException {
		PDPage page = addPage(A4);
		float maxW = A4.getWidth() - 2 * MARGIN;
		float maxH = A4.getHeight() - 2 * MARGIN;
		float scale = Math.min(maxW / image.getWidth(), maxH / image.getHeight());
		float w = image.getWidth() * scale;
		float h = image.getHeight() * scale;
		try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
			cs.drawImage(image, (A4.getWidth() - w) / 2, (A4.getHeight() - h) / 2, w, h);
		}
	}

	/** The page standing for a record without a file: what it records, as the case's records say. */
	private void recordPage(CaseMaterial m) throws IOException {
		PDPage page = addPage(A4);
		try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
			float y = A4.getHeight() - MARGIN - 40;
			y = PageText.centred(cs, bold, 18, m.title(), y);
			y -= 30;
			String text = m.description() == null ? m.title() : m.description();
			for (String line : Wrap.lines(text, regular, 12, A4.getWidth() - 2 * MARGIN)) {
				PageText.text(cs, regular, 12, MARGIN, y, line);
				y -= 20;
			}
			y -= 20;
			PageText.text(cs, regular, 10, MARGIN, y, "本页由系统根据案件记录生成，记录人：" + m.submitterName() + "。");
		}
	}

	private void missingPage(CaseMaterial m) throws IOException {
		PDPage page = addPage(A4);
		try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
			PageText.centred(cs, regular, 12, "（" + m.title() + "：文件暂不可读，请联系本案书记员。）", A4.getHeight() / 2);
		}
	}

	private void stamp(PDPage page, int number) throws IOException {
		PDRectangle box = page.getMediaBox();
		String label = Integer.toString(number);
		float width = regular.getStringWidth(label) / 1000 * 11;
		try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true,
				true)) {
			PageText.text(cs, regular, 11, box.getUpperRightX() - 36 - width, box.getLowerLeftY() + 28, label);
		}
	}

	private void outline(List<PDPage> firstPages, PDPage toc) {
		PDDocumentOutline outline = new PDDocumentOutline();
		doc.getDocumentCatalog().setDocumentOutline(outline);
		PDOutlineItem category = null;
		String categoryCode = null;
		for (int i = 0; i < materials.size(); i++) {
			BoundMaterial bm = materials.get(i);
			PDPage target = firstPages.get(i) == null ? toc : firstPages.get(i);
			if (!bm.categoryCode().equals(categoryCode)) {
				category = new PDOutlineItem();
				category.setTitle(bm.categoryName());
				category.setDestination(target);
				outline.addLast(category);
				categoryCode = bm.categoryCode();
			}
			PDOutlineItem item = new PDOutlineItem();
			item.setTitle(bm.material().title());
			item.setDestination(target);
			category.addLast(item);
		}
		outline.openNode();
	}
}
