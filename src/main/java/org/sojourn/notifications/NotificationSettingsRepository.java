package org.sojourn.notifications;

import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationSettingsRepository extends JpaRepository<NotificationSettings, String> {
}
