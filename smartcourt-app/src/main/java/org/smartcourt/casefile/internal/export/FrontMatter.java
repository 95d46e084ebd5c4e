package org.smartcourt.casefile.internal.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.smartcourt.casefile.internal.catalogue.CaseMaterial;
import org.smartcourt.casefile.internal.catalogue.Volume;
import org.smartcourt.storage.DocumentType;

/**
 * The pages in front of a volume's material: the cover (卷宗封面: court, volume, 案号, 案由, parties, 承办人, dates,
 * page total) and the generated 卷内目录 (序号, 材料名称, 页号, 页数, 备注), laid out by {@link TocLayout}.
 */
final class FrontMatter {

	private static final PDRectangle A4 = PDRectangle.A4;
	private static final float MARGIN = PdfVolumeWriter.MARGIN;

	private final PDDocument doc;
	private final PDFont regular;
	private final PDFont bold;
	private final VolumeCover cover;
	private final List<BoundMaterial> materials;
	private final TocLayout layout;

	FrontMatter(PDDocument doc, PDFont regular, PDFont bold, VolumeCover cover, List<BoundMaterial> materials,
			TocLayout layout) {
		this.doc = doc;
		this.regular = regular;
		this.bold = bold;
		this.cover = cover;
		this.materials = materials;
		this.layout = layout;
	}

	void drawCover(PDPage page) throws IOException {
		try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
			float y = A4.getHeight() - 130;
			y = PageText.centred(cs, bold, 22, cover.courtName(), y);
			y -= 50;
			y = PageText.centred(cs, bold, 30, "诉 讼 卷 宗", y);
			y -= 24;
			y = PageText.centred(cs, bold, 20, "（" + cover.volume().chineseName() + "）", y);
			y -= 60;
			List<String[]> fields = new ArrayList<>();
			fields.add(new String[] { "案号", cover.caseNumber() });
			fields.add(new String[] { "案件名称", cover.title() });
			if (cover.cause() != null) {
				fields.add(new String[] { "案由", cover.cause() });
			}
			fields.add(new String[] { "当事人", String.join("；", cover.parties()) });
			fields.add(new String[] { "承办人", cover.judge() == null ? "（未分案）" : cover.judge() });
			fields.add(new String[] { "立案日期", String.valueOf(cover.registeredOn()) });
			if (cover.closedOn() != null) {
				fields.add(new String[] { "结案日期", cover.closedOn().toString() });
			}
			fields.add(new String[] { "本卷页数", "本卷共 " + layout.materialPages() + " 页" });
			float labelX = MARGIN + 40;
			float valueX = labelX + 90;
			for (String[] f : fields) {
				PageText.text(cs, bold, 14, labelX, y, f[0] + "：");
				List<String> lines = Wrap.lines(f[1], regular, 14, A4.getWidth() - valueX - MARGIN);
				for (String line : lines) {
					PageText.text(cs, regular, 14, valueX, y, line);
					y -= 22;
				}
				y -= 10;
			}
			if (cover.volume() == Volume.SIDE) {
				PageText.centred(cs, bold, 14, "副卷 · 内部材料 · 不对当事人公开", MARGIN + 40);
			}
		}
	}

	void drawToc(List<PDPage> pages) throws IOException {
		float[] columns = { MARGIN, MARGIN + 36, MARGIN + 270, MARGIN + 340, MARGIN + 380 };
		float rowHeight = 28;
		for (int p = 0; p < pages.size(); p++) {
			try (PDPageContentStream cs = new PDPageContentStream(doc, pages.get(p))) {
				float y = A4.getHeight() - MARGIN - 20;
				y = PageText.centred(cs, bold, 18, pages.size() > 1 ? "卷内目录（" + (p + 1) + "/" + pages.size() + "）" : "卷内目录", y);
				y -= 34;
				String[] header = { "序号", "材料名称", "页号", "页数", "备注" };
				for (int c = 0; c < header.length; c++) {
					PageText.text(cs, bold, 11, columns[c], y, header[c]);
				}
				PageText.line(cs, MARGIN, y - 8, A4.getWidth() - MARGIN, y - 8);
				y -= rowHeight;
				int from = p * TocLayout.ROWS_PER_PAGE;
				int to = Math.min(materials.size(), from + TocLayout.ROWS_PER_PAGE);
				for (int i = from; i < to; i++) {
					BoundMaterial bm = materials.get(i);
					PageRange range = layout.ranges().get(i);
					PageText.text(cs, regular, 10, columns[0], y, Integer.toString(bm.seq()));
					PageText.text(cs, regular, 10, columns[1], y, Wrap.fit(bm.material().title(), regular, 10,
							columns[2] - columns[1] - 8));
					PageText.text(cs, regular, 10, columns[2], y, range.label());
					PageText.text(cs, regular, 10, columns[3], y, Integer.toString(range.pages()));
					PageText.text(cs, regular, 9, columns[4], y, Wrap.fit(remark(bm.material()), regular, 9,
							A4.getWidth() - MARGIN - columns[4]));
					y -= rowHeight;
				}
				if (materials.isEmpty()) {
					PageText.text(cs, regular, 11, columns[1], y, "本卷暂无材料。");
				}
			}
		}
	}

	/** 备注: why a material takes no page, or what a generated page is. */
	static String remark(CaseMaterial m) {
		if (!m.hasFile()) {
			return "系统生成页";
		}
		DocumentType type = m.fileType();
		return switch (type) {
			case MP3, MP4 -> "音视频资料，不编页";
			case DOCX, OFD -> type.label() + " 文件，不编页";
			case JPEG, PNG, TIFF -> "图片转为页面";
			case PDF -> "";
		};
	}
}
