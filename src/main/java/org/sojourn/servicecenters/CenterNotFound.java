package org.sojourn.servicecenters;

import java.util.UUID;

/** No such center, or not one the user administers: the two look the same. */
public class CenterNotFound extends RuntimeException {

	private CenterNotFound(String message) {
		super(message);
	}

	public static CenterNotFound forId(UUID id) {
		return new CenterNotFound("There is no service center %s.".formatted(id));
	}

}
