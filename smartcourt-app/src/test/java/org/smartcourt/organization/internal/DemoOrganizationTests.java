package org.smartcourt.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.smartcourt.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Demo organization data: matches the demo accounts, and seeding again adds nothing. */
@IntegrationTest
class DemoOrganizationTests {

	@Autowired
	DemoOrganization demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void seedsStaffForDemoAccountsIdempotently() {
		long before = rows();
		demo.run(new DefaultApplicationArguments());
		assertThat(rows()).isEqualTo(before);
		assertThat(jdbc.sql("select name from staff_member where username = 'division-head'").query(String.class).single())
			.isEqualTo("周庭长");
		assertThat(jdbc.sql("select count(*) from staff_member where court_id = '220104' and position = 'PEOPLES_ASSESSOR'")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(3);
		assertThat(jdbc.sql("select technology from courtroom where court_id = '220100' and name = '第一法庭'")
			.query(Boolean.class)
			.single()).isTrue();
	}

	private long rows() {
		return jdbc.sql("select (select count(*) from department) + (select count(*) from courtroom)"
				+ " + (select count(*) from staff_member)")
			.query(Long.class)
			.single();
	}
}
