package org.sojourn.groups;

/** A facilitator who attends a group. */
public record Attending(String username, String displayName) {
}
