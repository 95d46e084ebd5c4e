package org.smartcourt.deadlines.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.smartcourt.deadlines.CalendarDay;
import org.smartcourt.deadlines.CourtCalendar;
import org.smartcourt.deadlines.DayKind;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * The holiday reference file: {@code # version:} and {@code # years:} headers, then {@code date,kind,name} lines.
 *
 * @param version the file's version.
 * @param years the years whose whole arrangement the file holds.
 * @param days the rest and 调休 working days.
 */
public record HolidayFile(String version, List<Integer> years, List<CalendarDay> days) {

	static final String BUNDLED = "reference/deadlines/holidays.csv";

	/** The bundled file. */
	public static HolidayFile bundled() {
		return read(new ClassPathResource(BUNDLED));
	}

	/** The file as a calendar, without any admin corrections. */
	public CourtCalendar calendar() {
		return new CourtCalendar(days, years);
	}

	public static HolidayFile read(Resource file) {
		String version = null;
		List<Integer> years = new ArrayList<>();
		List<CalendarDay> days = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			boolean header = true;
			while ((line = in.readLine()) != null) {
				if (line.startsWith("#")) {
					int at = line.indexOf("version:");
					if (at >= 0) {
						version = line.substring(at + "version:".length()).trim();
					}
					at = line.indexOf("years:");
					if (at >= 0) {
						for (String year : line.substring(at + "years:".length()).split(",")) {
							years.add(Integer.parseInt(year.trim()));
						}
					}
					continue;
				}
				if (line.isBlank()) {
					continue;
				}
				if (header) {
					header = false;
					continue;
				}
				String[] f = line.split(",", -1);
				if (f.length != 3) {
					throw new IllegalStateException("holiday line needs date,kind,name: " + line);
				}
				CalendarDay day = new CalendarDay(LocalDate.parse(f[0].trim()), DayKind.valueOf(f[1].trim()), f[2].trim());
				if (!years.contains(day.date().getYear())) {
					throw new IllegalStateException("holiday " + day.date() + " is in a year not listed under '# years:'");
				}
				days.add(day);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read holiday calendar " + file, ex);
		}
		if (version == null) {
			throw new IllegalStateException("holiday calendar " + file + " has no '# version:' header");
		}
		return new HolidayFile(version, years, days);
	}
}
