package org.sojourn.servicecenters;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** Membership of an account in the administrators of a center. */
@Entity
@Table(name = "center_administrator")
class CenterAdministrator {

	@EmbeddedId
	private Key key;

	protected CenterAdministrator() {
	}

	CenterAdministrator(UUID centerId, String username) {
		this.key = new Key(centerId, username);
	}

	UUID centerId() {
		return key.centerId;
	}

	String username() {
		return key.username;
	}

	@Embeddable
	record Key(@Column(name = "center_id") UUID centerId, @Column(name = "username") String username)
			implements Serializable {
	}

}
