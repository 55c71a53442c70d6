package org.sojourn.clients;

import java.util.UUID;

/** No such client, or not one of the asking facilitator's: the two look the same so that ids cannot be probed. */
public class ClientNotFound extends RuntimeException {

	private ClientNotFound(String message) {
		super(message);
	}

	public static ClientNotFound forId(UUID id) {
		return new ClientNotFound("There is no client %s.".formatted(id));
	}

}
