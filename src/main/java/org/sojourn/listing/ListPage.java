package org.sojourn.listing;

import java.util.List;
import java.util.function.Function;

/**
 * What a page shows of one list: its rows, where it stands, and the links to the other pages and orders of it.
 * Templates render it with the fragments in {@code fragments/lists.html}.
 */
public final class ListPage<T> {

	private final String name;

	private final List<T> items;

	private final int number;

	private final int totalPages;

	private final long total;

	private final Listing.SortChoice sort;

	private final PageAddress address;

	ListPage(String name, List<T> items, int number, int totalPages, long total, Listing.SortChoice sort,
			PageAddress address) {
		this.name = name;
		this.items = items;
		this.number = number;
		this.totalPages = totalPages;
		this.total = total;
		this.sort = sort;
		this.address = address;
	}

	public <R> ListPage<R> map(Function<? super T, R> mapper) {
		return new ListPage<>(name, items.stream().<R>map(mapper).toList(), number, totalPages, total, sort,
				address);
	}

	public String getName() {
		return name;
	}

	public List<T> getItems() {
		return items;
	}

	/** Whether the list has nothing at all (not just nothing on this page). */
	public boolean isEmpty() {
		return total == 0;
	}

	public long getTotal() {
		return total;
	}

	/** This page's number, from 1. */
	public int getNumber() {
		return number;
	}

	public int getTotalPages() {
		return totalPages;
	}

	public String getPreviousLink() {
		return number > 1 ? pageLink(number - 1) : null;
	}

	public String getNextLink() {
		return number < totalPages ? pageLink(number + 1) : null;
	}

	/** The list sorted by the key: ascending first, reversed when it is already sorted ascending by it. */
	public String sortLink(String key) {
		String next = key.equals(sort.key()) && !sort.descending() ? "-" + key : key;
		return address.with(name, name + ".sort", next, name + ".page", null);
	}

	/** For the column's {@code aria-sort}: ascending, descending or none. */
	public String ariaSort(String key) {
		if (!key.equals(sort.key())) {
			return "none";
		}
		return sort.descending() ? "descending" : "ascending";
	}

	/** The list narrowed by one of its filters (a null value shows all), from its first page. */
	public String filterLink(String filter, String value) {
		return address.with(name, name + "." + filter, value, name + ".page", null);
	}

	private String pageLink(int page) {
		return address.with(name, name + ".page", Integer.toString(page));
	}

}
