package org.smartcourt.casefile.internal.documents;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * Draws a demo 院印: a red ring with the court's name along the upper arc, a five-pointed star in the middle and
 * 演示印章 under it, on a transparent ground, so that no one takes it for a real seal. Real seals are scanned by the
 * court and uploaded by its administrator.
 */
final class DemoSealImage {

	static final int SIZE = 600;
	private static final Color RED = new Color(0xD7, 0x10, 0x1F, 0xE6);

	private DemoSealImage() {
	}

	/** The PNG. */
	static byte[] draw(String courtName, byte[] cjkFont) {
		BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(RED);
			double c = SIZE / 2.0;
			g.setStroke(new BasicStroke(18f));
			g.drawOval(12, 12, SIZE - 24, SIZE - 24);
			g.fill(star(c, c, 86, 34));
			Font base = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(cjkFont));
			arc(g, courtName, base.deriveFont(Font.BOLD, courtName.length() > 11 ? 50f : 60f), c, 205);
			Font small = base.deriveFont(Font.BOLD, 44f);
			g.setFont(small);
			FontMetrics metrics = g.getFontMetrics();
			String demo = "演示印章";
			g.drawString(demo, (float) (c - metrics.stringWidth(demo) / 2.0), (float) (c + 150));
		}
		catch (FontFormatException | IOException ex) {
			throw new IllegalStateException("cannot draw the demo seal", ex);
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** The name's characters spread over 240° of the upper arc, each upright towards the rim. */
	private static void arc(Graphics2D g, String text, Font font, double c, double radius) {
		g.setFont(font);
		FontMetrics metrics = g.getFontMetrics();
		int n = text.codePointCount(0, text.length());
		double span = Math.toRadians(Math.min(240, 22 * n + 20));
		AffineTransform saved = g.getTransform();
		int[] points = text.codePoints().toArray();
		for (int i = 0; i < n; i++) {
			double theta = -Math.PI / 2 - span / 2 + span * (i + 0.5) / n;
			String ch = new String(Character.toChars(points[i]));
			g.setTransform(saved);
			g.translate(c + radius * Math.cos(theta), c + radius * Math.sin(theta));
			g.rotate(theta + Math.PI / 2);
			g.drawString(ch, (float) (-metrics.stringWidth(ch) / 2.0), (float) (metrics.getAscent() / 2.0));
		}
		g.setTransform(saved);
	}

	private static Path2D star(double cx, double cy, double outer, double inner) {
		Path2D path = new Path2D.Double();
		for (int i = 0; i < 10; i++) {
			double r = i % 2 == 0 ? outer : inner;
			double a = -Math.PI / 2 + i * Math.PI / 5;
			double x = cx + r * Math.cos(a);
			double y = cy + r * Math.sin(a);
			if (i == 0) {
				path.moveTo(x, y);
			}
			else {
				path.lineTo(x, y);
			}
		}
		path.closePath();
		return path;
	}
}
