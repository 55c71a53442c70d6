package org.sojourn.engine;

import jakarta.servlet.ServletException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.Collections;
import java.util.Enumeration;
import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;

/**
 * The class loader the engine API's requests run with. Camunda's REST resources find their engine through
 * {@code EngineUtil.lookupProcessEngine}, which asks {@code ServiceLoader} for the {@link ProcessEngineProvider}s on
 * every resource it creates: a search of every jar on the class path for the provider file and a read of each one
 * found (in the packaged application, nested jars), several times per request. The provider file does not change
 * while the application runs, so this loader answers that one search from what it found the first time, with the
 * same providers in the same order (the first one is the one Camunda uses); every other class and resource comes from
 * the application's own loader, so the classes are the same ones.
 */
final class EngineProviderLookup extends ClassLoader {

	private static final String PROVIDERS = "META-INF/services/" + ProcessEngineProvider.class.getName();

	static {
		registerAsParallelCapable();
	}

	private final URL providers;

	EngineProviderLookup(ClassLoader application) {
		super(application);
		this.providers = remembered(application);
	}

	/** The application's loader this one answers for. */
	ClassLoader application() {
		return getParent();
	}

	@Override
	public Enumeration<URL> getResources(String name) throws IOException {
		return PROVIDERS.equals(name) ? Collections.enumeration(Collections.singletonList(providers))
				: super.getResources(name);
	}

	/** The provider files' lines, in class path order, as one file kept in memory. */
	private static URL remembered(ClassLoader application) {
		ByteArrayOutputStream lines = new ByteArrayOutputStream();
		try {
			for (URL file : Collections.list(application.getResources(PROVIDERS))) {
				try (InputStream in = file.openStream()) {
					in.transferTo(lines);
				}
				lines.write('\n');
			}
			byte[] content = lines.toByteArray();
			return new URL(null, "sojourn-remembered:" + PROVIDERS, new URLStreamHandler() {
				@Override
				protected URLConnection openConnection(URL url) {
					return new URLConnection(url) {
						@Override
						public void connect() {
						}

						@Override
						public InputStream getInputStream() {
							return new ByteArrayInputStream(content);
						}
					};
				}
			});
		}
		catch (MalformedURLException e) {
			throw new IllegalStateException(e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The loader made for the application's loader that request threads run with (one, made at the first request). */
	private static volatile EngineProviderLookup made;

	/**
	 * Runs the request's filter chain with this loader as the thread's context class loader in place of the
	 * application's.
	 */
	static void around(ThrowingRunnable chain) throws IOException, ServletException {
		Thread thread = Thread.currentThread();
		ClassLoader before = thread.getContextClassLoader();
		if (before == null || before instanceof EngineProviderLookup) {
			chain.run();
			return;
		}
		EngineProviderLookup lookup = made;
		if (lookup == null || lookup.application() != before) {
			lookup = new EngineProviderLookup(before);
			made = lookup;
		}
		thread.setContextClassLoader(lookup);
		try {
			chain.run();
		}
		finally {
			thread.setContextClassLoader(before);
		}
	}

	@FunctionalInterface
	interface ThrowingRunnable {

		void run() throws IOException, ServletException;

	}

}
