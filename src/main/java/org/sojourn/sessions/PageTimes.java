package org.sojourn.sessions;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Instants as a person reads them on a page: in Sojourn's configured zone. */
public record PageTimes(ZoneId zone) {

	/** The one format of a moment on every page and in the record PDF: minutes, with the zone shown. */
	public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.US);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.US);

	public String when(Instant instant) {
		return instant == null ? "" : FORMAT.withZone(zone).format(instant);
	}

	public String day(Instant instant) {
		return instant == null ? "" : DAY.withZone(zone).format(instant);
	}

}
