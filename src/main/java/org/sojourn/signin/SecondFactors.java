package org.sojourn.signin;

import org.sojourn.servicecenters.ServiceCenters;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who has a second factor (an authenticator app or a passkey) and who must use one. A user must when the
 * installation requires it of all staff (sojourn.security.require-second-factor) or a center whose records they work
 * requires it; a user who has one enrolled always uses it, required or not.
 */
@Service
public class SecondFactors {

	private final AuthenticatorApps apps;

	private final Passkeys passkeys;

	private final ServiceCenters centers;

	private final boolean requiredOfEveryone;

	SecondFactors(AuthenticatorApps apps, Passkeys passkeys, ServiceCenters centers,
			@Value("${sojourn.security.require-second-factor:false}") boolean requiredOfEveryone) {
		this.apps = apps;
		this.passkeys = passkeys;
		this.centers = centers;
		this.requiredOfEveryone = requiredOfEveryone;
	}

	@Transactional(readOnly = true)
	public boolean hasSecondFactor(String username) {
		return apps.isEnrolled(username) || passkeys.hasPasskey(username);
	}

	/** Whether this user must have a second factor before working in Sojourn. */
	@Transactional(readOnly = true)
	public boolean isRequiredOf(String username) {
		return requiredOfEveryone || centers.requireSecondFactorOf(username);
	}

	/** Whether a password alone does not sign this user in: they have a second factor, or must have one. */
	@Transactional(readOnly = true)
	public boolean passwordAloneIsNotEnough(String username) {
		return hasSecondFactor(username) || isRequiredOf(username);
	}

}
