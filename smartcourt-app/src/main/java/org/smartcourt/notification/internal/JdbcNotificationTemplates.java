package org.smartcourt.notification.internal;

import java.time.Clock;
import java.util.List;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.notification.NotificationTemplate;
import org.smartcourt.notification.NotificationTemplates;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.smartcourt.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link NotificationTemplates} on {@code notification_template}; every save is a new version and audited. */
@Service
class JdbcNotificationTemplates implements NotificationTemplates {

	private final TemplateRepository templates;
	private final AuditTrail audit;
	private final Clock clock;

	JdbcNotificationTemplates(TemplateRepository templates, AuditTrail audit, Clock clock) {
		this.templates = templates;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<NotificationTemplate> all() {
		return templates.all().stream().map(JdbcNotificationTemplates::view).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public NotificationTemplate get(String code) {
		return view(load(code));
	}

	@Override
	@Transactional
	public NotificationTemplate update(Actor admin, String code, String text) {
		if (!admin.is(Role.IT_ADMIN)) {
			audit.denied("notification.template.update", "notification-template", code);
			throw DomainException.forbidden("forbidden", "problem.forbidden.detail");
		}
		StoredTemplate current = load(code);
		TemplateText edited = TemplateText.parse(text);
		if (edited.category() != current.text().category()) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail",
					List.of(new FieldProblem("text", "category", "validation.notification-template.category-fixed",
							List.of(current.text().category().name()))));
		}
		edited.requireOnly(current.placeholders());
		templates.edit(current, edited, clock.instant(), admin.id().value());
		audit.success("notification.template.update", "notification-template", code);
		return view(load(code));
	}

	private StoredTemplate load(String code) {
		return templates.find(code)
			.orElseThrow(() -> DomainException.notFound("notification-template-not-found",
					"problem.notification-template-not-found.detail"));
	}

	private static NotificationTemplate view(StoredTemplate t) {
		return new NotificationTemplate(t.code(), t.text().category(), t.version(), t.text().text(),
				List.copyOf(t.placeholders()), t.edited(), t.updatedAt());
	}
}
