package org.sojourn.engine;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine wraps whatever a task listener throws in a generic error (ENGINE-03051), which its REST API and
 * Tasklist answer with 500. A refusal of Sojourn's completion listener is the user's error, not the server's: this
 * interceptor, outside the transaction, hands the original form validation error on, which the engine REST API
 * answers with 400 and Sojourn's message.
 */
class RefusalUnwrappingInterceptor extends CommandInterceptor {

	@Override
	public <T> T execute(Command<T> command) {
		try {
			return next.execute(command);
		}
		catch (ProcessEngineException e) {
			for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
				if (cause instanceof FormFieldValidationException refusal) {
					throw refusal;
				}
			}
			throw e;
		}
	}

}
