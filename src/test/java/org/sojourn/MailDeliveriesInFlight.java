package org.sojourn;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.task.TaskDecorator;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Counts the mail deliveries handed to Sojourn's mail delivery executor and not yet finished, so that a test can
 * wait until every mail asked for so far was delivered (or failed) before it reads the mail server: a monitor wait
 * for the count to reach zero, never a sleep. It decorates the executor's tasks before the executor starts.
 */
@TestComponent
public class MailDeliveriesInFlight implements BeanPostProcessor {

	private static final String EXECUTOR = "mailDeliveryExecutor";

	/** One per application context of the run (the shared one, the fresh installation's). */
	private static final Set<MailDeliveriesInFlight> EVERY_CONTEXT = new CopyOnWriteArraySet<>();

	private final List<String> threads = new ArrayList<>();

	private int inFlight;

	MailDeliveriesInFlight() {
		EVERY_CONTEXT.add(this);
	}

	/**
	 * Waits until no context of the run has a delivery queued or running, for a test that reads what is stored
	 * without a context at hand ({@link StoredState}): a delivery finishing meanwhile would change the mail's rows.
	 */
	public static void awaitNoneAnywhere(Duration within) {
		EVERY_CONTEXT.forEach(deliveries -> deliveries.awaitNone(within));
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (EXECUTOR.equals(beanName) && bean instanceof ThreadPoolTaskExecutor executor) {
			executor.setTaskDecorator(counting());
		}
		return bean;
	}

	private TaskDecorator counting() {
		return task -> {
			synchronized (this) {
				inFlight++;
			}
			return () -> {
				try {
					synchronized (this) {
						threads.add(Thread.currentThread().getName());
					}
					task.run();
				}
				finally {
					synchronized (this) {
						inFlight--;
						notifyAll();
					}
				}
			};
		};
	}

	/** Waits until no delivery is queued or running; fails after {@code within}. */
	public synchronized void awaitNone(Duration within) {
		long deadline = System.nanoTime() + within.toNanos();
		while (inFlight > 0) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				throw new IllegalStateException(inFlight + " mail deliveries still under way after " + within);
			}
			try {
				wait(Math.max(1, left / 1_000_000));
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
	}

	/** The names of the threads that ran deliveries so far, oldest first. */
	public synchronized List<String> threads() {
		return List.copyOf(threads);
	}

}
