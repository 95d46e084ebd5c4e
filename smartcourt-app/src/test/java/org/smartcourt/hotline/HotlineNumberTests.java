package org.smartcourt.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.smartcourt.accounts.AccountDirectory;
import org.smartcourt.hotline.internal.HotlineRequests;
import org.smartcourt.hotline.internal.NewRequest;
import org.smartcourt.organization.Staffing;
import org.smartcourt.shared.Actor;
import org.smartcourt.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 受理编号 {@code 12368-<法院代字>-<year>-<seq>}: unique and without gaps per court and year, also when many agents
 * receive calls at once, and a request that rolls back gives its number back.
 */
@IntegrationTest
class HotlineNumberTests {

	private static final String COURT = "220103";

	@Autowired
	HotlineRequests requests;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	Staffing staffing;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void eightyRequestsFromSixteenThreadsGetConsecutiveNumbers() throws Exception {
		Actor agent = new HotlineActors(accounts, staffing).agent();
		List<Callable<List<Long>>> workers = new ArrayList<>();
		for (int t = 0; t < 16; t++) {
			workers.add(() -> {
				List<Long> mine = new ArrayList<>();
				for (int i = 0; i < 5; i++) {
					String number = requests.receive(agent, consultation(), null).request().number();
					assertThat(number).matches("12368-吉0103-20[0-9]{2}-[0-9]{6}");
					mine.add(Long.parseLong(number.substring(number.lastIndexOf('-') + 1)));
				}
				return mine;
			});
		}
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Long> all = new ArrayList<>();
		try {
			for (Future<List<Long>> f : pool.invokeAll(workers)) {
				all.addAll(f.get());
			}
		}
		finally {
			pool.shutdown();
		}
		all.sort(Long::compare);
		assertThat(all).hasSize(80).doesNotHaveDuplicates();
		assertThat(all.get(79) - all.get(0)).as("no gaps").isEqualTo(79);
	}

	@Test
	void aRolledBackRequestLeavesNoGap() {
		Actor agent = new HotlineActors(accounts, staffing).agent();
		TransactionTemplate tx = new TransactionTemplate(transactions);
		long first = seq(requests.receive(agent, consultation(), null).request().number());
		long rolledBack = seq(tx.execute(s -> {
			s.setRollbackOnly();
			return requests.receive(agent, consultation(), null).request().number();
		}));
		long next = seq(requests.receive(agent, consultation(), null).request().number());
		assertThat(rolledBack).isEqualTo(first + 1);
		assertThat(next).isEqualTo(first + 1);
	}

	private static NewRequest consultation() {
		return new NewRequest(RequestKind.CONSULTATION, Intake.PHONE, COURT, null, "王五", "13900000001", null,
				"咨询立案材料", "起诉需要准备哪些材料？");
	}

	private static long seq(String number) {
		return Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
	}
}
