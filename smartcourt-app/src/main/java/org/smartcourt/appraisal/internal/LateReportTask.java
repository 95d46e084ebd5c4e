package org.smartcourt.appraisal.internal;

import java.time.LocalTime;
import java.time.ZoneId;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 逾期鉴定 check as a db-scheduler recurring task: one node runs it each morning in the courts' zone. */
@Configuration(proxyBeanMethods = false)
class LateReportTask {

	static final String NAME = "appraisal-late-reports";

	@Bean
	RecurringTask<Void> appraisalLateReportTask(LateReports late,
			@Value("${smartcourt.appraisal.late-check-time:07:40}") LocalTime at) {
		return Tasks.recurring(NAME, Schedules.daily(ZoneId.of("Asia/Shanghai"), at))
			.execute((instance, context) -> late.run());
	}
}
