package org.sojourn.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.sojourn.sessions.SessionClient;
import org.sojourn.sessions.SessionPhase;
import org.sojourn.sessions.SessionStage;
import org.sojourn.sessions.SessionStatus;
import org.sojourn.sessions.SessionStep;
import org.sojourn.sessions.SessionViews;

/** Session record views built without the engine, for tests of how a record is shown (page and PDF). */
public final class RecordSamples {

	private RecordSamples() {
	}

	public static RecordViews.Form form(SessionStep step, String formId, String answers) {
		return new RecordViews.Form(UUID.randomUUID(), step, formId, "1", answers, "fiona", Instant.now());
	}

	public static RecordViews.AddendumView addendum(String target, String changes) {
		return new RecordViews.AddendumView(UUID.randomUUID(), target, "A correction.", changes, "fiona",
				Instant.now());
	}

	/** A record of a closed session with just these forms and addenda, built without the engine. */
	public static RecordViews.Record record(List<RecordViews.Form> forms, List<RecordViews.AddendumView> addenda) {
		SessionViews.Summary summary = new SessionViews.Summary(UUID.randomUUID(), UUID.randomUUID(),
				new SessionClient("Ada Sample", null, LocalDate.of(1980, 1, 2)), "fiona", null, SessionStatus.COMPLETED,
				SessionPhase.CLOSED, SessionStage.COMPLETED, false, null, null, Instant.now(), Instant.now());
		return new RecordViews.Record(summary, false, null, null, null, null, null, forms, null, null, List.of(), addenda,
				null, List.of());
	}

}
