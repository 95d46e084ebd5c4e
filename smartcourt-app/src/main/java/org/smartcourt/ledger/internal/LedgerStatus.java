package org.smartcourt.ledger.internal;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether this node may append: only once the start-up check found the stored tree consistent. Also the ledger's
 * Actuator health ({@code ledger}): DOWN when the check failed, with the reason.
 */
@Component("ledger")
class LedgerStatus implements HealthIndicator {

	private volatile boolean consistent;
	private volatile String problem = "the start-up check has not run yet";

	void consistent() {
		this.consistent = true;
		this.problem = null;
	}

	void inconsistent(String problem) {
		this.consistent = false;
		this.problem = problem;
	}

	boolean acceptsAppends() {
		return consistent;
	}

	@Override
	public Health health() {
		return consistent ? Health.up().build() : Health.down().withDetail("problem", problem).build();
	}
}
