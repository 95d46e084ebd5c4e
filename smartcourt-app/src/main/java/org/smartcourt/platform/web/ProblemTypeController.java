package org.smartcourt.platform.web;

import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Makes every Problem Details {@code type} URI a page that explains the problem in Chinese. */
@Controller
class ProblemTypeController {

	private static final Pattern CODE = Pattern.compile("[a-z0-9-]{2,64}");

	private final ProblemFactory problems;

	ProblemTypeController(ProblemFactory problems) {
		this.problems = problems;
	}

	@GetMapping(ProblemTypes.BASE + "{code}")
	String explain(@PathVariable String code, Model model) {
		String title = CODE.matcher(code).matches() ? problems.message("problem." + code + ".title", null, null) : null;
		if (title == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("code", code);
		model.addAttribute("title", title);
		model.addAttribute("detail", problems.message("problem." + code + ".detail", null, ""));
		return "problem";
	}
}
