package org.smartcourt.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.smartcourt.SmartCourtApplication;
import org.smartcourt.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two app nodes on one PostgreSQL issue dense, unique numbers: the test's context is node one; a second
 * application, started as an operator would with the first one's database URL, is node two.
 */
@IntegrationTest
class TwoNodeCaseNumberTests {

	@Autowired
	ApplicationContext first;

	@Autowired
	javax.sql.DataSource dataSource;

	@Test
	void allocationsFromTwoNodesInParallelGiveOneToTwoHundred() throws Exception {
		String url = ((HikariDataSource) dataSource).getJdbcUrl();
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(SmartCourtApplication.class)
			.web(WebApplicationType.SERVLET)
			.run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--server.port=0",
					"--spring.flyway.enabled=false")) {
			assertThat(second.getBean(javax.sql.DataSource.class)).isNotSameAs(dataSource);
			List<Callable<List<Long>>> workers = new ArrayList<>();
			for (int t = 0; t < 20; t++) {
				workers.add(worker(t % 2 == 0 ? first : second));
			}
			assertThat(CaseNumberAllocationTests.runAll(workers, 20))
				.containsExactlyElementsOf(CaseNumberAllocationTests.oneTo(200));
		}
	}

	private static Callable<List<Long>> worker(ApplicationContext node) {
		CaseNumbers numbers = node.getBean(CaseNumbers.class);
		TransactionTemplate tx = new TransactionTemplate(node.getBean(PlatformTransactionManager.class));
		return () -> {
			List<Long> mine = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				mine.add(Long.parseLong(tx.execute(s -> numbers.allocate("吉0105", null, "民初", 2093)).number()));
			}
			return mine;
		};
	}
}
