package org.sojourn.signin;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.webauthn.authentication.PublicKeyCredentialRequestOptionsFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.stereotype.Component;

/**
 * Hands the passkey sign-in filters of each built filter chain to {@link PasskeySignIn}. A post-processor, since the
 * filter exists only inside the chain; its collaborators are looked up when a chain is built, not when this is made.
 */
@Component
class PasskeyFilterAdoption implements BeanPostProcessor {

	private final ObjectProvider<PasskeySignIn> signIn;

	PasskeyFilterAdoption(ObjectProvider<PasskeySignIn> signIn) {
		this.signIn = signIn;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof SecurityFilterChain chain) {
			for (Object filter : chain.getFilters()) {
				if (filter instanceof WebAuthnAuthenticationFilter authentication) {
					signIn.getObject().adopt(authentication);
				}
				if (filter instanceof PublicKeyCredentialRequestOptionsFilter options) {
					signIn.getObject().adopt(options);
				}
			}
		}
		return bean;
	}

}
