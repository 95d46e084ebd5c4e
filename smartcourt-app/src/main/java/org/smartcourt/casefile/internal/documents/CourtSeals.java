package org.smartcourt.casefile.internal.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.imageio.ImageIO;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.smartcourt.shared.Role;
import org.smartcourt.storage.DocumentType;
import org.smartcourt.storage.FileStore;
import org.smartcourt.storage.StoredFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 院印: each court's seal image, kept in the file store (and so anchored in the ledger). The court's own 技术处
 * administrator sets it; a PNG with transparency is required, since the seal is pressed over the text of the 落款.
 */
@Service
public class CourtSeals {

	/** What is known about a court's seal. */
	public record SealInfo(CourtId court, String sha256, boolean demo, Instant setAt, String setBy) {
	}

	static final String FIELD = "file";

	private final JdbcClient jdbc;
	private final FileStore files;
	private final AuditTrail audit;
	private final Clock clock;

	CourtSeals(JdbcClient jdbc, FileStore files, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.files = files;
		this.audit = audit;
		this.clock = clock;
	}

	public Optional<SealInfo> info(CourtId court) {
		return jdbc.sql("select court_id, file_sha256, demo, set_at, set_by from court_seal where court_id = ?")
			.param(court.value())
			.query((rs, n) -> new SealInfo(new CourtId(rs.getString(1)), rs.getString(2), rs.getBoolean(3),
					rs.getTimestamp(4).toInstant(), rs.getString(5)))
			.optional();
	}

	/** The seal's PNG, if the court has one. */
	public Optional<byte[]> image(CourtId court) {
		return info(court).flatMap(i -> files.open(i.sha256())).map(CourtSeals::readAll);
	}

	/** The seal of the actor's own court, for its administrator's page. */
	public Optional<byte[]> imageForAdmin(Actor actor, CourtId court) {
		requireAdmin(actor, court);
		return image(court);
	}

	/**
	 * Sets the court's seal.
	 *
	 * @throws DomainException 403 unless the actor is an IT administrator of that court; 400 on {@code file} unless
	 *         it is a PNG with an alpha channel.
	 */
	@Transactional
	public SealInfo set(Actor actor, CourtId court, String fileName, InputStream content) {
		requireAdmin(actor, court);
		byte[] png = content == null ? new byte[0] : readAll(content);
		if (!transparentPng(png)) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail",
					List.of(new FieldProblem(FIELD, "invalid", "validation.casefile.seal.png")));
		}
		SealInfo info = store(court, fileName, png, false, actor.username());
		audit.success("casefile.seal.set", "court", court.value());
		return info;
	}

	/** Stores a seal without checks, for the demo seals made at start-up. */
	@Transactional
	SealInfo store(CourtId court, String fileName, byte[] png, boolean demo, String by) {
		StoredFile stored = files.store(FIELD, fileName == null ? "院印.png" : fileName, new ByteArrayInputStream(png),
				Set.of(DocumentType.PNG));
		Instant now = clock.instant();
		jdbc.sql("""
				insert into court_seal (court_id, file_sha256, demo, set_at, set_by) values (?, ?, ?, ?, ?)
				on conflict (court_id) do update set file_sha256 = excluded.file_sha256, demo = excluded.demo,
				       set_at = excluded.set_at, set_by = excluded.set_by""")
			.params(court.value(), stored.sha256(), demo, Timestamp.from(now), by)
			.update();
		return new SealInfo(court, stored.sha256(), demo, now, by);
	}

	private static boolean transparentPng(byte[] png) {
		if (png.length < 8 || png[0] != (byte) 0x89 || png[1] != 'P' || png[2] != 'N' || png[3] != 'G') {
			return false;
		}
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
			return image != null && image.getColorModel().hasAlpha();
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static void requireAdmin(Actor actor, CourtId court) {
		if (!actor.is(Role.IT_ADMIN) || !court.equals(actor.court())) {
			throw DomainException.forbidden("court-seal-admin-only", "problem.court-seal-admin-only.detail");
		}
	}

	private static byte[] readAll(InputStream in) {
		try (in) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
