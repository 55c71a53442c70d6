package org.sojourn.signin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.sojourn.audit.AuditAction;
import org.sojourn.identity.FilterChainContribution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.HttpMessageConverterAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.webauthn.authentication.PublicKeyCredentialRequestOptionsFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthentication;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationProvider;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.stereotype.Component;

/**
 * Passkeys in the pages' filter chain (Spring Security's webAuthn(): registration at /webauthn/register, sign-in at
 * /login/webauthn), made a sign-in like any other. Spring Security 6.5 does not let its configurer set the sign-in
 * filter's collaborators, so {@link #adopt} sets them on the built filter: a disabled account is refused, the session
 * id changes, the time of the sign-in is kept (for sojourn.security.max-sign-in-age), the sign-in event is published
 * (last sign-in, audit, engine user) and the method is audited.
 */
@Component
class PasskeySignIn implements FilterChainContribution {

	private final WebAuthnRelyingPartyOperations relyingParty;

	private final UserDetailsService accounts;

	private final AccountEvents events;

	private final ApplicationEventPublisher publisher;

	private final PasskeyAuthentications ceremonies;

	PasskeySignIn(WebAuthnRelyingPartyOperations relyingParty, UserDetailsService accounts, AccountEvents events,
			ApplicationEventPublisher publisher, PasskeyAuthentications ceremonies) {
		this.ceremonies = ceremonies;
		this.relyingParty = relyingParty;
		this.accounts = accounts;
		this.events = events;
		this.publisher = publisher;
	}

	@Override
	public void pages(HttpSecurity http) throws Exception {
		http.webAuthn(webAuthn -> webAuthn.disableDefaultRegistrationPage(true))
			// A passkey is removed on the security page, which asks for a recent sign-in and audits it.
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.DELETE, "/webauthn/register/**")
				.denyAll()
				// The sign-in page's passkey button needs its script before anyone is signed in.
				.requestMatchers(HttpMethod.GET, "/js/passkeys.js")
				.permitAll());
	}

	/** The options filter keeps the sign-in's challenge where the sign-in filter reads it. */
	void adopt(PublicKeyCredentialRequestOptionsFilter filter) {
		filter.setRequestOptionsRepository(ceremonies);
	}

	void adopt(WebAuthnAuthenticationFilter filter) {
		filter.setRequestOptionsRepository(ceremonies);
		filter.setAuthenticationManager(new ProviderManager(enabledAccountsOnly(
				new WebAuthnAuthenticationProvider(relyingParty, accounts))));
		filter.setSessionAuthenticationStrategy(new CompositeSessionAuthenticationStrategy(List.of(
				new ChangeSessionIdAuthenticationStrategy(),
				new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository()))));
		filter.setApplicationEventPublisher(publisher);
		AuthenticationSuccessHandler answer = new HttpMessageConverterAuthenticationSuccessHandler();
		filter.setAuthenticationSuccessHandler((request, response, authentication) -> {
			signedIn(request, authentication);
			answer.onAuthenticationSuccess(request, response, authentication);
		});
	}

	private void signedIn(HttpServletRequest request, Authentication authentication) {
		// A passkey given on the second step's page replaces the password that waited there.
		SignInSession.abandonSecondStep(request);
		SignInSession.signedInNow(request);
		events.record(authentication.getName(), AuditAction.OTHER, "signed in with a passkey", "ok");
	}

	/** The passkey proved who it is; a disabled account still signs in nowhere. */
	private AuthenticationProvider enabledAccountsOnly(AuthenticationProvider passkey) {
		return new AuthenticationProvider() {

			@Override
			public Authentication authenticate(Authentication request) {
				Authentication authentication = passkey.authenticate(request);
				if (authentication instanceof WebAuthnAuthentication
						&& !accounts.loadUserByUsername(authentication.getName()).isEnabled()) {
					events.record(authentication.getName(), AuditAction.OTHER, "passkey sign-in of a disabled account",
							"disabled");
					throw new DisabledException("This account is disabled.");
				}
				return authentication;
			}

			@Override
			public boolean supports(Class<?> type) {
				return passkey.supports(type);
			}

		};
	}

}
