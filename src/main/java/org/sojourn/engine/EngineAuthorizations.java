package org.sojourn.engine;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The engine's standing authorizations, made once per database: everyone may open Tasklist and sees the shared
 * "My tasks" and "My center" filters; operators may open Cockpit and Admin and read definitions and instances, but
 * never variables. Task permissions come from the engine itself (assignee and candidate groups get TASK_WORK).
 */
@Component
@Order(1)
class EngineAuthorizations implements ApplicationRunner {

	static final String FILTER_MY_TASKS = "My tasks";

	static final String FILTER_MY_CENTER = "My center";

	private final AuthorizationService authorizations;

	private final FilterService filters;

	private final TaskService tasks;

	EngineAuthorizations(AuthorizationService authorizations, FilterService filters, TaskService tasks) {
		this.authorizations = authorizations;
		this.filters = filters;
		this.tasks = tasks;
	}

	@Override
	public void run(ApplicationArguments args) {
		grantUser(ANY, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		grantGroup(EngineGroups.OPERATORS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
		grantGroup(EngineGroups.OPERATORS, Resources.APPLICATION, "admin", Permissions.ACCESS);
		grantGroup(EngineGroups.OPERATORS, Resources.PROCESS_DEFINITION, ANY, Permissions.READ,
				Permissions.READ_INSTANCE, Permissions.READ_HISTORY);
		grantGroup(EngineGroups.OPERATORS, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
		grantGroup(EngineGroups.OPERATORS, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
		grantGroup(EngineGroups.OPERATORS, Resources.DEPLOYMENT, ANY, Permissions.READ);
		sharedFilter(FILTER_MY_TASKS, tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"), -10);
		sharedFilter(FILTER_MY_CENTER,
				tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"), -5);
	}

	private void sharedFilter(String name, TaskQuery query, int priority) {
		Filter filter = filters.createFilterQuery().filterName(name).singleResult();
		if (filter == null) {
			filter = filters.newTaskFilter(name)
				.setQuery(query)
				.setProperties(Map.of("priority", priority, "description", name));
			filters.saveFilter(filter);
		}
		grantUser(ANY, Resources.FILTER, filter.getId(), Permissions.READ);
	}

	private void grantUser(String userId, Resource resource, String resourceId, Permission... permissions) {
		grant(userId, null, resource, resourceId, permissions);
	}

	private void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
		grant(null, groupId, resource, resourceId, permissions);
	}

	private void grant(String userId, String groupId, Resource resource, String resourceId,
			Permission... permissions) {
		AuthorizationQuery existing = authorizations.createAuthorizationQuery()
			.resourceType(resource)
			.resourceId(resourceId);
		if ((userId != null ? existing.userIdIn(userId) : existing.groupIdIn(groupId)).count() > 0) {
			return;
		}
		// "Everyone" is a global authorization in Camunda; a grant to user "*" would match no one.
		Authorization authorization = authorizations
			.createNewAuthorization(ANY.equals(userId) ? AUTH_TYPE_GLOBAL : AUTH_TYPE_GRANT);
		authorization.setUserId(userId);
		authorization.setGroupId(groupId);
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		for (Permission permission : permissions) {
			authorization.addPermission(permission);
		}
		authorizations.saveAuthorization(authorization);
	}

}
