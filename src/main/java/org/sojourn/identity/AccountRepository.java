package org.sojourn.identity;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, String> {

	java.util.Optional<Account> findByEmailIgnoreCase(String email);

}
