package org.sojourn.system;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import org.sojourn.identity.CurrentUser;
import org.sojourn.identity.CurrentUsers;
import org.sojourn.listing.PageAddress;
import org.sojourn.servicecenters.CenterMemberships;
import org.sojourn.servicecenters.MembershipRefused;
import org.sojourn.servicecenters.ServiceCenter;
import org.sojourn.servicecenters.ServiceCenters;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where a person lands after signing in. A facilitator finds their practice ({@link FacilitatorHomePage}); others
 * find links to their centers or to Cockpit and Admin.
 */
@Controller
class HomeController {

	private final CurrentUsers users;

	private final FacilitatorHomePage facilitatorHome;

	private final CenterMemberships memberships;

	private final ServiceCenters centers;

	private final ZoneId zone;

	HomeController(CurrentUsers users, FacilitatorHomePage facilitatorHome, CenterMemberships memberships,
			ServiceCenters centers, @Value("${sojourn.time-zone}") ZoneId zone) {
		this.users = users;
		this.facilitatorHome = facilitatorHome;
		this.memberships = memberships;
		this.centers = centers;
		this.zone = zone;
	}

	@GetMapping("/")
	String home(@RequestParam(defaultValue = "") String q, HttpServletRequest request, Model model) {
		CurrentUser user = users.current();
		model.addAttribute("username", user.username());
		model.addAttribute("zone", zone.getId());
		model.addAttribute("centers", user.administeredCenters()
			.stream()
			.map(centers::find)
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing(ServiceCenter::getName))
			.toList());
		if (!user.facilitator()) {
			return "home";
		}
		facilitatorHome.fill(user, q, PageAddress.of("/", request), model);
		return "home-facilitator";
	}

	@PostMapping("/invitations/{centerId}/{answer:accept|decline}")
	String respond(@PathVariable UUID centerId, @PathVariable String answer, RedirectAttributes redirect) {
		try {
			memberships.respond(users.current(), centerId, answer.equals("accept"));
			redirect.addFlashAttribute("invitationMessage",
					answer.equals("accept") ? "Invitation accepted." : "Invitation declined.");
		}
		catch (MembershipRefused e) {
			redirect.addFlashAttribute("invitationMessage", e.getMessage());
		}
		return "redirect:/";
	}

}
