package org.sojourn.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A person's choices for mail; without a row, every kind is mailed at once. */
@Entity
@Table(name = "notification_settings")
class NotificationSettings {

	@Id
	private String username;

	@Column(name = "daily_digest", nullable = false)
	private boolean dailyDigest;

	/** The kinds not to mail, by name, comma-separated; a name Sojourn no longer knows is ignored. */
	@Column(name = "muted_kinds", nullable = false)
	private String mutedKinds;

	protected NotificationSettings() {
	}

	NotificationSettings(String username) {
		this.username = username;
		this.mutedKinds = "";
	}

	boolean dailyDigest() {
		return dailyDigest;
	}

	Set<NotificationKind> muted() {
		Set<NotificationKind> muted = EnumSet.noneOf(NotificationKind.class);
		Arrays.stream(mutedKinds.split(","))
			.filter(name -> !name.isBlank())
			.forEach(name -> Arrays.stream(NotificationKind.values())
				.filter(kind -> kind.name().equals(name))
				.forEach(muted::add));
		return muted;
	}

	boolean mails(NotificationKind kind) {
		return kind.alwaysOn() || !muted().contains(kind);
	}

	void change(boolean dailyDigest, Set<NotificationKind> muted) {
		this.dailyDigest = dailyDigest;
		this.mutedKinds = muted.stream()
			.filter(kind -> !kind.alwaysOn())
			.map(Enum::name)
			.sorted()
			.collect(Collectors.joining(","));
	}

}
