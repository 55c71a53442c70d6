package org.sojourn.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and finds accounts; the only place that hashes passwords. */
@Service
public class Accounts {

	private final AccountRepository accounts;

	private final FacilitatorRepository facilitators;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	Accounts(AccountRepository accounts, FacilitatorRepository facilitators, PasswordEncoder passwordEncoder,
			ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.facilitators = facilitators;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
	}

	@Transactional
	public Account createAccount(String username, String rawPassword, String displayName, String email,
			boolean operator) {
		if (accounts.existsById(username)) {
			throw new IllegalArgumentException("An account named '%s' already exists".formatted(username));
		}
		RequestAccounts.forget(username);
		Account account = accounts.save(new Account(username, hash(rawPassword), displayName, email, operator));
		events.publishEvent(new AccountCreated(username, displayName, email, operator));
		return account;
	}

	@Transactional
	public Facilitator createFacilitator(String username, String rawPassword, String displayName, String email,
			String licenseNumber) {
		createAccount(username, rawPassword, displayName, email, false);
		RequestAccounts.forget(username);
		return facilitators.save(new Facilitator(username, licenseNumber));
	}

	/** Sets a new password; the rules a new password must pass are the caller's (module accounts). */
	@Transactional
	public void changePassword(String username, String rawPassword) {
		accounts.findById(username)
			.orElseThrow(() -> new IllegalArgumentException("No account named '%s'".formatted(username)))
			.changePasswordHash(hash(rawPassword));
	}

	/** Whether the password is the account's current one (to confirm a change of password). */
	@Transactional(readOnly = true)
	public boolean passwordMatches(String username, String rawPassword) {
		return rawPassword != null && accounts.findById(username)
			.map(account -> passwordEncoder.matches(rawPassword, account.getPasswordHash()))
			.orElse(false);
	}

	/** Disables or re-enables an account; a disabled account cannot sign in at any door. Accounts are never deleted. */
	@Transactional
	public void setEnabled(String username, boolean enabled) {
		RequestAccounts.forget(username);
		existing(username).changeEnabled(enabled);
	}

	@Transactional
	public void changeDisplayName(String username, String displayName) {
		existing(username).changeDisplayName(displayName);
	}

	/** Sets a new address; confirming it (a mailed link) is the caller's (module accounts). */
	@Transactional
	public void changeEmail(String username, String email) {
		existing(username).changeEmail(email);
	}

	/** Every account, by username, a page at a time. */
	@Transactional(readOnly = true)
	public org.springframework.data.domain.Page<Account> list(org.springframework.data.domain.Pageable pageable) {
		return accounts.findAll(pageable);
	}

	private Account existing(String username) {
		return accounts.findById(username)
			.orElseThrow(() -> new IllegalArgumentException("No account named '%s'".formatted(username)));
	}

	@Transactional(readOnly = true)
	public Optional<Account> findByEmail(String email) {
		return email == null ? Optional.empty() : accounts.findByEmailIgnoreCase(email.strip());
	}

	@Transactional(readOnly = true)
	public boolean licenseInUse(String licenseNumber) {
		return facilitators.existsByLicenseNumberIgnoreCase(licenseNumber.strip());
	}

	/**
	 * bcrypt reads at most 72 bytes of a password (Spring Security refuses longer ones), so a longer password, which
	 * the password rules accept, is hashed with PBKDF2 instead; the delegating encoder verifies either by its prefix.
	 */
	private String hash(String rawPassword) {
		if (rawPassword.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 72) {
			return passwordEncoder.encode(rawPassword);
		}
		return "{pbkdf2@SpringSecurity_v5_8}" + LONG_PASSWORDS.encode(rawPassword);
	}

	private static final PasswordEncoder LONG_PASSWORDS = org.springframework.security.crypto.password.Pbkdf2PasswordEncoder
		.defaultsForSpringSecurity_v5_8();

	@Transactional(readOnly = true)
	public Optional<Account> find(String username) {
		return accounts.findById(username);
	}

	@Transactional(readOnly = true)
	public List<AccountCreated> all() {
		return accounts.findAll()
			.stream()
			.map(account -> new AccountCreated(account.getUsername(), account.getDisplayName(), account.getEmail(),
					account.isOperator()))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<Account> findByUsernameOrEmail(String usernameOrEmail) {
		String key = usernameOrEmail == null ? "" : usernameOrEmail.strip();
		return accounts.findById(key).or(() -> accounts.findByEmailIgnoreCase(key));
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return accounts.existsById(username);
	}

	@Transactional(readOnly = true)
	public boolean isFacilitator(String username) {
		return facilitators.existsById(username);
	}

}
