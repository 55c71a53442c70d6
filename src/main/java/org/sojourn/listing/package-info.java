/**
 * Lists on Sojourn's pages: each one pages and sorts as the reader chooses, and its links keep the page's other
 * lists as they were. Lists of the API page and sort through Spring Data, within limits checked here
 * ({@link org.sojourn.listing.SortableBy}). Knows nothing of features; every module with lists may use it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.sojourn.listing;
