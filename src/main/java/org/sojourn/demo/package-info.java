/**
 * A small demo data set for the embedded default (sojourn.demo.enabled): logins, centers, clients and sessions in
 * different phases, a center's rooms and a planned group administration, made through the same services a person would
 * use.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "clients", "groups", "identity", "records",
		"servicecenters", "sessions" })
package org.sojourn.demo;
