/**
 * The Camunda Forms Sojourn ships (`forms/`): their schemas, the server's validation of submitted values against the
 * very file a task uses, the name of every field, and the words an answer is shown with. Knows nothing of sessions.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.sojourn.forms;
