package org.sojourn.listing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * A list that pages and sorts in a store of its own rather than through Spring Data (the process engine's task
 * queries): it counts its rows, and reads one window of them in an order named by one of its list's keys. Each order
 * must be total (ended by a unique key) so that windows read one after the other neither repeat nor skip a row.
 */
public interface PagedQuery<T> {

	long count();

	/** At most {@code max} rows from the {@code first} (from 0), in the order of the key. */
	List<T> window(String key, boolean descending, int first, int max);

	/** This query with each row it reads made into another (a view of it for a page). */
	default <R> PagedQuery<R> map(Function<? super T, ? extends R> mapper) {
		PagedQuery<T> query = this;
		return new PagedQuery<>() {

			@Override
			public long count() {
				return query.count();
			}

			@Override
			public List<R> window(String key, boolean descending, int first, int max) {
				return query.window(key, descending, first, max).stream().<R>map(mapper).toList();
			}

		};
	}

	/**
	 * This query with a few rows held in memory merged in, each placed where the order puts it among the query's rows
	 * (after those equal to it). The query reads the page's window widened by as many rows as there are extra ones, and
	 * no more: that is enough to know how many extra rows come before the page, wherever they fall. The extra rows
	 * must be few, as the window grows by their number.
	 *
	 * @param order for a key and direction, the same order as the query's, over both kinds of row
	 */
	default PagedQuery<T> mergedWith(List<T> extra, OrderOf<T> order) {
		PagedQuery<T> query = this;
		return new PagedQuery<>() {

			private Long queried;

			@Override
			public long count() {
				return queried() + extra.size();
			}

			private long queried() {
				if (queried == null) {
					queried = query.count();
				}
				return queried;
			}

			@Override
			public List<T> window(String key, boolean descending, int first, int max) {
				Comparator<? super T> comparator = order.of(key, descending);
				List<T> few = new ArrayList<>(extra);
				few.sort(comparator);
				int from = Math.max(0, first - few.size());
				int to = first + max;
				List<T> read = query.window(key, descending, from, to - from);
				// before[i]: how many of the query's rows come before the i-th extra row, where the window tells.
				long[] before = new long[few.size()];
				for (int i = 0; i < few.size(); i++) {
					T row = few.get(i);
					int inWindow = 0;
					while (inWindow < read.size() && comparator.compare(read.get(inWindow), row) <= 0) {
						inWindow++;
					}
					if (inWindow == read.size() && from + read.size() < queried()) {
						// After all the window's rows and more follow: it comes after the page.
						before[i] = Long.MAX_VALUE / 2;
					}
					else {
						// Before the window's first row it may be anywhere before it, yet still before the page.
						before[i] = from + inWindow;
					}
				}
				List<T> page = new ArrayList<>(max);
				int extraIndex = 0;
				for (int j = 0; j <= read.size(); j++) {
					// The extra rows that come before the query's row from + j, then that row.
					while (extraIndex < few.size() && (j == read.size() || before[extraIndex] <= from + j)) {
						if (before[extraIndex] >= Long.MAX_VALUE / 2) {
							break;
						}
						add(page, extraIndex + before[extraIndex], few.get(extraIndex), first, max);
						extraIndex++;
					}
					if (j < read.size()) {
						add(page, from + j + extraIndex, read.get(j), first, max);
					}
				}
				return page;
			}

			private void add(List<T> page, long position, T row, int first, int max) {
				if (position >= first && position < (long) first + max) {
					page.add(row);
				}
			}

		};
	}

	/** The order of a list's key and direction over the rows, as a comparator. */
	@FunctionalInterface
	interface OrderOf<T> {

		Comparator<? super T> of(String key, boolean descending);

	}

}
