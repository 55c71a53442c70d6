package org.sojourn.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One thing that waits on one person, from its cause until they read it. */
@Entity
@Table(name = "notification")
class Notification {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String recipient;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private NotificationKind kind;

	@Column(name = "session_id")
	private UUID sessionId;

	@Column(name = "task_id")
	private String taskId;

	@Column(name = "center_id")
	private UUID centerId;

	private String quarter;

	@Column(nullable = false)
	private String text;

	@Column(nullable = false)
	private String link;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "read_at")
	private Instant readAt;

	@Column(name = "mailed_at")
	private Instant mailedAt;

	@Column(name = "digest_pending", nullable = false)
	private boolean digestPending;

	@Column(name = "digest_id")
	private UUID digestId;

	@Column(name = "lapsed_at")
	private Instant lapsedAt;

	protected Notification() {
	}

	Notification(String recipient, NotificationKind kind, About about, String text, String link) {
		this.id = UUID.randomUUID();
		this.recipient = recipient;
		this.kind = kind;
		this.sessionId = about.sessionId();
		this.taskId = about.taskId();
		this.centerId = about.centerId();
		this.quarter = about.quarter();
		this.text = text;
		this.link = link;
		this.createdAt = Instant.now();
	}

	void mailed() {
		this.mailedAt = Instant.now();
	}

	void waitForDigest() {
		this.digestPending = true;
	}

	void read(Instant at) {
		if (readAt == null) {
			readAt = at;
		}
	}

	void lapsed(Instant at) {
		if (lapsedAt == null) {
			lapsedAt = at;
		}
	}

	UUID id() {
		return id;
	}

	String recipient() {
		return recipient;
	}

	NotificationKind kind() {
		return kind;
	}

	About about() {
		return new About(sessionId, taskId, centerId, quarter);
	}

	String text() {
		return text;
	}

	String link() {
		return link;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant readAt() {
		return readAt;
	}

	Instant lapsedAt() {
		return lapsedAt;
	}

	NotificationView view() {
		return new NotificationView(id, kind, sessionId, taskId, centerId, quarter, text, link, createdAt, readAt,
				lapsedAt != null);
	}

	/** What a notification is about: any of a session, its task, a center, a quarter ("2026-Q4"). */
	record About(UUID sessionId, String taskId, UUID centerId, String quarter) {

		static About session(UUID sessionId) {
			return new About(sessionId, null, null, null);
		}

		static About center(UUID centerId) {
			return new About(null, null, centerId, null);
		}

	}

}
