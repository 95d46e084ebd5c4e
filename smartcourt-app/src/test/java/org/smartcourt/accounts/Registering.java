package org.smartcourt.accounts;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.smartcourt.testing.TestApi;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test helper: fresh mobile and ID numbers, the OTP from the SMS outbox, and a valid registration body. */
public final class Registering {

	public static final String PASSWORD = "Reg!ster2026";
	private static final Random RANDOM = new Random();
	private static final Pattern CODE = Pattern.compile("(\\d{6})");

	private final TestApi api;
	private final JdbcClient jdbc;

	public Registering(TestApi api, JdbcClient jdbc) {
		this.api = api;
		this.jdbc = jdbc;
	}

	public static synchronized String mobile() {
		return "139" + String.format("%08d", RANDOM.nextInt(100_000_000));
	}

	public static synchronized String idNumber() {
		String first17 = String.format("220102%04d%02d%02d%03d", 1950 + RANDOM.nextInt(50), 1 + RANDOM.nextInt(12),
				1 + RANDOM.nextInt(28), RANDOM.nextInt(1000));
		return first17 + ResidentIdNumber.checkCharacter(first17);
	}

	public static synchronized String username() {
		return "u" + Long.toString(Math.abs(RANDOM.nextLong()), 36);
	}

	/** Sends a code to the number and reads it from the development outbox. */
	public String code(String mobile) {
		TestApi.Response sent = api.post("/api/v1/registrations/otp", null, Map.of("mobile", mobile));
		if (sent.status() != 202) {
			throw new IllegalStateException("otp not sent: " + sent.body());
		}
		return latestCode(mobile);
	}

	public String latestCode(String mobile) {
		String text = jdbc.sql("select text from sms_outbox where mobile = ? order by id desc limit 1")
			.param(mobile)
			.query(String.class)
			.single();
		Matcher m = CODE.matcher(text);
		m.find();
		return m.group(1);
	}

	public static Map<String, Object> body(String kind, String mobile, String code) {
		Map<String, Object> body = new HashMap<>();
		body.put("kind", kind);
		body.put("realName", "张三");
		body.put("idNumber", idNumber());
		body.put("mobile", mobile);
		body.put("code", code);
		body.put("username", username());
		body.put("password", PASSWORD);
		return body;
	}

	/** Registers a natural-person litigant and returns the registration body used. */
	public Map<String, Object> litigant() {
		String mobile = mobile();
		Map<String, Object> body = body("NATURAL_PERSON", mobile, code(mobile));
		TestApi.Response response = api.post("/api/v1/registrations", null, body);
		if (response.status() != 201) {
			throw new IllegalStateException("registration failed: " + response.body());
		}
		body.put("id", response.json().get("account").get("id").asString());
		return body;
	}
}
