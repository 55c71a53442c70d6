package org.sojourn.mail;

import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The local mailbox of the embedded demo: the mail Sojourn would have sent, readable by anyone, signed in or not, so
 * that a newcomer can follow an invitation on one machine. It does not exist (404) when an SMTP server is configured
 * or {@code sojourn.mail.mailbox} is off (the postgres profile).
 */
@Controller
class MailboxController {

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	private final OutgoingMailRepository mails;

	private final ObjectProvider<JavaMailSender> smtp;

	private final boolean enabled;

	MailboxController(OutgoingMailRepository mails, ObjectProvider<JavaMailSender> smtp,
			@Value("${sojourn.mail.mailbox}") boolean enabled) {
		this.mails = mails;
		this.smtp = smtp;
		this.enabled = enabled;
	}

	@GetMapping("/dev/mailbox")
	@Transactional(readOnly = true)
	String mailbox(Model model) {
		open();
		model.addAttribute("mails", mails.newestFirst(PageRequest.of(0, 50)));
		return "mail/mailbox";
	}

	@GetMapping("/dev/mailbox/{id}")
	@Transactional(readOnly = true)
	String letter(@PathVariable UUID id, Model model) {
		open();
		OutgoingMail mail = mails.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("mail", mail);
		model.addAttribute("links", LINK.matcher(mail.body() == null ? "" : mail.body())
			.results()
			.map(MatchResult::group)
			.toList());
		return "mail/letter";
	}

	private void open() {
		if (!enabled || smtp.getIfAvailable() != null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
