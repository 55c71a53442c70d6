package org.sojourn.accounts;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/** NIST SP 800-63B-4's password rules, without a running application. */
class PasswordRulesTests {

	private final PasswordRules onlyFactor = rules(null);

	private final PasswordRules withSecondFactor = rules(username -> username.equals("enrolled"));

	@Test
	void fifteenCharactersAreTheShortestPasswordWhenItIsTheOnlyFactor() {
		assertThatThrownBy(() -> onlyFactor.check("someone", null, "fourteen chars")).isInstanceOf(PasswordRefused.class)
			.hasMessageContaining("at least 15 characters");
		assertThatCode(() -> onlyFactor.check("someone", null, "fifteen chars!!")).doesNotThrowAnyException();
	}

	@Test
	void eightCharactersSufficeForAnAccountWithASecondFactor() {
		assertThatCode(() -> withSecondFactor.check("enrolled", null, "tulip-42")).doesNotThrowAnyException();
		assertThatThrownBy(() -> withSecondFactor.check("other", null, "tulip-42")).isInstanceOf(PasswordRefused.class);
		assertThatThrownBy(() -> withSecondFactor.check("enrolled", null, "seven77")).isInstanceOf(PasswordRefused.class);
	}

	@Test
	void anyCharactersAndNoCompositionRulesUpToTwoHundredFiftySixCharacters() {
		assertThatCode(() -> onlyFactor.check("someone", null, "all lower case words here")).doesNotThrowAnyException();
		assertThatCode(() -> onlyFactor.check("someone", null, "🌲🌲 Ünïcödé ☕ 密码 пароль")).doesNotThrowAnyException();
		assertThatCode(() -> onlyFactor.check("someone", null, "x".repeat(0) + "long ".repeat(51) + "a"))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> onlyFactor.check("someone", null, "y".repeat(257)))
			.isInstanceOf(PasswordRefused.class);
	}

	@Test
	void commonAndBreachedPasswordsAreRefusedIgnoringCase() {
		assertThatThrownBy(() -> withSecondFactor.check("enrolled", null, "Password1")).isInstanceOf(PasswordRefused.class)
			.hasMessageContaining("most common");
		assertThatThrownBy(() -> withSecondFactor.check("enrolled", null, "QWERTYUIOP"))
			.isInstanceOf(PasswordRefused.class);
	}

	@Test
	void theUsernameOrEmailIsNoPassword() {
		assertThatThrownBy(() -> onlyFactor.check("someone.long.name", null, "Someone.Long.Name"))
			.isInstanceOf(PasswordRefused.class);
		assertThatThrownBy(() -> onlyFactor.check("x", "someone@example.org", "someone@example.org"))
			.isInstanceOf(PasswordRefused.class);
	}

	private static PasswordRules rules(SecondFactors factors) {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		if (factors != null) {
			beans.registerSingleton("secondFactors", factors);
		}
		return new PasswordRules(beans.getBeanProvider(SecondFactors.class));
	}

}
