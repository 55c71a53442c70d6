package org.sojourn.accounts;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.sojourn.audit.AuditAction;
import org.sojourn.identity.Account;
import org.sojourn.identity.Accounts;
import org.sojourn.identity.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operators list accounts and disable or re-enable them. Accounts are never deleted (records name their authors). A
 * disabled account is signed out everywhere at once, cannot sign in at any door, and its mailed links lapse: its
 * password resets and the invitations it sent that nobody has taken up.
 */
@Service
public class AccountAdministration {

	private final Accounts accounts;

	private final AccountActivityRepository activity;

	private final SignIns signIns;

	private final SingleUseLinks links;

	private final InvitationRepository invitations;

	private final AccountAudit audit;

	AccountAdministration(Accounts accounts, AccountActivityRepository activity, SignIns signIns,
			SingleUseLinks links, InvitationRepository invitations, AccountAudit audit) {
		this.accounts = accounts;
		this.activity = activity;
		this.signIns = signIns;
		this.links = links;
		this.invitations = invitations;
		this.audit = audit;
	}

	public record AccountRow(String username, String displayName, String email, boolean operator, boolean enabled,
			Instant createdAt, Instant lastSignInAt) {
	}

	@Transactional(readOnly = true)
	public Page<AccountRow> list(CurrentUser operator, Pageable pageable) {
		requireOperator(operator);
		Page<Account> page = accounts.list(pageable);
		Map<String, Instant> seen = activity.findByUsernameIn(page.map(Account::getUsername).getContent())
			.stream()
			.collect(Collectors.toMap(AccountActivity::username, AccountActivity::lastSignInAt));
		return page.map(account -> new AccountRow(account.getUsername(), account.getDisplayName(),
				account.getEmail(), account.isOperator(), account.isEnabled(), account.getCreatedAt(),
				seen.get(account.getUsername())));
	}

	@Transactional
	public void disable(CurrentUser operator, String username) {
		requireOperator(operator);
		existing(username);
		if (operator.username().equals(username)) {
			throw new JoinRefused("username", "You cannot disable your own account; ask another operator.",
					org.springframework.http.HttpStatus.CONFLICT);
		}
		accounts.setEnabled(username, false);
		links.revoke(LinkPurpose.PASSWORD_RESET, username);
		invitations.findByInvitedByAndAcceptedAtIsNull(username)
			.forEach(invitation -> links.revoke(LinkPurpose.INVITATION, invitation.id().toString()));
		int ended = signIns.endAll(username, null);
		audit.record(operator.username(), AuditAction.UPDATE, username,
				"account %s: disabled, %d sign-ins ended".formatted(username, ended), "ok");
	}

	@Transactional
	public void enable(CurrentUser operator, String username) {
		requireOperator(operator);
		existing(username);
		accounts.setEnabled(username, true);
		audit.record(operator.username(), AuditAction.UPDATE, username,
				"account %s: enabled again".formatted(username), "ok");
	}

	private Account existing(String username) {
		return accounts.find(username).orElseThrow(() -> AccountNotFound.named(username));
	}

	private static void requireOperator(CurrentUser user) {
		if (!user.operator()) {
			throw new AccessDeniedException("Operators only");
		}
	}

}
