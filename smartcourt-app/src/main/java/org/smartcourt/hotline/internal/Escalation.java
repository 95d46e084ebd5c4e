package org.smartcourt.hotline.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.accounts.AccountDirectory;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.notification.Channel;
import org.smartcourt.notification.Message;
import org.smartcourt.notification.Notifications;
import org.smartcourt.notification.Recipient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 超期督办: a request still unanswered after its due date is marked 已超期 and its supervisor (the 庭长 of the
 * handler's department, else the 院长) is told through the notification service. Each request escalates once.
 */
@Service
public class Escalation {

	private static final Logger log = LoggerFactory.getLogger(Escalation.class);

	private final RequestRepository requests;
	private final Routing routing;
	private final AccountDirectory accounts;
	private final Notifications notifications;
	private final AuditTrail audit;
	private final HotlineClock clock;

	Escalation(RequestRepository requests, Routing routing, AccountDirectory accounts, Notifications notifications,
			AuditTrail audit, HotlineClock clock) {
		this.requests = requests;
		this.routing = routing;
		this.accounts = accounts;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	/** Escalates what is overdue today. */
	@Transactional
	public int run() {
		return run(clock.today());
	}

	/** Escalates the requests whose due date is before {@code today}; returns how many. */
	@Transactional
	public int run(LocalDate today) {
		List<HotlineRequest> due = requests.where(
				"status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS') and not overdue and due_on < :today",
				Map.of("today", today));
		for (HotlineRequest r : due) {
			escalate(r);
		}
		if (!due.isEmpty()) {
			log.info("Escalated {} overdue 12368 requests", due.size());
		}
		return due.size();
	}

	private void escalate(HotlineRequest r) {
		r.markOverdue(clock.now());
		requests.update(r);
		var supervisor = routing.supervisorOf(r.court(), r.assignee());
		requests.addStep(r.id(), r.status(), clock.now(), null, null,
				"已超期（应于" + r.dueOn() + "前答复）" + supervisor.map(s -> "，已提醒" + s.name()).orElse(""));
		audit.record(null, "hotline.request.escalate", "hotline-request", r.id().toString(), AuditOutcome.SUCCESS,
				supervisor.map(Assignee::username).orElse(null));
		supervisor.flatMap(s -> accounts.idOf(s.username()))
			.ifPresent(user -> notifications.send(new Message("hotline.overdue:" + r.id(), Recipient.user(user),
					"hotline.overdue",
					Map.of("number", r.number(), "subject", r.subject(), "dueOn", r.dueOn().toString(), "handler",
							r.assignee() == null ? "12368坐席" : r.assignee().name()),
					"/hotline/requests/" + r.id(), Set.of(Channel.IN_APP))));
	}
}
