package org.sojourn.listing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PageableHandlerMethodArgumentResolver;
import org.springframework.data.web.SortHandlerMethodArgumentResolver;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API's lists page and sort as Spring Data reads {@code page}, {@code size} and {@code sort}, but refuse (400,
 * {@link PagingRefused}) what the query could not honour, before it runs: a sort key the list does not offer (the
 * query parser would fail on it), a page whose first row lies beyond what a query can skip (an int), a size out of
 * range or a page or size that is not a number. One resolver for every {@code Pageable} parameter, ahead of Spring
 * Data's own (this configurer runs first), so no controller repeats a check.
 */
@Configuration
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiPaging implements WebMvcConfigurer {

	private final SortHandlerMethodArgumentResolver sortResolver;

	ApiPaging(SortHandlerMethodArgumentResolver sortResolver) {
		this.sortResolver = sortResolver;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new CheckedPageableResolver(sortResolver));
	}

	static final class CheckedPageableResolver extends PageableHandlerMethodArgumentResolver {

		CheckedPageableResolver(SortHandlerMethodArgumentResolver sortResolver) {
			super(sortResolver);
		}

		@Override
		public Pageable resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
				NativeWebRequest request, WebDataBinderFactory binderFactory) {
			String size = request.getParameter(getParameterNameToUse(getSizeParameterName(), parameter));
			if (size != null && !size.isBlank() && !inRange(size, 1, getMaxPageSize())) {
				throw PagingRefused.size(size, getMaxPageSize());
			}
			Pageable pageable = super.resolveArgument(parameter, container, request, binderFactory);
			String page = request.getParameter(getParameterNameToUse(getPageParameterName(), parameter));
			if (pageable.isPaged()) {
				// Hibernate skips rows with an int: the first row of the page must lie within it.
				long lastPage = Integer.MAX_VALUE / pageable.getPageSize() - 1;
				if (page != null && !page.isBlank() && !inRange(page, 0, lastPage)) {
					throw PagingRefused.page(page, lastPage);
				}
			}
			List<String> sortable = sortable(parameter);
			for (Sort.Order order : pageable.getSort()) {
				if (!sortable.contains(order.getProperty())) {
					throw PagingRefused.unknownSort(order.getProperty(), sortable);
				}
			}
			return withTieBreaker(pageable, parameter);
		}

		/**
		 * Rows equal in the chosen keys (sessions of one status) come in no fixed order unless one key is unique, and
		 * pages read one after the other could then show a row twice and another never: the list's unique key ends
		 * every order.
		 */
		private static Pageable withTieBreaker(Pageable pageable, MethodParameter parameter) {
			SortableBy sortableBy = parameter.getParameterAnnotation(SortableBy.class);
			if (sortableBy == null || !pageable.isPaged() || pageable.getSort().getOrderFor(sortableBy.unique()) != null) {
				return pageable;
			}
			return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
					pageable.getSort().and(Sort.by(sortableBy.unique())));
		}

		/** The keys of {@link SortableBy} and of the default sort, in that order. */
		private static List<String> sortable(MethodParameter parameter) {
			Set<String> keys = new LinkedHashSet<>();
			SortableBy sortableBy = parameter.getParameterAnnotation(SortableBy.class);
			if (sortableBy != null) {
				keys.addAll(Arrays.asList(sortableBy.value()));
			}
			PageableDefault defaults = parameter.getParameterAnnotation(PageableDefault.class);
			if (defaults != null) {
				keys.addAll(Arrays.asList(defaults.sort()));
			}
			return new ArrayList<>(keys);
		}

		private static boolean inRange(String number, long min, long max) {
			try {
				long value = Long.parseLong(number);
				return value >= min && value <= max;
			}
			catch (NumberFormatException e) {
				return false;
			}
		}

	}

}
