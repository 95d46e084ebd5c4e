package org.smartcourt.mediation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.smartcourt.shared.SmartCourtMode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: one 特邀调解组织 at each demo court, whose mediator is the demo account ("mediator" at 220100,
 * "mediator-0104" at 220104), and a second mediator without an account to designate when the first declines.
 * Seeds once; what a clerk changed stays.
 */
@Component
@Order(40)
class DemoMediationRoster implements ApplicationRunner {

	private final SmartCourtMode mode;
	private final JdbcClient jdbc;
	private final Clock clock;

	DemoMediationRoster(SmartCourtMode mode, JdbcClient jdbc, Clock clock) {
		this.mode = mode;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (mode != SmartCourtMode.DEMO) {
			return;
		}
		seed("220100", "长春市人民调解协会特邀调解工作室", "mediator", "郑调解", "王调解");
		seed("220104", "朝阳区多元解纷调解中心", "mediator-0104", "尤调解", "何调解");
	}

	private void seed(String court, String organization, String username, String name, String second) {
		boolean seeded = jdbc.sql("select count(*) from mediation_organization where court_id = ? and name = ?")
			.params(court, organization)
			.query(Integer.class)
			.single() > 0;
		if (seeded) {
			return;
		}
		Timestamp now = Timestamp.from(clock.instant());
		UUID org = UUID.randomUUID();
		jdbc.sql("insert into mediation_organization (id, court_id, name, specialties, active, created_at) "
				+ "values (?,?,?,?,true,?)")
			.params(org, court, organization, "GENERAL,MARRIAGE_FAMILY,LABOUR,ROAD_TRAFFIC", now)
			.update();
		jdbc.sql("insert into mediator (id, court_id, organization_id, name, username, specialties, active, created_at) "
				+ "values (?,?,?,?,?,?,true,?) on conflict do nothing")
			.params(UUID.randomUUID(), court, org, name, username, "GENERAL,MARRIAGE_FAMILY", now)
			.update();
		jdbc.sql("insert into mediator (id, court_id, organization_id, name, username, specialties, active, created_at) "
				+ "values (?,?,?,?,null,?,true,?)")
			.params(UUID.randomUUID(), court, org, second, "GENERAL,ROAD_TRAFFIC", now)
			.update();
	}
}
