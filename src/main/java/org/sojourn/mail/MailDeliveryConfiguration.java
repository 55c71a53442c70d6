package org.sojourn.mail;

import java.lang.reflect.Method;
import java.util.concurrent.RejectedExecutionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.aop.interceptor.SimpleAsyncUncaughtExceptionHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The bounded executor that delivers mail after commit: a few threads and a queue of fixed size. What it cannot take
 * or finish (a full queue, a shutdown) loses nothing: the mail's publication stays incomplete and is resubmitted by
 * {@link MailRetries} on any node, or at the next start.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class MailDeliveryConfiguration implements AsyncConfigurer {

	static final String EXECUTOR = "mailDeliveryExecutor";

	/** Deliveries under way may finish this long at shutdown; the queue left over waits for the next start. */
	private static final int SHUTDOWN_GRACE_SECONDS = 10;

	private static final Logger log = LoggerFactory.getLogger(MailDeliveryConfiguration.class);

	@Bean(EXECUTOR)
	ThreadPoolTaskExecutor mailDeliveryExecutor(@Value("${sojourn.mail.delivery-threads}") int threads,
			@Value("${sojourn.mail.delivery-queue}") int queue) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix("mail-delivery-");
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setQueueCapacity(queue);
		executor.setRejectedExecutionHandler(leftForTheRetry());
		// At shutdown the queue is dropped (its publications stay incomplete) and what is being sent may finish.
		executor.setWaitForTasksToCompleteOnShutdown(false);
		executor.setAwaitTerminationSeconds(SHUTDOWN_GRACE_SECONDS);
		return executor;
	}

	/** A full queue refuses nothing to the request that committed: the mail waits for the next retry instead. */
	private static RejectedExecutionHandler leftForTheRetry() {
		return (task, pool) -> log.warn("Mail delivery {}: a mail waits for the next retry",
				pool.isShutdown() ? "stopped (shutting down)" : "queue full (" + pool.getQueue().size() + " waiting)");
	}

	/**
	 * A delivery that failed has said why in its own log line and stays incomplete; any other asynchronous failure
	 * is logged as Spring would.
	 */
	@Override
	public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
		SimpleAsyncUncaughtExceptionHandler otherwise = new SimpleAsyncUncaughtExceptionHandler();
		return (Throwable failure, Method method, Object... parameters) -> {
			if (method.getDeclaringClass() == MailDelivery.class) {
				log.debug("Mail delivery left incomplete for a retry: {}", failure.toString());
			}
			else {
				otherwise.handleUncaughtException(failure, method, parameters);
			}
		};
	}

}
