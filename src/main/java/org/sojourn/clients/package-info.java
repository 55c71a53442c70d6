/**
 * The facilitator's private client records. Only the owning facilitator reads or writes them; nothing of them
 * ever enters the process engine.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "identity", "listing" })
package org.sojourn.clients;
