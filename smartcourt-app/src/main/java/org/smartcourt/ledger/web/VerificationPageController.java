package org.smartcourt.ledger.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.smartcourt.ledger.internal.CheckpointPublication;
import org.smartcourt.ledger.internal.EvidenceVerification;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public verification page (区块链存证核验, no login; ledger-reference §7.5): a file (hashed in the browser, so
 * it need not leave the user's machine; hashed here and discarded when the browser cannot) or a SHA-256 digest in,
 * the entries that anchor it out, each with its checkpoint, cosigners and a downloadable receipt, and a plain
 * statement of what the check proves and what it does not (《人民法院在线诉讼规则》 arts. 16–19).
 */
@Controller
class VerificationPageController {

	private final EvidenceVerification verification;
	private final CheckpointPublication publication;
	private final MessageSource messages;

	VerificationPageController(EvidenceVerification verification, CheckpointPublication publication,
			MessageSource messages) {
		this.verification = verification;
		this.publication = publication;
		this.messages = messages;
	}

	@GetMapping("/public/ledger/verify")
	String form(Model model) {
		model.addAttribute("head", publication.head().orElse(null));
		return "ledger/verify";
	}

	@PostMapping("/public/ledger/verify")
	String verify(@RequestParam(defaultValue = "") String sha256, @RequestParam(required = false) MultipartFile file,
			Model model) {
		String digest = sha256.strip().toLowerCase();
		if (digest.isEmpty() && file != null && !file.isEmpty()) {
			digest = hash(file);
			model.addAttribute("fileName", file.getOriginalFilename());
		}
		model.addAttribute("sha256", digest);
		model.addAttribute("head", publication.head().orElse(null));
		if (!digest.matches("[0-9a-f]{64}")) {
			model.addAttribute("error", messages.getMessage(digest.isEmpty() ? "ledger.verify.error.missing"
					: "ledger.verify.error.format", null, LocaleContextHolder.getLocale()));
			return "ledger/verify";
		}
		List<EvidenceVerification.Match> matches = verification.verify(HexFormat.of().parseHex(digest));
		model.addAttribute("matches", matches);
		return "ledger/verify";
	}

	private static String hash(MultipartFile file) {
		try (InputStream in = new DigestInputStream(file.getInputStream(), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
