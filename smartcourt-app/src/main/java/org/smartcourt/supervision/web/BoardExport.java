package org.smartcourt.supervision.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.smartcourt.casefile.CourtPdf;
import org.smartcourt.supervision.internal.IndicatorValue;
import org.smartcourt.supervision.internal.TrialStatistics;
import org.springframework.stereotype.Component;

/**
 * The board and the cases behind a number as files: an Excel workbook (Apache POI) with every number and its
 * formula, definition and source, and a PDF of the board typeset by the case-file module's court layout.
 */
@Component
class BoardExport {

	private final CourtPdf pdf;

	BoardExport(CourtPdf pdf) {
		this.pdf = pdf;
	}

	byte[] workbook(TrialStatistics.Board board) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("审判质效");
			row(sheet, 0, "统计范围", board.scope().label());
			row(sheet, 1, "统计期", board.period().label());
			row(sheet, 3, "分组", "指标", "数值", "公式", "计算依据", "口径", "依据");
			int r = 4;
			for (IndicatorValue v : board.indicators()) {
				var i = v.indicator();
				row(sheet, r++, i.group(), i.name(), IndicatorFormat.format(v.value(), i.unit()), i.formulaText(),
						terms(v), i.definition(), i.citation());
			}
			for (int c = 0; c < 7; c++) {
				sheet.setColumnWidth(c, c >= 4 ? 60 * 256 : 18 * 256);
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	byte[] workbook(CaseListResponse list, List<CaseRowView> rows) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("统计明细");
			row(sheet, 0, "统计范围", list.scope());
			row(sheet, 1, "统计项", list.name() + "（" + list.period() + "）", "共", String.valueOf(list.total()));
			row(sheet, 3, "案号", "案件", "承办法官", "立案日期", "结案日期", "审限届满日", "计数", "计入理由");
			int r = 4;
			for (CaseRowView c : rows) {
				row(sheet, r++, c.caseNumber(), c.title(), c.judge(), text(c.registeredOn()), text(c.closedOn()),
						text(c.dueOn()), String.valueOf(c.value()), c.why());
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	byte[] watchList(String title, List<org.smartcourt.supervision.internal.WatchLists.Entry> entries) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("监督案件");
			row(sheet, 0, title, "共" + entries.size() + "件");
			row(sheet, 2, "案号", "案件", "承办法官", "立案日期", "审限届满日", "情况");
			int r = 3;
			for (var e : entries) {
				var f = e.fact();
				row(sheet, r++, f.caseNumber(), f.title(), f.judgeName(), text(f.registeredOn()), text(f.dueOn()),
						e.why());
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	byte[] pdf(TrialStatistics.Board board) {
		StringBuilder md = new StringBuilder();
		md.append("# ").append(board.scope().label()).append("\n\n");
		md.append("## 审判质效（").append(board.period().label()).append("）\n\n");
		md.append("| 指标 | 数值 | 计算依据 | 依据 |\n|---|---|---|---|\n");
		for (IndicatorValue v : board.indicators()) {
			var i = v.indicator();
			md.append("| ").append(cell(i.name())).append(" | ").append(IndicatorFormat.format(v.value(), i.unit()))
				.append(" | ").append(cell(terms(v))).append(" | ").append(cell(i.citation())).append(" |\n");
		}
		md.append("\n> 本表不排名（最高人民法院审判质量管理指标体系）\n");
		return pdf.render("审判质效 " + board.period().text(), md.toString());
	}

	private static String terms(IndicatorValue v) {
		return v.terms()
			.stream()
			.map(t -> t.measure().name() + "（" + switch (t.term().when()) {
				case PERIOD -> "期内";
				case START -> "期初";
				case END -> "期末";
			} + "）" + t.value())
			.collect(Collectors.joining("；"));
	}

	private static String cell(String s) {
		return s == null ? "" : s.replace("|", "／").replace("\n", " ");
	}

	private static String text(Object o) {
		return o == null ? "" : o.toString();
	}

	private static void row(Sheet sheet, int index, String... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i] == null ? "" : values[i]);
		}
	}
}
