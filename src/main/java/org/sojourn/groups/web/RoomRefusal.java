package org.sojourn.groups.web;

import java.util.UUID;

/**
 * A refused room change as the rooms section shows it: next to the form it came from, with what the person typed.
 *
 * @param roomId the room whose form was sent; null for the form that adds a room
 * @param name what was typed, or null for a refused retirement (the room's own values show)
 */
public record RoomRefusal(UUID roomId, String name, String maximumOccupancy, String message) {
}
