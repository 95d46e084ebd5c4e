package org.smartcourt.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.smartcourt.notification.Channel;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * 电子邮件 over SMTP ({@code mode: smtp}, Spring Mail's {@code spring.mail.*} settings). The Message-ID is made from
 * the delivery id, so a resend after a crash carries the same Message-ID and mail systems recognise it.
 */
class EmailChannel implements ChannelSender {

	private final JavaMailSender mail;
	private final String from;
	private final String domain;

	EmailChannel(JavaMailSender mail, String from) {
		this.mail = mail;
		this.from = from;
		int at = from.indexOf('@');
		this.domain = at < 0 ? "smartcourt.local" : from.substring(at + 1).replace(">", "").strip();
	}

	static String messageId(Outgoing o, String domain) {
		return "<" + o.deliveryId() + "@" + domain + ">";
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	@Override
	public String send(Outgoing o) {
		String messageId = messageId(o, domain);
		try {
			MimeMessage message = mail.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
			helper.setFrom(from);
			helper.setTo(o.email());
			helper.setSubject(o.title());
			helper.setText(o.body() + (o.link() == null ? "" : "\n\n" + o.link()));
			message.setHeader("Message-ID", messageId);
			mail.send(message);
		}
		catch (MessagingException | MailException ex) {
			throw new ChannelFailure("邮件服务器未接收：" + ex.getMessage(), ex);
		}
		return messageId;
	}
}
