package org.smartcourt.notification.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.smartcourt.accounts.MobileNumber;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.notification.Category;
import org.smartcourt.notification.Channel;
import org.smartcourt.notification.ChannelChoice;
import org.smartcourt.notification.NotificationPreferences;
import org.smartcourt.notification.NotificationSettings;
import org.smartcourt.notification.QuietHours;
import org.smartcourt.notification.internal.ContactRepository.Contact;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.smartcourt.shared.UserId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link NotificationPreferences} on the preference, quiet-hours and contact tables; every change is audited. */
@Service
class JdbcNotificationPreferences implements NotificationPreferences {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
	private static final Pattern DINGTALK_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");

	private final PreferenceRepository preferences;
	private final ContactRepository contacts;
	private final ChannelPolicy policy;
	private final AuditTrail audit;
	private final Clock clock;

	JdbcNotificationPreferences(PreferenceRepository preferences, ContactRepository contacts, ChannelPolicy policy,
			AuditTrail audit, Clock clock) {
		this.preferences = preferences;
		this.contacts = contacts;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public NotificationSettings of(UserId user) {
		Contact contact = contacts.of(user);
		List<ChannelChoice> choices = new ArrayList<>();
		for (Category category : Category.values()) {
			choices.add(new ChannelChoice(category, policy.forUser(user, category, contact.mobile() != null),
					category.isMandatory()));
		}
		return new NotificationSettings(choices, preferences.quietHours(user).orElse(null), contact.mobile(),
				contact.email(), contact.dingtalkUserId());
	}

	@Override
	@Transactional
	public void choose(UserId user, Category category, Set<Channel> channels) {
		if (category.isMandatory()) {
			audit.denied("notification.preference.choose", "notification-preference", category.name());
			throw DomainException.ruleViolation("notification-category-mandatory",
					"problem.notification-category-mandatory.detail");
		}
		Set<Channel> chosen = EnumSet.noneOf(Channel.class);
		for (Channel c : channels) {
			if (!CHOOSABLE.contains(c)) {
				throw invalid("channels", "validation.notification.channel");
			}
			chosen.add(c);
		}
		preferences.choose(user, category, chosen);
		audit.success("notification.preference.choose", "notification-preference", category.name());
	}

	@Override
	@Transactional
	public void quietHours(UserId user, QuietHours quietHours) {
		preferences.quietHours(user, quietHours);
		audit.success("notification.preference.quiet-hours", "notification-preference", null);
	}

	@Override
	@Transactional
	public void contact(UserId user, String mobile, String email, String dingtalkUserId) {
		String m = blankToNull(mobile);
		String e = blankToNull(email);
		String d = blankToNull(dingtalkUserId);
		if (m != null) {
			m = MobileNumber.parse(m, "mobile").value();
		}
		if (e != null && (e.length() > 200 || !EMAIL.matcher(e).matches())) {
			throw invalid("email", "validation.notification.email");
		}
		if (d != null && !DINGTALK_ID.matcher(d).matches()) {
			throw invalid("dingtalkUserId", "validation.notification.dingtalk");
		}
		contacts.save(user, new Contact(m, e, d), clock.instant());
		audit.success("notification.preference.contact", "notification-contact", null);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	static DomainException invalid(String field, String key) {
		return DomainException.invalid("validation-failed", "problem.validation-failed.detail",
				List.of(new FieldProblem(field, "invalid", key)));
	}
}
