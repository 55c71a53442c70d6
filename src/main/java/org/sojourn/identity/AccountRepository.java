package org.sojourn.identity;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, String> {

	Optional<Account> findByEmailIgnoreCase(String email);

	/** The account with whether it is a facilitator's, in one statement (a sign-in used to read the two apart). */
	@Query("""
			select new org.sojourn.identity.AccountStanding(a.username, a.passwordHash, a.enabled, a.operator,
				case when f.username is null then false else true end)
			from Account a left join Facilitator f on f.username = a.username
			where a.username = :username""")
	Optional<AccountStanding> findStanding(String username);

}
