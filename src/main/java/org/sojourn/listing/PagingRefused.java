package org.sojourn.listing;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A page, size or sort an API list cannot honour: a 400 problem that says what it can do instead. */
final class PagingRefused extends ErrorResponseException {

	private PagingRefused(String title, String detail) {
		super(HttpStatus.BAD_REQUEST, problem(title, detail), null);
	}

	static PagingRefused unknownSort(String key, List<String> sortable) {
		PagingRefused refused = new PagingRefused("This list cannot be sorted that way",
				sortable.isEmpty()
						? "'%s' is not a sort key: this list has a fixed order and takes no sort.".formatted(key)
						: "'%s' is not a sort key of this list. Sort by one of: %s (add ',desc' for descending)."
							.formatted(key, String.join(", ", sortable)));
		refused.getBody().setProperty("sortable", sortable);
		return refused;
	}

	static PagingRefused page(String given, long lastPage) {
		return new PagingRefused("No such page",
				"'%s' is not a page number: pages are counted from 0, and at this size the largest page number is %d."
					.formatted(given, lastPage));
	}

	static PagingRefused size(String given, int maxSize) {
		return new PagingRefused("No such page size",
				"'%s' is not a page size: ask for 1 to %d entries a page.".formatted(given, maxSize));
	}

	private static ProblemDetail problem(String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle(title);
		return problem;
	}

}
