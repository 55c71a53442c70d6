package org.sojourn.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What one HTTP request already read of the signed-in person, so that it reads it once: the sign-in reads the account
 * and the current user, and {@link CurrentUsers} then takes them instead of reading them again. Kept for the request
 * only, by a filter that runs before Spring Security and forgets it when the response is done (never across requests,
 * so a disabled account or a removed membership counts at the next request); outside a request nothing is kept.
 * Spring's RequestContextHolder is no help here: it is set by the dispatcher servlet, after the sign-in, and never
 * for engine REST, which is a servlet of its own.
 */
final class RequestAccounts extends OncePerRequestFilter {

	private static final ThreadLocal<Kept> CURRENT = new ThreadLocal<>();

	/** @param unthrottled throttle keys ({@code kind + "\0" + key}) that this request read and found without attempts */
	private record Kept(Map<String, AccountStanding> standings, Map<String, CurrentUser> users,
			Set<String> unthrottled, Map<String, Optional<String>> refusals) {
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		CURRENT.set(new Kept(new HashMap<>(), new HashMap<>(), new HashSet<>(), new HashMap<>()));
		try {
			chain.doFilter(request, response);
		}
		finally {
			CURRENT.remove();
		}
	}

	static Optional<AccountStanding> standing(String username) {
		Kept kept = CURRENT.get();
		return kept == null ? Optional.empty() : Optional.ofNullable(kept.standings().get(username));
	}

	static void remember(AccountStanding standing) {
		Kept kept = CURRENT.get();
		if (kept != null) {
			kept.standings().put(standing.username(), standing);
		}
	}

	/** Keeps the user read at sign-in for the request's first {@link #takeUser}. */
	static void rememberUser(CurrentUser user) {
		Kept kept = CURRENT.get();
		if (kept != null) {
			kept.users().put(user.username(), user);
		}
	}

	/**
	 * The user read at sign-in, once: a second question in the same request reads again, so that a request which
	 * changes the person's memberships and asks again sees the change, as it did when every question read.
	 */
	static Optional<CurrentUser> takeUser(String username) {
		Kept kept = CURRENT.get();
		return kept == null ? Optional.empty() : Optional.ofNullable(kept.users().remove(username));
	}

	/** Keeps what the sign-in rules answered for the user at sign-in (an empty refusal: none), for one take. */
	static void rememberRefusal(String username, Optional<String> refusal) {
		Kept kept = CURRENT.get();
		if (kept != null) {
			kept.refusals().put(username, refusal);
		}
	}

	/** What the sign-in rules answered at this request's sign-in, once; empty when they were not read then. */
	static Optional<Optional<String>> takeRefusal(String username) {
		Kept kept = CURRENT.get();
		return kept == null ? Optional.empty() : Optional.ofNullable(kept.refusals().remove(username));
	}

	/** Forgets what was read of the account (it is being changed in this request). */
	static void forget(String username) {
		Kept kept = CURRENT.get();
		if (kept != null) {
			kept.standings().remove(username);
			kept.users().remove(username);
			kept.refusals().remove(username);
		}
	}

	/** Notes that the request found no attempts counted for the throttle's key. */
	static void noteUnthrottled(String kind, String key) {
		Kept kept = CURRENT.get();
		if (kept != null) {
			kept.unthrottled().add(kind + "\0" + key);
		}
	}

	/** Forgets that note: the request counts an attempt of the key. */
	static void forgetUnthrottled(String kind, String key) {
		Kept kept = CURRENT.get();
		if (kept != null) {
			kept.unthrottled().remove(kind + "\0" + key);
		}
	}

	/** Whether this request found no attempts for the key (false outside a request, or when it did not look). */
	static boolean knownUnthrottled(String kind, String key) {
		Kept kept = CURRENT.get();
		return kept != null && kept.unthrottled().contains(kind + "\0" + key);
	}

}
