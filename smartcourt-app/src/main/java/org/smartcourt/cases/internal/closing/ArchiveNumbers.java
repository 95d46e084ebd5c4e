package org.smartcourt.cases.internal.closing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 归档号: {@code 法院代字-年度-案件类别字-六位序号}, e.g. {@code 吉0104-2026-民-000123}. The sequence runs from 1 per
 * court and archiving year across all case types, with no gap: it comes from one counter row per court and year,
 * bumped by an upsert that returns the new value and stays locked to the end of the archiving transaction, so
 * concurrent archivings on any node queue and a rolled-back archiving gives its number back. The 类别字 (first
 * character of the 类型代字: 民, 刑, 行, 执…) only helps people read the number.
 */
@Component
class ArchiveNumbers {

	private final JdbcClient jdbc;

	ArchiveNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	String next(String courtCode, int year, String typeCode) {
		long next = jdbc.sql("""
				insert into archive_number_counter (court_code, year, last) values (?, ?, 1)
				on conflict (court_code, year) do update set last = archive_number_counter.last + 1
				returning last""")
			.params(courtCode, year)
			.query(Long.class)
			.single();
		return format(courtCode, year, typeCode, next);
	}

	static String format(String courtCode, int year, String typeCode, long sequence) {
		return courtCode + "-" + year + "-" + typeCode.substring(0, 1) + "-" + String.format("%06d", sequence);
	}
}
