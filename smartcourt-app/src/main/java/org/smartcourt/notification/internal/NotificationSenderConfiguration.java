package org.smartcourt.notification.internal;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.smartcourt.accounts.SmsGateway;
import org.smartcourt.notification.Channel;
import org.smartcourt.notification.internal.DingTalkRobotChannel.Robot;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chooses each channel's sender by {@code smartcourt.notification.<channel>.mode}: {@code outbox} (default,
 * development: kept and shown at {@code /dev/notification-outbox}) or the real adapter ({@code sms: gateway},
 * {@code email: smtp}, {@code dingtalk-robot: webhook}, {@code dingtalk-work: api}); and builds this node's
 * {@link OutboxSender} with the retry and lease settings.
 */
@Configuration(proxyBeanMethods = false)
class NotificationSenderConfiguration {

	@Bean
	Backoff notificationBackoff(Environment env) {
		return new Backoff(env.getProperty("smartcourt.notification.retry.initial", Duration.class,
				Duration.ofSeconds(30)), env.getProperty("smartcourt.notification.retry.max-attempts", Integer.class, 8),
				env.getProperty("smartcourt.notification.retry.ceiling", Duration.class, Duration.ofHours(2)));
	}

	@Bean(destroyMethod = "shutdown")
	OutboxSender outboxSender(OutboxRepository outbox, DevOutboxRepository dev, ObjectProvider<SmsGateway> sms,
			ObjectProvider<JavaMailSender> mail, PlatformTransactionManager transactions,
			ApplicationEventPublisher events, Backoff backoff, Clock clock, Environment env) {
		TransactionTemplate tx = new TransactionTemplate(transactions);
		Map<Channel, ChannelSender> channels = channels(dev, sms, mail, clock, env);
		String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
		return new OutboxSender(outbox, channels, new Outcomes(outbox, tx, events, backoff, clock), tx, clock, owner,
				env.getProperty("smartcourt.notification.lease", Duration.class, Duration.ofMinutes(2)),
				env.getProperty("smartcourt.notification.batch-size", Integer.class, 50),
				env.getProperty("smartcourt.notification.base-url", "http://localhost:8080"),
				env.getProperty("smartcourt.notification.parallelism", Integer.class, 8));
	}

	static Map<Channel, ChannelSender> channels(DevOutboxRepository dev, ObjectProvider<SmsGateway> sms,
			ObjectProvider<JavaMailSender> mail, Clock clock, Environment env) {
		Map<Channel, ChannelSender> channels = new EnumMap<>(Channel.class);
		for (Channel c : new Channel[] { Channel.SMS, Channel.EMAIL, Channel.DINGTALK_ROBOT, Channel.DINGTALK_WORK }) {
			channels.put(c, new DevOutboxChannel(c, dev, clock));
		}
		if ("gateway".equals(mode(env, "sms"))) {
			channels.put(Channel.SMS, new SmsChannel(sms.getObject()));
		}
		if ("smtp".equals(mode(env, "email"))) {
			JavaMailSender sender = mail.getIfAvailable();
			if (sender == null) {
				throw new IllegalStateException("smartcourt.notification.email.mode=smtp 需要配置 spring.mail.host");
			}
			channels.put(Channel.EMAIL, new EmailChannel(sender,
					env.getProperty("smartcourt.notification.email.from", "SmartCourt <noreply@smartcourt.local>")));
		}
		DingTalkAnswers dingtalk = new DingTalkAnswers(
				env.getProperty("smartcourt.notification.dingtalk.connect-timeout", Duration.class, Duration.ofSeconds(3)),
				env.getProperty("smartcourt.notification.dingtalk.request-timeout", Duration.class, Duration.ofSeconds(5)));
		if ("webhook".equals(mode(env, "dingtalk-robot"))) {
			Map<String, Robot> robots = Binder.get(env)
				.bind("smartcourt.notification.dingtalk.robots", Bindable.mapOf(String.class, Robot.class))
				.orElse(Map.of());
			channels.put(Channel.DINGTALK_ROBOT, new DingTalkRobotChannel(robots, dingtalk, clock));
		}
		if ("api".equals(mode(env, "dingtalk-work"))) {
			String prefix = "smartcourt.notification.dingtalk.work.";
			channels.put(Channel.DINGTALK_WORK, new DingTalkWorkChannel(new DingTalkWorkChannel.Settings(
					env.getProperty(prefix + "base-url", "https://oapi.dingtalk.com"),
					env.getRequiredProperty(prefix + "app-key"), env.getRequiredProperty(prefix + "app-secret"),
					env.getRequiredProperty(prefix + "agent-id", Long.class)), dingtalk, clock));
		}
		return channels;
	}

	private static String mode(Environment env, String channel) {
		return env.getProperty("smartcourt.notification." + channel + ".mode", "outbox");
	}
}
