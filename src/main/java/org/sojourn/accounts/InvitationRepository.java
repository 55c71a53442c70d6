package org.sojourn.accounts;

import java.util.Optional;
import java.util.UUID;
import org.sojourn.servicecenters.CenterRole;
import org.springframework.data.jpa.repository.JpaRepository;

interface InvitationRepository extends JpaRepository<Invitation, UUID> {

	java.util.List<Invitation> findByInvitedByAndAcceptedAtIsNull(String invitedBy);

	Optional<Invitation> findByCenterIdAndEmailIgnoreCaseAndRole(UUID centerId, String email, CenterRole role);

}
