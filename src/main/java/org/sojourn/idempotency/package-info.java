/**
 * Safe retries of the API's creating requests: a POST with an Idempotency-Key header runs once per user and key, and
 * its retries get the first answer again. Keys live in the database, so any node answers a retry.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.sojourn.idempotency;
