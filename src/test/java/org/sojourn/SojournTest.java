package org.sojourn;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port, with the real engine and the real database of the run (H2, or PostgreSQL
 * with -Ppostgres). Every integration test uses this one annotation so that all share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ SessionFixtures.class, TestMailServer.class, MailDeliveriesInFlight.class, StatementCounter.class })
public @interface SojournTest {
}
