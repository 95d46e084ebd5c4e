package org.smartcourt.appraisal;

import org.smartcourt.accounts.AccountDirectory;
import org.smartcourt.appraisal.internal.Institution;
import org.smartcourt.appraisal.internal.AppraisalRoster;

/** For tests outside this package (the browser tests): a qualified roster entry entered by the appraisal office. */
public final class AppraisalTestRoster {

	private final AppraisalFixtures fixtures;

	public AppraisalTestRoster(AppraisalRoster roster, AccountDirectory accounts) {
		this.fixtures = new AppraisalFixtures(roster, accounts, null);
	}

	public Institution qualified(String name, String field) {
		return fixtures.qualified(name, field, null);
	}
}
