package org.sojourn.groups.web;

import jakarta.servlet.http.HttpServletRequest;
import org.sojourn.groups.GroupNotFound;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A group or room that is not there for this person answers the group pages as every missing record does: Sojourn's
 * 404 page, the same for one that does not exist and one of another center.
 */
@ControllerAdvice(basePackageClasses = GroupPageProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class GroupPageProblems {

	@ExceptionHandler({ GroupNotFound.class, GroupPageNotFound.class })
	ModelAndView notFound(HttpServletRequest request) {
		ModelAndView page = new ModelAndView("error/404");
		page.setStatus(HttpStatus.NOT_FOUND);
		page.addObject("status", 404);
		page.addObject("path", request.getRequestURI());
		return page;
	}

}
