package org.smartcourt.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.notification.Channel;
import org.smartcourt.notification.internal.ChannelSender.ChannelFailure;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * {@link EmailChannel} with Spring Mail against a local fake SMTP server: envelope, UTF-8 subject and body, the
 * Message-ID made from the delivery id (the same on a resend), a refusal as a failure with the reason.
 */
class EmailContractTests {

	private final FakeSmtpServer smtp;
	private final EmailChannel channel;

	EmailContractTests() throws Exception {
		smtp = new FakeSmtpServer();
		JavaMailSenderImpl mail = new JavaMailSenderImpl();
		mail.setHost("127.0.0.1");
		mail.setPort(smtp.port());
		mail.setDefaultEncoding("UTF-8");
		Properties props = new Properties();
		props.put("mail.smtp.connectiontimeout", "2000");
		props.put("mail.smtp.timeout", "2000");
		mail.setJavaMailProperties(props);
		channel = new EmailChannel(mail, "吉林法院 <noreply@court.example>");
	}

	@AfterEach
	void stop() throws Exception {
		smtp.close();
	}

	private static Outgoing outgoing(UUID id) {
		return new Outgoing(id, Channel.EMAIL, "filing.registered", null, "zhangsan@example.cn", null, null,
				"已立案：(2026)吉0104民初1号", null, "您的立案申请已登记立案，案号 (2026)吉0104民初1号。",
				"https://court.example/filings/1");
	}

	private static MimeMessage parse(FakeSmtpServer.Mail mail) throws Exception {
		return new MimeMessage(Session.getInstance(new Properties()),
				new ByteArrayInputStream(mail.data().getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void sendsTheMessageWithAMessageIdFromTheDeliveryId() throws Exception {
		UUID id = UUID.fromString("6f1d3a52-0000-4000-8000-000000000001");
		String receipt = channel.send(outgoing(id));

		assertThat(receipt).isEqualTo("<" + id + "@court.example>");
		FakeSmtpServer.Mail mail = smtp.mails.get(0);
		assertThat(mail.from()).isEqualTo("<noreply@court.example>");
		assertThat(mail.to()).containsExactly("<zhangsan@example.cn>");
		MimeMessage message = parse(mail);
		assertThat(message.getMessageID()).isEqualTo("<" + id + "@court.example>");
		assertThat(message.getSubject()).isEqualTo("已立案：(2026)吉0104民初1号");
		assertThat(((String) message.getContent()).replace("\r\n", "\n"))
			.contains("您的立案申请已登记立案", "https://court.example/filings/1");
	}

	@Test
	void aResendCarriesTheSameMessageId() throws Exception {
		UUID id = UUID.randomUUID();
		channel.send(outgoing(id));
		channel.send(outgoing(id));
		assertThat(parse(smtp.mails.get(0)).getMessageID()).isEqualTo(parse(smtp.mails.get(1)).getMessageID());
	}

	@Test
	void aRefusedRecipientIsAFailureWithTheReason() {
		smtp.refuseRecipientsWith = "550 5.1.1 mailbox unavailable";
		assertThatThrownBy(() -> channel.send(outgoing(UUID.randomUUID()))).isInstanceOf(ChannelFailure.class)
			.hasMessageContaining("邮件服务器未接收");
	}

	@Test
	void anUnreachableServerIsAFailure() throws Exception {
		// port 9 (discard) has no listener here; a port just closed could be handed to another test's server
		JavaMailSenderImpl nowhere = new JavaMailSenderImpl();
		nowhere.setHost("127.0.0.1");
		nowhere.setPort(9);
		EmailChannel unreachable = new EmailChannel(nowhere, "吉林法院 <noreply@court.example>");
		assertThatThrownBy(() -> unreachable.send(outgoing(UUID.randomUUID()))).isInstanceOf(ChannelFailure.class);
	}
}
