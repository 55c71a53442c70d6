package org.sojourn.clients;

/** A document's bytes with the name and type to offer them under. */
public record DocumentContent(String originalName, String mediaType, byte[] bytes) {
}
