package org.smartcourt.casefile.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.smartcourt.testing.TestApi.Response;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 院印: demo courts start with a drawn demo seal; only the court's own IT administrator replaces it, with a PNG that
 * has transparency, and the change is audited.
 */
@IntegrationTest
class CourtSealApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	TestApi api;

	@BeforeEach
	void setUp() {
		api = new TestApi(port);
	}

	@Test
	void demoCourtsHaveADemoSeal() {
		assertThat(jdbc.sql("select count(*) from court_seal where court_id in ('220100', '220104')")
			.query(Long.class)
			.single()).isEqualTo(2);
		// 220100's may have been replaced by the test below; nobody replaces 朝阳区's
		assertThat(jdbc.sql("select demo from court_seal where court_id = '220104'").query(Boolean.class).single())
			.isTrue();
	}

	@Test
	void onlyTheCourtsOwnAdministratorSetsItsSealAsATransparentPng() throws IOException {
		String admin = api.token("it-admin");
		Response opaque = api.upload("/api/v1/courts/220100/seal", admin, "file", "seal.png", png(false), Map.of());
		assertThat(opaque.status()).isEqualTo(400);
		assertThat(opaque.json().get("errors").get(0).get("message").asString()).contains("透明");

		assertThat(api.upload("/api/v1/courts/220104/seal", admin, "file", "seal.png", png(true), Map.of()).status())
			.as("another court's seal").isEqualTo(403);
		assertThat(api.upload("/api/v1/courts/220100/seal", api.token("judge"), "file", "seal.png", png(true), Map.of())
			.status()).isEqualTo(403);

		Response set = api.upload("/api/v1/courts/220100/seal", admin, "file", "seal.png", png(true), Map.of());
		assertThat(set.status()).as(set.body()).isEqualTo(200);
		assertThat(set.json().get("demo").asBoolean()).isFalse();
		assertThat(api.getAny("/api/v1/courts/220100/seal", admin).header("Content-Type")).isEqualTo("image/png");
		assertThat(jdbc.sql("select count(*) from audit_record where action = 'casefile.seal.set' and target_id = '220100'")
			.query(Long.class)
			.single()).isPositive();
	}

	private static byte[] png(boolean transparent) throws IOException {
		BufferedImage image = new BufferedImage(120, 120,
				transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.RED);
		g.drawOval(5, 5, 110, 110);
		g.drawString(Long.toString(System.nanoTime()), 20, 60);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}
}
