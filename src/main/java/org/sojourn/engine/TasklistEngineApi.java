package org.sojourn.engine;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The Camunda webapps' own copy of the engine API (what Tasklist's scripts call, under
 * {@code /camunda/api/engine}), with Sojourn's answers to a task another person completed or claimed first, as on
 * engine REST. The webapps register that API as a servlet built from its application class, which leaves no place
 * for Sojourn's exception mappers; the webapps skip a servlet of that name already registered, so Sojourn registers
 * it first, with the same application and the mappers added.
 */
@Configuration
class TasklistEngineApi {

	/** The name under which the webapps look for their engine API servlet before adding their own. */
	static final String SERVLET_NAME = "Engine Api";

	@Bean
	ServletRegistrationBean<ServletContainer> webappEngineApiServlet(CamundaBpmProperties camunda,
			EngineRestConflicts conflicts) {
		ResourceConfig config = ResourceConfig.forApplication(new EngineRestApplication());
		conflicts.customize(config);
		ServletRegistrationBean<ServletContainer> registration = new ServletRegistrationBean<>(
				new ServletContainer(config), camunda.getWebapp().getApplicationPath() + "/api/engine/*");
		registration.setName(SERVLET_NAME);
		// Before the webapps' initializer, which has no order and so comes last.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
