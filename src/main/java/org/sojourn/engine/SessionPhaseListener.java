package org.sojourn.engine;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.sojourn.records.SessionRecorder;
import org.springframework.stereotype.Component;

/** Keeps the session's phase in step with the subprocess the instance entered. */
@Component("sessionPhaseListener")
class SessionPhaseListener implements ExecutionListener {

	private final SessionRecorder recorder;

	SessionPhaseListener(SessionRecorder recorder) {
		this.recorder = recorder;
	}

	@Override
	public void notify(DelegateExecution execution) {
		recorder.phaseEntered(UUID.fromString(execution.getProcessBusinessKey()),
				SessionProcess.PHASE_BY_SUBPROCESS.get(execution.getCurrentActivityId()));
	}

}
