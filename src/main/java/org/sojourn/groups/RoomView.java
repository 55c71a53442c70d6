package org.sojourn.groups;

import java.util.UUID;

/** A center's administration room, as its administrators see it. */
public record RoomView(UUID id, String name, int maximumOccupancy, boolean retired) {
}
