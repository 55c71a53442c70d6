package org.sojourn.groups;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A room to add or its new name and occupancy. */
public record RoomRequest(@NotBlank(message = "Name the room.") @Size(max = 100) String name,
		@NotNull(message = "Give the room's maximum occupancy.") @Min(1) @Max(1000) Integer maximumOccupancy) {
}
