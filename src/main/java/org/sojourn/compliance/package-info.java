/**
 * The state's rules for services, as plain Java: dose cap, minimum duration, preparation window, screening,
 * required consents, no cancellation after consumption. Thresholds come from configuration or decision tables
 * (behind {@link org.sojourn.compliance.ScreeningTable} and {@link org.sojourn.compliance.MinimumDurationTable}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.sojourn.compliance;
