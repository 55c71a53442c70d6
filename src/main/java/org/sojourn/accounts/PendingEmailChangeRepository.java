package org.sojourn.accounts;

import org.springframework.data.jpa.repository.JpaRepository;

interface PendingEmailChangeRepository extends JpaRepository<PendingEmailChange, String> {

}
