package org.sojourn.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;
import org.junit.jupiter.api.Test;

/** The engine API's provider lookup searches the class path once and finds what the application's loader finds. */
class EngineProviderLookupTests {

	private static final String PROVIDERS = "META-INF/services/" + ProcessEngineProvider.class.getName();

	@Test
	void findsTheSameProvidersInTheSameOrderAndSearchesTheClassPathOnce() throws Exception {
		AtomicInteger searches = new AtomicInteger();
		ClassLoader application = new ClassLoader(getClass().getClassLoader()) {
			@Override
			public Enumeration<URL> getResources(String name) throws IOException {
				if (PROVIDERS.equals(name)) {
					searches.incrementAndGet();
				}
				return super.getResources(name);
			}
		};
		List<Class<?>> expected = providers(application);
		assertThat(expected).isNotEmpty();
		searches.set(0);

		EngineProviderLookup lookup = new EngineProviderLookup(application);
		for (int i = 0; i < 3; i++) {
			assertThat(providers(lookup)).isEqualTo(expected);
		}

		assertThat(searches).as("searches of the class path for the provider file").hasValue(1);
	}

	@Test
	void leavesEveryOtherResourceAndClassToTheApplicationsLoader() throws Exception {
		ClassLoader application = getClass().getClassLoader();
		EngineProviderLookup lookup = new EngineProviderLookup(application);

		assertThat(lookup.loadClass(ProcessEngineProvider.class.getName())).isSameAs(ProcessEngineProvider.class);
		assertThat(lookup.getResource("application.properties"))
			.isEqualTo(application.getResource("application.properties"));
	}

	private static List<Class<?>> providers(ClassLoader loader) {
		List<Class<?>> found = new ArrayList<>();
		for (ProcessEngineProvider provider : ServiceLoader.load(ProcessEngineProvider.class, loader)) {
			found.add(provider.getClass());
		}
		return found;
	}

}
