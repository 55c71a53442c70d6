package org.sojourn.groups;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.sojourn.identity.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Group administration over JSON: a center's rooms and groups, a group's participants and facilitators, its check-in
 * and cancellation. Refusals are problem details: 404 for what is not the user's, 409 for a group or session that
 * moved on (or changed by someone else meanwhile), 422 naming the rule and its numbers.
 */
@RestController
class GroupController {

	private final GroupAdministrations groups;

	private final CurrentUsers users;

	GroupController(GroupAdministrations groups, CurrentUsers users) {
		this.groups = groups;
		this.users = users;
	}

	record Participant(@NotNull(message = "Choose the session.") UUID sessionId) {
	}

	record Facilitators(@NotNull(message = "Choose the facilitators who attend.") @Size(max = 100) List<@NotBlank(
			message = "Name each facilitator by username.") @Size(max = 64) String> facilitators) {
	}

	record Cancellation(@NotBlank(message = "Give the reason.") @Size(max = 2000) String reason) {
	}

	@GetMapping("/api/centers/{centerId}/rooms")
	List<RoomView> rooms(@PathVariable UUID centerId) {
		return groups.rooms(users.current(), centerId);
	}

	@PostMapping("/api/centers/{centerId}/rooms")
	ResponseEntity<RoomView> addRoom(@PathVariable UUID centerId, @Valid @RequestBody RoomRequest request) {
		RoomView room = groups.addRoom(users.current(), centerId, request);
		return ResponseEntity.created(URI.create("/api/centers/%s/rooms/%s".formatted(centerId, room.id()))).body(room);
	}

	@PutMapping("/api/centers/{centerId}/rooms/{roomId}")
	RoomView changeRoom(@PathVariable UUID centerId, @PathVariable UUID roomId, @Valid @RequestBody RoomRequest request) {
		return groups.changeRoom(users.current(), centerId, roomId, request);
	}

	/** Retires the room: groups already planned in it keep it, new ones cannot choose it. */
	@DeleteMapping("/api/centers/{centerId}/rooms/{roomId}")
	ResponseEntity<Void> retireRoom(@PathVariable UUID centerId, @PathVariable UUID roomId) {
		groups.retireRoom(users.current(), centerId, roomId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/centers/{centerId}/groups")
	List<GroupView> groupsOfCenter(@PathVariable UUID centerId) {
		return groups.groupsOfCenter(users.current(), centerId);
	}

	@PostMapping("/api/centers/{centerId}/groups")
	ResponseEntity<GroupView> plan(@PathVariable UUID centerId, @Valid @RequestBody GroupPlan plan) {
		GroupView group = groups.plan(users.current(), centerId, plan);
		return ResponseEntity.created(URI.create("/api/groups/" + group.id())).body(group);
	}

	@GetMapping("/api/groups/{groupId}")
	GroupView group(@PathVariable UUID groupId) {
		return groups.group(users.current(), groupId);
	}

	@PostMapping("/api/groups/{groupId}/participants")
	GroupView addParticipant(@PathVariable UUID groupId, @Valid @RequestBody Participant participant) {
		return groups.addParticipant(users.current(), groupId, participant.sessionId());
	}

	@DeleteMapping("/api/groups/{groupId}/participants/{sessionId}")
	GroupView removeParticipant(@PathVariable UUID groupId, @PathVariable UUID sessionId) {
		return groups.removeParticipant(users.current(), groupId, sessionId);
	}

	@PutMapping("/api/groups/{groupId}/facilitators")
	GroupView changeFacilitators(@PathVariable UUID groupId, @Valid @RequestBody Facilitators facilitators) {
		return groups.changeFacilitators(users.current(), groupId, facilitators.facilitators());
	}

	@PostMapping("/api/groups/{groupId}/check-in")
	GroupView checkIn(@PathVariable UUID groupId) {
		return groups.checkIn(users.current(), groupId);
	}

	@PostMapping("/api/groups/{groupId}/cancel")
	GroupView cancel(@PathVariable UUID groupId, @Valid @RequestBody Cancellation cancellation) {
		return groups.cancel(users.current(), groupId, cancellation.reason());
	}

	@ExceptionHandler(GroupNotFound.class)
	ProblemDetail notFound(GroupNotFound e) {
		return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
	}

	@ExceptionHandler(GroupConflict.class)
	ProblemDetail conflict(GroupConflict e) {
		return problem(HttpStatus.CONFLICT, "Not possible in the group's current state", e.getMessage());
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
