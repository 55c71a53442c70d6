package org.sojourn.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first operator from configuration (SOJOURN_OPERATOR_USERNAME / SOJOURN_OPERATOR_PASSWORD) when it
 * does not exist yet. Nothing ships with a default password: without a configured password no operator is made.
 */
@Component
@Order(0)
class OperatorBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(OperatorBootstrap.class);

	private final Accounts accounts;

	private final String username;

	private final String password;

	OperatorBootstrap(Accounts accounts, @Value("${sojourn.operator.username}") String username,
			@Value("${sojourn.operator.password}") String password) {
		this.accounts = accounts;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (password == null || password.isBlank()) {
			log.info("No operator password configured (SOJOURN_OPERATOR_PASSWORD); no operator account created");
			return;
		}
		if (accounts.exists(username)) {
			return;
		}
		accounts.createAccount(username, password, "Operator", null, true);
		log.info("Created the first operator account '{}' from configuration", username);
	}

}
