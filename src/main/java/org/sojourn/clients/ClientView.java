package org.sojourn.clients;

import java.time.Instant;
import java.util.UUID;

public record ClientView(UUID id, ClientProfile profile, Instant createdAt, Instant updatedAt, long version) {
}
