package org.sojourn.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.mock.web.MockHttpServletRequest;

/** Paging and sorting of a page's lists as the reader asks in the query, and the links a list offers. */
class ListingTests {

	private static final Listing<Integer> NUMBERS = Listing.<Integer>named("numbers")
		.sortable("value", Comparator.naturalOrder())
		.sortable("lastDigit", Comparator.comparing((Integer n) -> n % 10).thenComparing(n -> n));

	private static final List<Integer> FIFTY = IntStream.rangeClosed(1, 50).boxed().toList();

	@Test
	void aListShowsItsFirstTwentyInItsDefaultOrder() {
		ListPage<Integer> page = NUMBERS.page(descending(FIFTY), at("/list", ""));

		assertThat(page.getItems()).isEqualTo(FIFTY.subList(0, 20));
		assertThat(page.getNumber()).isEqualTo(1);
		assertThat(page.getTotalPages()).isEqualTo(3);
		assertThat(page.getTotal()).isEqualTo(50);
		assertThat(page.getPreviousLink()).isNull();
		assertThat(page.getNextLink()).isEqualTo("/list?numbers.page=2#numbers");
	}

	@Test
	void theReadersPageAndOrderComeFromTheQueryAndLinksKeepTheOtherListsChoices() {
		ListPage<Integer> page = NUMBERS.page(FIFTY, at("/list", "numbers.page=3&numbers.sort=-value&other.page=2&q=a b"));

		assertThat(page.getItems()).isEqualTo(descending(FIFTY.subList(0, 10)));
		assertThat(page.getPreviousLink()).isEqualTo("/list?numbers.sort=-value&other.page=2&q=a%20b&numbers.page=2#numbers");
		assertThat(page.getNextLink()).isNull();
		assertThat(page.ariaSort("value")).isEqualTo("descending");
		assertThat(page.ariaSort("lastDigit")).isEqualTo("none");
	}

	@Test
	void aSortLinkStartsAscendingThenReversesAndGoesBackToTheFirstPage() {
		ListPage<Integer> ascending = NUMBERS.page(FIFTY, at("/list", "numbers.page=2"));
		ListPage<Integer> descending = NUMBERS.page(FIFTY, at("/list", "numbers.sort=-value"));

		assertThat(ascending.sortLink("value")).isEqualTo("/list?numbers.sort=-value#numbers");
		assertThat(ascending.sortLink("lastDigit")).isEqualTo("/list?numbers.sort=lastDigit#numbers");
		assertThat(descending.sortLink("value")).isEqualTo("/list?numbers.sort=value#numbers");
	}

	@Test
	void aPageBeyondTheLastShowsTheLastAndNonsenseShowsTheFirstInTheDefaultOrder() {
		assertThat(NUMBERS.page(FIFTY, at("/list", "numbers.page=99")).getItems()).isEqualTo(FIFTY.subList(40, 50));
		ListPage<Integer> nonsense = NUMBERS.page(FIFTY, at("/list", "numbers.page=x&numbers.sort=password"));
		assertThat(nonsense.getItems()).isEqualTo(FIFTY.subList(0, 20));
		assertThat(nonsense.ariaSort("value")).isEqualTo("ascending");
	}

	@Test
	void anEmptyListHasOnePageAndSaysItIsEmpty() {
		ListPage<Integer> page = NUMBERS.page(List.of(), at("/list", "numbers.page=4"));

		assertThat(page.isEmpty()).isTrue();
		assertThat(page.getTotalPages()).isEqualTo(1);
		assertThat(page.getItems()).isEmpty();
	}

	@Test
	void aFilterLinkNarrowsTheListFromItsFirstPage() {
		ListPage<Integer> page = NUMBERS.page(FIFTY, at("/list", "numbers.page=2&numbers.sort=-value"));

		assertThat(page.filterLink("phase", "closed")).isEqualTo("/list?numbers.sort=-value&numbers.phase=closed#numbers");
		assertThat(page.filterLink("phase", null)).isEqualTo("/list?numbers.sort=-value#numbers");
	}

	@Test
	void aDatabaseListIsAskedForTheReadersPageInTheChosenOrderAndForTheLastWhenBeyondIt() {
		Listing<Integer> listing = Listing.<Integer>named("rows").sortable("name", Sort.by("name", "id"));
		List<Pageable> asked = new java.util.ArrayList<>();

		ListPage<Integer> page = listing.page(pageable -> {
			asked.add(pageable);
			int from = (int) Math.min(pageable.getOffset(), 50);
			return new PageImpl<>(FIFTY.subList(from, Math.min(from + 20, 50)), pageable, 50);
		}, at("/rows", "rows.page=7&rows.sort=-name"));

		assertThat(asked).extracting(Pageable::getPageNumber).containsExactly(6, 2);
		assertThat(asked.get(0).getSort()).isEqualTo(Sort.by("name", "id").descending());
		assertThat(page.getNumber()).isEqualTo(3);
		assertThat(page.getTotalPages()).isEqualTo(3);
	}

	@Test
	void aDefaultOrderMustBeOneOfTheListsOrders() {
		assertThatIllegalArgumentException().isThrownBy(() -> Listing.<Integer>named("rows").sortedBy("-missing"));
	}

	@Test
	void aPageShownAgainAfterARefusedPostLinksToItsOwnPathWithDefaultChoices() {
		MockHttpServletRequest post = new MockHttpServletRequest("POST", "/list/notes");
		post.addParameter("text", "a refused note");

		ListPage<Integer> page = NUMBERS.page(FIFTY, PageAddress.of("/list", post));

		assertThat(page.getNextLink()).isEqualTo("/list?numbers.page=2#numbers");
	}

	private static List<Integer> descending(List<Integer> numbers) {
		return numbers.stream().sorted(Comparator.reverseOrder()).toList();
	}

	private static PageAddress at(String path, String query) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setQueryString(query);
		for (String pair : query.split("&")) {
			if (!pair.isEmpty()) {
				String[] nameAndValue = pair.split("=", 2);
				request.addParameter(nameAndValue[0], nameAndValue[1]);
			}
		}
		return PageAddress.of(path, request);
	}
}
