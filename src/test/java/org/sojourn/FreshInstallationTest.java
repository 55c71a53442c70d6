package org.sojourn;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A second application context, for the few tests that need an installation as it starts for real: a database of
 * its own with no demo data and no test accounts, the first operator from configuration, and every account required
 * to sign in with a second factor ({@code sojourn.security.require-second-factor}). Every test using this annotation
 * shares the one context, so it costs one start.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		// H2 in memory on every run, the postgres profile's too (whose database holds the shared context's data).
		"spring.datasource.url=jdbc:h2:mem:sojourn-fresh-installation;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=", "spring.flyway.schemas=APP",
		"spring.flyway.default-schema=APP",
		"sojourn.demo.enabled=false", "sojourn.security.require-second-factor=true",
		"sojourn.operator.username=" + FreshInstallationTest.OPERATOR,
		"sojourn.operator.password=" + FreshInstallationTest.OPERATOR_PASSWORD,
		// One JVM keeps one registry of engines by name: this context's engine must not replace the shared one's.
		// Its tests use Sojourn's pages, not the webapps (whose engine lookup is by that registry).
		"camunda.bpm.process-engine-name=freshInstallation", "camunda.bpm.webapp.enabled=false" })
@Import({ TestMailServer.class, MailDeliveriesInFlight.class })
public @interface FreshInstallationTest {

	String OPERATOR = "first-operator";

	String OPERATOR_PASSWORD = "the first operator's long passphrase";

}
