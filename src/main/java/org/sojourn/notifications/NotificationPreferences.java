package org.sojourn.notifications;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's choices of mail: at once or a daily digest, and which kinds to mail at all. */
@Service
public class NotificationPreferences {

	private final NotificationSettingsRepository settings;

	NotificationPreferences(NotificationSettingsRepository settings) {
		this.settings = settings;
	}

	/** @param kinds every kind and whether it is mailed */
	public record Choices(boolean dailyDigest, List<KindChoice> kinds) {
	}

	/** @param switchable false for the always-on kinds, which are mailed whatever was chosen */
	public record KindChoice(NotificationKind kind, boolean mailed, boolean switchable) {
	}

	@Transactional(readOnly = true)
	public Choices of(String username) {
		NotificationSettings chosen = settings.findById(username).orElseGet(() -> new NotificationSettings(username));
		return new Choices(chosen.dailyDigest(), Arrays.stream(NotificationKind.values())
			.map(kind -> new KindChoice(kind, chosen.mails(kind), !kind.alwaysOn()))
			.toList());
	}

	/** Sets the choices; an always-on kind in {@code mailedKinds} or not makes no difference. */
	@Transactional
	public Choices change(String username, boolean dailyDigest, Set<NotificationKind> mailedKinds) {
		NotificationSettings chosen = settings.findById(username)
			.orElseGet(() -> settings.save(new NotificationSettings(username)));
		Set<NotificationKind> muted = EnumSet.allOf(NotificationKind.class);
		muted.removeAll(mailedKinds);
		chosen.change(dailyDigest, muted);
		return of(username);
	}

}
