package org.sojourn.mail;

import java.util.UUID;

/** A mail was written and waits to be delivered; its publication stays incomplete until the server took it. */
public record MailRequested(UUID mailId) {
}
