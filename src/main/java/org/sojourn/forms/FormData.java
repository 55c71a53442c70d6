package org.sojourn.forms;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;

/** Validated values of a submitted form, read with the type the form declares. */
public record FormData(Map<String, Object> values) {

	public FormData {
		values = Collections.unmodifiableMap(values);
	}

	public String text(String key) {
		return (String) values.get(key);
	}

	public BigDecimal decimal(String key) {
		return (BigDecimal) values.get(key);
	}

	public Instant instant(String key) {
		return (Instant) values.get(key);
	}

	public boolean checked(String key) {
		return Boolean.TRUE.equals(values.get(key));
	}

	/** A yes/no radio question answered "yes". */
	public boolean yes(String key) {
		return "yes".equals(values.get(key));
	}

}
