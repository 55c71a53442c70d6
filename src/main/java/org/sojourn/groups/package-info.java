/**
 * Group administration (OAR 333-333-5230): a center's rooms, the groups its administrators plan in them, their
 * participants (each still its own session, record and process instance) and attending facilitators, and the state's
 * capacity and ratio rules at every change and every dose recorded. A group's life runs as a process of its own
 * ({@code groupAdministration}) that the participants' session instances wait on.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "compliance", "forms", "identity", "listing",
		"records", "servicecenters", "sessions" })
package org.sojourn.groups;
