package org.sojourn.servicecenters;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.sojourn.identity.CurrentUsers;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The directory of centers, their membership, and a facilitator's invitations. */
@RestController
class CenterController {

	private final ServiceCenters centers;

	private final CenterMemberships memberships;

	private final CurrentUsers users;

	CenterController(ServiceCenters centers, CenterMemberships memberships, CurrentUsers users) {
		this.centers = centers;
		this.memberships = memberships;
		this.users = users;
	}

	/** @param user a username or an email address */
	record Person(@NotBlank(message = "Give a username or an email address.") @Size(max = 320) String user) {
	}

	record NewCenter(@NotBlank(message = "Give the center's name.") @Size(max = 200) String name,
			@NotBlank(message = "Give the center's license number.") @Size(max = 64) String licenseNumber,
			@NotBlank(message = "Name the center's first administrator.") String firstAdministrator) {
	}

	/** Every signed-in user may see which centers exist (names and licenses only). */
	@GetMapping("/api/centers")
	List<CenterViews.Center> list() {
		return centers.all().stream().map(CenterMemberships::view).toList();
	}

	@PostMapping("/api/centers")
	@PreAuthorize("hasRole('OPERATOR')")
	ResponseEntity<CenterViews.Center> register(@Valid @RequestBody NewCenter request) {
		ServiceCenter center = centers.register(request.name(), request.licenseNumber(), request.firstAdministrator(),
				users.current().username());
		return ResponseEntity.created(URI.create("/api/centers/" + center.getId())).body(CenterMemberships.view(center));
	}

	@GetMapping("/api/centers/{centerId}/members")
	CenterViews.Members members(@PathVariable UUID centerId) {
		return memberships.members(users.current(), centerId);
	}

	@PostMapping("/api/centers/{centerId}/administrators")
	ResponseEntity<?> addAdministrator(@PathVariable UUID centerId, @Valid @RequestBody Person person) {
		var mailed = memberships.inviteNewcomer(users.current(), centerId, person.user(), CenterRole.ADMINISTRATOR);
		if (mailed.isPresent()) {
			return ResponseEntity.accepted().body(mailed.get());
		}
		memberships.addAdministrator(users.current(), centerId, person.user());
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/api/centers/{centerId}/administrators/{username}")
	ResponseEntity<Void> removeAdministrator(@PathVariable UUID centerId, @PathVariable String username) {
		memberships.removeAdministrator(users.current(), centerId, username);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/centers/{centerId}/invitations")
	ResponseEntity<?> invite(@PathVariable UUID centerId, @Valid @RequestBody Person person) {
		var mailed = memberships.inviteNewcomer(users.current(), centerId, person.user(), CenterRole.FACILITATOR);
		if (mailed.isPresent()) {
			return ResponseEntity.accepted().body(mailed.get());
		}
		return ResponseEntity.ok(memberships.invite(users.current(), centerId, person.user()));
	}

	@DeleteMapping("/api/centers/{centerId}/facilitators/{username}")
	ResponseEntity<Void> removeFacilitator(@PathVariable UUID centerId, @PathVariable String username) {
		memberships.removeFacilitator(users.current(), centerId, username);
		return ResponseEntity.noContent().build();
	}

	/** The signed-in facilitator's invitations and memberships. */
	@GetMapping("/api/invitations")
	List<CenterViews.Membership> invitations() {
		return memberships.membershipsOf(users.current().username());
	}

	@PostMapping("/api/invitations/{centerId}/accept")
	CenterViews.Membership accept(@PathVariable UUID centerId) {
		return memberships.respond(users.current(), centerId, true);
	}

	@PostMapping("/api/invitations/{centerId}/decline")
	CenterViews.Membership decline(@PathVariable UUID centerId) {
		return memberships.respond(users.current(), centerId, false);
	}

}
