package org.sojourn.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One mail, from the transaction that asked for it until the server took it (and, without a server, the mailbox). */
@Entity
@Table(name = "outgoing_mail")
class OutgoingMail {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String recipient;

	@Column(nullable = false)
	private String subject;

	private String body;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "sending_since")
	private Instant sendingSince;

	@Column(name = "sent_at")
	private Instant sentAt;

	@Column(nullable = false)
	private int attempts;

	protected OutgoingMail() {
	}

	OutgoingMail(String recipient, String subject, String body) {
		this.id = UUID.randomUUID();
		this.recipient = recipient;
		this.subject = subject;
		this.body = body;
		this.createdAt = Instant.now();
	}

	UUID id() {
		return id;
	}

	String recipient() {
		return recipient;
	}

	String subject() {
		return subject;
	}

	String body() {
		return body;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant sentAt() {
		return sentAt;
	}

	int attempts() {
		return attempts;
	}

}
