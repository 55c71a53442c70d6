package org.sojourn.browser;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives a browser test a {@link Browser} on the application's port, and writes its screenshots when it fails.
 * Without Chromium on the machine the test is skipped, except under CI (CI=true), where .ci/run installs it and a
 * missing browser is a failure.
 */
public class BrowserExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

	@Override
	public void beforeEach(ExtensionContext context) {
		if (!Browser.available()) {
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException("Chromium and chromedriver are missing: .ci/run installs them");
			}
			Assumptions.abort("Chromium or chromedriver is not installed (apt-get install chromium chromium-driver)");
		}
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		context.getStore(NAMESPACE).put("browser", Browser.open("http://localhost:" + port));
	}

	@Override
	public void afterEach(ExtensionContext context) {
		Browser browser = context.getStore(NAMESPACE).remove("browser", Browser.class);
		if (browser == null) {
			return;
		}
		try {
			if (context.getExecutionException().isPresent()) {
				browser.saveScreenshots(context.getRequiredTestClass().getSimpleName() + "-"
						+ context.getRequiredTestMethod().getName());
			}
		}
		finally {
			browser.close();
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return context.getStore(NAMESPACE).get("browser", Browser.class);
	}

}
