package org.smartcourt.cases;

/**
 * Issues and reads 案号. Numbers run from 1 per court, 专门审判代字 + 类型代字 and 收案年度 with no gap and no duplicate
 * (案号规定 arts. 9–10 as amended by 法〔2018〕335号), on any number of app nodes sharing one database; 刑核 gets an
 * 8-digit random number instead (art. 10 para. 2).
 */
public interface CaseNumbers {

	/**
	 * Takes the next number. Must run inside the caller's transaction (the registration that uses the number): the
	 * counter row stays locked until it commits, so concurrent callers queue, and a rollback gives the number back.
	 *
	 * @param courtCode 法院代字 of the issuing court, e.g. 吉0102.
	 * @param specialCode 专门审判代字 (知) or {@literal null}.
	 * @param typeCode 类型代字 in force today, e.g. 民初.
	 * @param year 收案年度.
	 * @throws org.smartcourt.shared.DomainException ({@code invalid-case-number}) for an unknown code.
	 * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction.
	 */
	CaseNumber allocate(String courtCode, String specialCode, String typeCode, int year);

	/**
	 * Reads a case number against the catalogue of 类型代字 and 专门审判代字; see
	 * {@link CaseNumber#parse(String, java.util.Set, java.util.Set)}.
	 */
	CaseNumber parse(String text);
}
