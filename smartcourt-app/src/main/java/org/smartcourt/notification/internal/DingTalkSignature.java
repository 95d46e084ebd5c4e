package org.smartcourt.notification.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * 钉钉自定义机器人加签: {@code sign} = URL-encoded Base64 of HmacSHA256 with the robot's secret as key over
 * {@code timestamp + "\n" + secret}, the timestamp in milliseconds (DingTalk accepts it within one hour), all UTF-8.
 */
record DingTalkSignature(long timestamp, String sign) {

	static DingTalkSignature of(String secret, long timestamp) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] digest = mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8));
			return new DingTalkSignature(timestamp,
					URLEncoder.encode(Base64.getEncoder().encodeToString(digest), StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 unavailable", ex);
		}
	}

	/** The webhook with {@code timestamp} and {@code sign} appended. */
	String appendTo(String webhook) {
		return webhook + (webhook.contains("?") ? "&" : "?") + "timestamp=" + timestamp + "&sign=" + sign;
	}
}
