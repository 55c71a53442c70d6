package org.sojourn.clients;

import java.util.UUID;

/** No such client (or note or document of a client), or not one of the asking facilitator's: the two look the same so that ids cannot be probed. */
public class ClientNotFound extends RuntimeException {

	private ClientNotFound(String message) {
		super(message);
	}

	public static ClientNotFound forId(UUID id) {
		return new ClientNotFound("There is no client %s.".formatted(id));
	}

	public static ClientNotFound forNote(UUID id) {
		return new ClientNotFound("There is no note %s.".formatted(id));
	}

	public static ClientNotFound forDocument(UUID id) {
		return new ClientNotFound("There is no document %s.".formatted(id));
	}

}
