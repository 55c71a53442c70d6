/**
 * Who hears what: notifications in Sojourn (a list with an unread count in every page's header) and by mail, at once
 * or in a daily digest, written in the transaction of their cause. Never a client's name or health information.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "identity", "mail", "records", "reporting",
		"servicecenters", "sessions" })
package org.sojourn.notifications;
