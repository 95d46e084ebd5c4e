package org.smartcourt.preservation;

import java.util.List;

import org.smartcourt.accounts.AccountDirectory;
import org.smartcourt.organization.Staffing;
import org.smartcourt.preservation.internal.NewApplication;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.Role;

/** Demo users as {@link Actor}s and applications ready to submit, for tests that call the services directly. */
final class PreservationFixtures {

	/** 朝阳区人民法院. */
	static final String CHAOYANG = "220104";

	private final AccountDirectory accounts;
	private final Staffing staffing;

	PreservationFixtures(AccountDirectory accounts, Staffing staffing) {
		this.accounts = accounts;
		this.staffing = staffing;
	}

	Actor staff(String username, Role role) {
		var staff = staffing.byUsername(username).orElseThrow();
		return new Actor(accounts.idOf(username).orElseThrow(), username, staff.name(), role, staff.court());
	}

	Actor litigant() {
		return new Actor(accounts.idOf("litigant").orElseThrow(), "litigant", "李明", Role.LITIGANT, null);
	}

	Actor lawyer() {
		return new Actor(accounts.idOf("lawyer").orElseThrow(), "lawyer", "律师", Role.LAWYER, null);
	}

	Actor clerk() {
		return staff("filing-clerk-0104", Role.FILING_CLERK);
	}

	Actor judge() {
		return staff("judge-0104", Role.JUDGE);
	}

	/**
	 * 诉前保全 at 朝阳区 by 张三 (ID 220104198001011234) against {@code respondent}: 100,000 元 in a bank account and a
	 * car, secured by a 100,000 元 preservation liability insurance.
	 */
	static NewApplication preSuit(String respondent, String respondentId) {
		return new NewApplication(PreservationKind.PRE_SUIT, CHAOYANG, null, false, null, "张三", "220104198001011234",
				"长春市朝阳区人民大街1号", "13900000001", respondent, respondentId, "长春市南关区大马路2号", "13900000002",
				"请求冻结被申请人银行存款人民币100000元", "被申请人欠借款100000元到期未还，且正在转移财产。", "100000", false,
				List.of(new NewApplication.PropertyInput(PropertyKind.DEPOSIT, "中国工商银行长春朝阳支行账户", "6222020000000001",
						"150000", false),
						new NewApplication.PropertyInput(PropertyKind.VEHICLE, "小型轿车", "吉A12345", "80000", false)),
				SecurityKind.LIABILITY_INSURANCE, "100000", "中国人民财产保险股份有限公司吉林省分公司", "PICC-2026-0001", null);
	}
}
