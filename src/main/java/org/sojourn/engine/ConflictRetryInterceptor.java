package org.sojourn.engine;

import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a task's completion or claim again when it lost to a concurrent change, from whichever door it came. Each
 * attempt is a whole transaction that rolled back, so running it again is safe, and the next attempt reads what the
 * other transaction committed: a task still open (the conflict was elsewhere in its session, such as a timer or
 * another change of the session's record) completes; a task completed, claimed or ended by the other fails with an
 * error that says so, which the doors answer with 409. Only commands that own their transaction are run again: one
 * inside a caller's transaction cannot be, since the caller's work rolls back with it.
 */
class ConflictRetryInterceptor extends CommandInterceptor {

	static final int ATTEMPTS = 4;

	private static final Logger log = LoggerFactory.getLogger(ConflictRetryInterceptor.class);

	@Override
	public <T> T execute(Command<T> command) {
		if (!isRetriable(command)) {
			return next.execute(command);
		}
		for (int attempt = 1;; attempt++) {
			try {
				return next.execute(command);
			}
			catch (RuntimeException e) {
				if (attempt == ATTEMPTS || !ConcurrencyFailures.isConcurrencyFailure(e)) {
					throw e;
				}
				log.info("{} lost to a concurrent change ({}, attempt {} of {}); running it again",
						command.getClass().getSimpleName(), e.getClass().getSimpleName(), attempt, ATTEMPTS);
				if (!pause(attempt)) {
					throw e;
				}
			}
		}
	}

	private static boolean isRetriable(Command<?> command) {
		boolean taskCommand = command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd
				|| command instanceof ClaimTaskCmd;
		return taskCommand && Context.getCommandContext() == null
				&& !TransactionSynchronizationManager.isActualTransactionActive();
	}

	/** A short random pause, so that two requests that collided do not collide again at once. */
	private static boolean pause(int attempt) {
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25L * attempt));
			return true;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
