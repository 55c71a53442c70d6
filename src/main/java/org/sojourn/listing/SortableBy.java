package org.sojourn.listing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The keys an API list may be sorted by ({@code ?sort=key} or {@code ?sort=key,desc}), on its {@code Pageable}
 * parameter. Each key is a property of the entity the list queries. A list without it sorts only by the keys of its
 * {@code @PageableDefault}; any other key is refused before the query runs (see {@link ApiPaging}).
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SortableBy {

	String[] value();

	/** The entity's unique key, which ends every order so that pages neither overlap nor skip rows. */
	String unique() default "id";

}
