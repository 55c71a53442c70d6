package org.sojourn.signin;

import org.springframework.data.jpa.repository.JpaRepository;

interface SecondStepThrottleRepository extends JpaRepository<SecondStepThrottle, String> {

}
