package org.smartcourt.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.smartcourt.shared.DomainException;
import org.smartcourt.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 案件编号 are dense and unique per court × 类型代字 × year under concurrency (案号规定 arts. 9–10); 刑核 numbers are
 * 8 random digits (art. 10 para. 2). Each test uses its own year, so tests sharing the database do not meet.
 */
@IntegrationTest
class CaseNumberAllocationTests {

	@Autowired
	CaseNumbers numbers;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void twoHundredAllocationsFromTwentyThreadsGiveOneToTwoHundred() throws Exception {
		TransactionTemplate tx = new TransactionTemplate(transactions);
		List<Callable<List<Long>>> workers = new ArrayList<>();
		for (int t = 0; t < 20; t++) {
			workers.add(() -> {
				List<Long> mine = new ArrayList<>();
				for (int i = 0; i < 10; i++) {
					CaseNumber n = tx.execute(s -> numbers.allocate("吉0104", null, "民初", 2090));
					mine.add(Long.parseLong(n.number()));
				}
				return mine;
			});
		}
		assertThat(runAll(workers, 20)).containsExactlyElementsOf(oneTo(200));
	}

	@Test
	void numbersRunSeparatelyPerCourtTypeAndSpecialCode() {
		TransactionTemplate tx = new TransactionTemplate(transactions);
		assertThat(tx.execute(s -> numbers.allocate("吉01", null, "民初", 2094)).format()).isEqualTo("（2094）吉01民初1号");
		assertThat(tx.execute(s -> numbers.allocate("吉01", null, "民初", 2094)).number()).isEqualTo("2");
		assertThat(tx.execute(s -> numbers.allocate("吉01", "知", "民初", 2094)).format()).isEqualTo("（2094）吉01知民初1号");
		assertThat(tx.execute(s -> numbers.allocate("吉01", null, "民终", 2094)).number()).isEqualTo("1");
		assertThat(tx.execute(s -> numbers.allocate("吉0104", null, "民初", 2094)).number()).isEqualTo("1");
		assertThat(tx.execute(s -> numbers.allocate("吉01", null, "民初", 2095)).number()).isEqualTo("1");
	}

	@Test
	void aRolledBackAllocationLeavesNoGap() {
		TransactionTemplate tx = new TransactionTemplate(transactions);
		assertThat(tx.execute(s -> numbers.allocate("吉0102", null, "民初", 2091)).number()).isEqualTo("1");
		String rolledBack = tx.execute(s -> {
			s.setRollbackOnly();
			return numbers.allocate("吉0102", null, "民初", 2091).number();
		});
		assertThat(rolledBack).isEqualTo("2");
		assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
			numbers.allocate("吉0102", null, "民初", 2091);
			throw new IllegalStateException("registration failed");
		})).hasMessage("registration failed");
		assertThat(tx.execute(s -> numbers.allocate("吉0102", null, "民初", 2091)).number()).isEqualTo("2");
	}

	@Test
	void criminalReviewNumbersAreEightRandomDigits() {
		TransactionTemplate tx = new TransactionTemplate(transactions);
		List<String> issued = IntStream.range(0, 30)
			.mapToObj(i -> tx.execute(s -> numbers.allocate("最高法", null, "刑核", 2092).number()))
			.toList();
		assertThat(issued).allMatch(n -> n.matches("[0-9]{8}")).doesNotHaveDuplicates();
		List<Long> values = issued.stream().map(Long::parseLong).toList();
		long consecutive = IntStream.range(1, values.size()).filter(i -> values.get(i) == values.get(i - 1) + 1).count();
		assertThat(consecutive).as("刑核 numbers must not be sequential").isLessThan(3);
		assertThat(values).isNotEqualTo(values.stream().sorted().toList());
	}

	@Test
	void refusesToAllocateOutsideATransaction() {
		assertThatThrownBy(() -> numbers.allocate("吉0104", null, "民初", 2093))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	@Test
	void refusesUnknownCodes() {
		TransactionTemplate tx = new TransactionTemplate(transactions);
		assertThatThrownBy(() -> tx.execute(s -> numbers.allocate("吉0104", null, "民甲", 2096)))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("invalid-case-number"));
		assertThatThrownBy(() -> tx.execute(s -> numbers.allocate("吉0104", "特", "民初", 2096)))
			.isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> tx.execute(s -> numbers.allocate("吉林", null, "民初", 2096)))
			.isInstanceOf(DomainException.class);
	}

	static List<Long> oneTo(int n) {
		return IntStream.rangeClosed(1, n).mapToObj(i -> (long) i).toList();
	}

	static List<Long> runAll(List<Callable<List<Long>>> workers, int threads) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Long> all = new ArrayList<>();
			for (Future<List<Long>> f : pool.invokeAll(workers)) {
				all.addAll(f.get());
			}
			Collections.sort(all);
			return all;
		}
		finally {
			pool.shutdownNow();
		}
	}
}
