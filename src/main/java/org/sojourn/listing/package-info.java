/**
 * Lists on Sojourn's pages: each one pages and sorts as the reader chooses, and its links keep the page's other
 * lists as they were. Knows nothing of features; every page module may use it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.sojourn.listing;
