package org.sojourn.accounts;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountActivityRepository extends JpaRepository<AccountActivity, String> {

	List<AccountActivity> findByUsernameIn(Collection<String> usernames);

}
