package org.sojourn.clients;

import java.util.Locale;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Client records, always on behalf of one facilitator: a client of someone else does not exist for them. */
@Service
public class Clients {

	private final ClientRepository clients;

	Clients(ClientRepository clients) {
		this.clients = clients;
	}

	@Transactional
	public ClientView create(String facilitator, ClientProfile profile) {
		return clients.save(new Client(facilitator, profile)).view();
	}

	/**
	 * Adds a client unless the facilitator already has one of the same legal name and date of birth, which is refused
	 * with {@link LikelyDuplicateClient} (nothing written) until they confirm it is another person.
	 */
	@Transactional
	public ClientView create(String facilitator, ClientProfile profile, boolean confirmedNotDuplicate) {
		if (!confirmedNotDuplicate && profile.legalName() != null && profile.dateOfBirth() != null) {
			clients.findLikelySame(facilitator, profile.legalName().strip().toLowerCase(Locale.ROOT),
					profile.dateOfBirth())
				.stream()
				.findFirst()
				.ifPresent(existing -> {
					throw LikelyDuplicateClient.of(existing, profile.legalName().strip(), profile.dateOfBirth());
				});
		}
		return create(facilitator, profile);
	}

	@Transactional
	public ClientView update(String facilitator, UUID clientId, ClientProfile profile) {
		Client client = owned(facilitator, clientId);
		client.update(profile);
		return clients.saveAndFlush(client).view();
	}

	@Transactional(readOnly = true)
	public ClientView get(String facilitator, UUID clientId) {
		return owned(facilitator, clientId).view();
	}

	@Transactional(readOnly = true)
	public boolean isOwnedBy(UUID clientId, String facilitator) {
		return clients.findById(clientId).map(c -> c.facilitatorUsername().equals(facilitator)).orElse(false);
	}

	@Transactional(readOnly = true)
	public Page<ClientView> list(String facilitator, String search, Pageable pageable) {
		String pattern = search == null || search.isBlank() ? null
				: "%" + search.strip().toLowerCase(Locale.ROOT) + "%";
		return clients.search(facilitator, pattern, pageable).map(Client::view);
	}

	/** Fails with {@link ClientNotFound} unless the client exists and is the facilitator's. */
	@Transactional(readOnly = true)
	void requireOwned(String facilitator, UUID clientId) {
		owned(facilitator, clientId);
	}

	private Client owned(String facilitator, UUID clientId) {
		return clients.findById(clientId)
			.filter(client -> client.facilitatorUsername().equals(facilitator))
			.orElseThrow(() -> ClientNotFound.forId(clientId));
	}

}
