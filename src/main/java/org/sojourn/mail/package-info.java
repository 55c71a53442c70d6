/**
 * Mail Sojourn sends: other modules ask for a mail inside their own transaction ({@link org.sojourn.mail.Mails}); it
 * is delivered after the commit, retried until the server takes it, once across nodes. A mail says that something
 * waits in Sojourn, with a link; never a client's name or health information.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.sojourn.mail;
