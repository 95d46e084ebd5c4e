package org.smartcourt.accounts.internal;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.shared.SmartCourtMode;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: an account for every role at 长春市中级人民法院 (username = role slug, e.g. {@code judge}) and the
 * staff roles again at 长春市朝阳区人民法院 (slug + {@code -0104}, e.g. {@code judge-0104}), all with one shared
 * password that is printed at start. Existing accounts are left alone, so restarts keep what users changed.
 */
@Component
@Order(10)
class DemoAccounts implements ApplicationRunner {

	/** 长春市中级人民法院 (吉01). */
	static final CourtId CHANGCHUN_INTERMEDIATE = new CourtId("220100");
	/** 长春市朝阳区人民法院 (吉0104). */
	static final CourtId CHANGCHUN_CHAOYANG = new CourtId("220104");
	/** 吉林省高级人民法院 (吉). */
	static final CourtId JILIN_HIGH = new CourtId("220000");

	private record Demo(String username, String name, Role role, CourtId court, String mobile) {
	}

	private static final List<Demo> DEMOS = List.of(
			new Demo("litigant", "李明", Role.LITIGANT, null, "13800000001"),
			new Demo("lawyer", "赵律师", Role.LAWYER, null, "13800000002"),
			new Demo("litigant-b", "王芳", Role.LITIGANT, null, "13800000003"),
			new Demo("appraisal-institution", "长春正衡司法鉴定中心", Role.APPRAISAL_INSTITUTION, null, "13800000004"),
			new Demo("filing-clerk", "刘立案", Role.FILING_CLERK, CHANGCHUN_INTERMEDIATE, null),
			new Demo("judge", "王立新", Role.JUDGE, CHANGCHUN_INTERMEDIATE, null),
			new Demo("assistant", "陈助理", Role.ASSISTANT, CHANGCHUN_INTERMEDIATE, null),
			new Demo("clerk", "孙书记", Role.CLERK, CHANGCHUN_INTERMEDIATE, null),
			new Demo("division-head", "周庭长", Role.DIVISION_HEAD, CHANGCHUN_INTERMEDIATE, null),
			new Demo("president", "吴院长", Role.PRESIDENT, CHANGCHUN_INTERMEDIATE, null),
			new Demo("president-high", "孟院长", Role.PRESIDENT, JILIN_HIGH, null),
			new Demo("mediator", "郑调解", Role.MEDIATOR, CHANGCHUN_INTERMEDIATE, null),
			new Demo("hotline", "冯坐席", Role.HOTLINE, CHANGCHUN_INTERMEDIATE, null),
			new Demo("appraisal", "褚鉴定", Role.APPRAISAL, CHANGCHUN_INTERMEDIATE, null),
			new Demo("it-admin", "卫技术", Role.IT_ADMIN, CHANGCHUN_INTERMEDIATE, null),
			new Demo("judge-b", "李文博", Role.JUDGE, CHANGCHUN_INTERMEDIATE, null),
			new Demo("judge-c", "张慧敏", Role.JUDGE, CHANGCHUN_INTERMEDIATE, null),
			new Demo("assistant-b", "何助理", Role.ASSISTANT, CHANGCHUN_INTERMEDIATE, null),
			new Demo("clerk-b", "吕书记", Role.CLERK, CHANGCHUN_INTERMEDIATE, null),
			new Demo("assistant-c", "施助理", Role.ASSISTANT, CHANGCHUN_INTERMEDIATE, null),
			new Demo("clerk-c", "孔书记", Role.CLERK, CHANGCHUN_INTERMEDIATE, null),
			new Demo("filing-clerk-0104", "蒋立案", Role.FILING_CLERK, CHANGCHUN_CHAOYANG, null),
			new Demo("judge-0104", "沈法官", Role.JUDGE, CHANGCHUN_CHAOYANG, null),
			new Demo("assistant-0104", "韩助理", Role.ASSISTANT, CHANGCHUN_CHAOYANG, null),
			new Demo("clerk-0104", "杨书记", Role.CLERK, CHANGCHUN_CHAOYANG, null),
			new Demo("division-head-0104", "朱庭长", Role.DIVISION_HEAD, CHANGCHUN_CHAOYANG, null),
			new Demo("president-0104", "秦院长", Role.PRESIDENT, CHANGCHUN_CHAOYANG, null),
			new Demo("mediator-0104", "尤调解", Role.MEDIATOR, CHANGCHUN_CHAOYANG, null),
			new Demo("it-admin-0104", "许技术", Role.IT_ADMIN, CHANGCHUN_CHAOYANG, null),
			new Demo("judge-b-0104", "魏国华", Role.JUDGE, CHANGCHUN_CHAOYANG, null),
			new Demo("judge-c-0104", "陶静", Role.JUDGE, CHANGCHUN_CHAOYANG, null),
			new Demo("assistant-b-0104", "姜助理", Role.ASSISTANT, CHANGCHUN_CHAOYANG, null),
			new Demo("clerk-b-0104", "戚书记", Role.CLERK, CHANGCHUN_CHAOYANG, null),
			new Demo("assistant-c-0104", "谢助理", Role.ASSISTANT, CHANGCHUN_CHAOYANG, null),
			new Demo("clerk-c-0104", "邹书记", Role.CLERK, CHANGCHUN_CHAOYANG, null));

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final SmartCourtMode mode;
	private final UserAccountRepository accounts;
	private final PasswordEncoder encoder;
	private final Clock clock;
	private final String demoPassword;

	DemoAccounts(SmartCourtMode mode, UserAccountRepository accounts, PasswordEncoder encoder, Clock clock,
			@Value("${smartcourt.security.demo-password}") String demoPassword) {
		this.mode = mode;
		this.accounts = accounts;
		this.encoder = encoder;
		this.clock = clock;
		this.demoPassword = demoPassword;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (mode != SmartCourtMode.DEMO) {
			return;
		}
		String hash = encoder.encode(demoPassword);
		int created = 0;
		for (Demo demo : DEMOS) {
			if (!accounts.existsByUsername(demo.username())) {
				accounts.insert(UserAccount.open(demo.username(), hash, demo.name(), demo.role(), demo.court(),
						demo.mobile(), clock.instant()));
				created++;
			}
		}
		log.info("""

				==== SmartCourt 演示模式 (demo mode) ====
				演示账号 demo accounts: litigant, lawyer, filing-clerk, judge, assistant, clerk, division-head,
				  president, mediator, hotline, appraisal, it-admin (长春市中级人民法院) and <role>-0104 (朝阳区人民法院);
				  more civil judges and their teams: judge-b, judge-c, assistant-b/c, clerk-b/c (and the same + -0104);
				  a second litigant litigant-b and an appraisal institution's account appraisal-institution
				统一演示密码 shared demo password: {}
				({} accounts created now)
				=========================================""", demoPassword, created);
	}
}
