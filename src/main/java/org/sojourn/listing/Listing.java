package org.sojourn.listing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * One list of a page and the orders it may be sorted in. The reader's choice comes from the page's query:
 * {@code <name>.page} (from 1) and {@code <name>.sort} (a key, or {@code -key} for descending). A page or a key that
 * does not exist is not an error on a page someone follows a link to: the list shows its last page or its default
 * order instead.
 */
public final class Listing<T> {

	/** How many rows a list shows at once. */
	public static final int PAGE_SIZE = 20;

	private final String name;

	private final Map<String, Comparator<? super T>> comparators = new HashMap<>();

	private final Map<String, Sort> orders = new HashMap<>();

	private final Set<String> queryOrders = new HashSet<>();

	private String defaultSort;

	private Listing(String name) {
		this.name = name;
	}

	/** @param name the list's name in its parameters and its anchor on the page, such as "notes" */
	public static <T> Listing<T> named(String name) {
		return new Listing<>(name);
	}

	/** An order for a list held in memory; the first one given is the default unless {@link #sortedBy} says else. */
	public Listing<T> sortable(String key, Comparator<? super T> comparator) {
		comparators.put(key, comparator);
		return defaultTo(key);
	}

	/** An order for a list the database pages: entity properties, ended by a unique one so that pages never overlap. */
	public Listing<T> sortable(String key, Sort order) {
		orders.put(key, order);
		return defaultTo(key);
	}

	/**
	 * An order a {@link PagedQuery} knows by its key (the engine's task queries order by what they name, not by entity
	 * properties). A list held in memory may name the same key with a comparator too.
	 */
	public Listing<T> sortable(String key) {
		queryOrders.add(key);
		return defaultTo(key);
	}

	/** @param sort a key given to {@code sortable}, with a leading '-' for descending */
	public Listing<T> sortedBy(String sort) {
		if (!known(SortChoice.parse(sort).key())) {
			throw new IllegalArgumentException("List " + name + " cannot be sorted by " + sort);
		}
		defaultSort = sort;
		return this;
	}

	/** The reader's page of a list held in memory. */
	public ListPage<T> page(List<T> all, PageAddress address) {
		SortChoice sort = sort(address);
		List<T> sorted = new ArrayList<>(all);
		Comparator<? super T> comparator = comparators.get(sort.key());
		sorted.sort(sort.descending() ? comparator.reversed() : comparator);
		int pages = Math.max(1, (sorted.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int number = Math.min(requestedPage(address), pages);
		List<T> items = sorted.subList((number - 1) * PAGE_SIZE, Math.min(number * PAGE_SIZE, sorted.size()));
		return new ListPage<>(name, List.copyOf(items), number, pages, sorted.size(), sort, address);
	}

	/** The reader's page of a list the database pages and sorts. */
	public ListPage<T> page(Function<Pageable, Page<T>> query, PageAddress address) {
		SortChoice sort = sort(address);
		Sort order = sort.descending() ? orders.get(sort.key()).descending() : orders.get(sort.key());
		Page<T> page = query.apply(PageRequest.of(requestedPage(address) - 1, PAGE_SIZE, order));
		if (page.getNumber() > 0 && page.getNumber() >= page.getTotalPages()) {
			page = query.apply(PageRequest.of(Math.max(0, page.getTotalPages() - 1), PAGE_SIZE, order));
		}
		return new ListPage<>(name, page.getContent(), page.getNumber() + 1, Math.max(1, page.getTotalPages()),
				page.getTotalElements(), sort, address);
	}

	/**
	 * The reader's page of a list the database pages and sorts, whose size the caller knows already (a list shown with
	 * counts of its parts, such as tabs by phase), so that it is not counted again. A page beyond the last shows the
	 * last.
	 */
	public ListPage<T> page(Function<Pageable, List<T>> rows, long total, PageAddress address) {
		SortChoice sort = sort(address);
		Sort order = sort.descending() ? orders.get(sort.key()).descending() : orders.get(sort.key());
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int number = Math.min(requestedPage(address), pages);
		List<T> items = total == 0 ? List.of() : rows.apply(PageRequest.of(number - 1, PAGE_SIZE, order));
		return new ListPage<>(name, List.copyOf(items), number, pages, total, sort, address);
	}

	/**
	 * The reader's page of a list its own query pages and sorts: the count of all rows, then the rows of that page
	 * only. A page beyond the last shows the last.
	 */
	public ListPage<T> page(PagedQuery<T> query, PageAddress address) {
		SortChoice sort = sort(address);
		long total = query.count();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int number = Math.min(requestedPage(address), pages);
		List<T> items = total == 0 ? List.of()
				: query.window(sort.key(), sort.descending(), (number - 1) * PAGE_SIZE, PAGE_SIZE);
		return new ListPage<>(name, List.copyOf(items), number, pages, total, sort, address);
	}

	private Listing<T> defaultTo(String key) {
		if (defaultSort == null) {
			defaultSort = key;
		}
		return this;
	}

	private boolean known(String key) {
		return comparators.containsKey(key) || orders.containsKey(key) || queryOrders.contains(key);
	}

	private SortChoice sort(PageAddress address) {
		String asked = address.first(name + ".sort");
		if (asked != null && known(SortChoice.parse(asked).key())) {
			return SortChoice.parse(asked);
		}
		return SortChoice.parse(defaultSort);
	}

	private int requestedPage(PageAddress address) {
		try {
			return Math.max(1, Integer.parseInt(address.first(name + ".page")));
		}
		catch (NumberFormatException e) {
			return 1;
		}
	}

	record SortChoice(String key, boolean descending) {

		static SortChoice parse(String sort) {
			return sort.startsWith("-") ? new SortChoice(sort.substring(1), true) : new SortChoice(sort, false);
		}

		@Override
		public String toString() {
			return descending ? "-" + key : key;
		}

	}

}
