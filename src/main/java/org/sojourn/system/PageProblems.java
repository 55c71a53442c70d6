package org.sojourn.system;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sojourn.audit.AuditRecordNotFound;
import org.sojourn.clients.ClientNotFound;
import org.sojourn.servicecenters.CenterNotFound;
import org.sojourn.sessions.SessionNotFound;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Refusals of Sojourn's pages as Sojourn's own error pages ({@code templates/error/}), never a problem detail: the
 * API keeps its problems ({@link ApiProblems} answers for every REST controller first), pages answer in HTML. A
 * malformed id in a page's address is a missing page, as an id of someone else's record is.
 */
@ControllerAdvice(basePackages = "org.sojourn")
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class PageProblems {

	private static final Logger log = LoggerFactory.getLogger(PageProblems.class);

	@ExceptionHandler({ ClientNotFound.class, SessionNotFound.class, CenterNotFound.class, AuditRecordNotFound.class,
			TypeMismatchException.class })
	ModelAndView notFound(HttpServletRequest request) {
		return page(HttpStatus.NOT_FOUND, request);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView forbidden(HttpServletRequest request) {
		return page(HttpStatus.FORBIDDEN, request);
	}

	@ExceptionHandler(MultipartException.class)
	ModelAndView unreadable(HttpServletRequest request) {
		return page(HttpStatus.BAD_REQUEST, request);
	}

	/** Someone changed the record at the same moment: nothing was written; sending the form again is safe. */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView changedMeanwhile(OptimisticLockingFailureException e, HttpServletRequest request) {
		log.info("A page's change lost to a concurrent change: {}", e.getClass().getSimpleName());
		return page(HttpStatus.CONFLICT, request);
	}

	/**
	 * A database constraint refused a page's write: two people saving the same unique value at once (409), or data
	 * that validation let through (422). The transaction rolled back; the log names the constraint, never the row.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ModelAndView constraintRefused(DataIntegrityViolationException e, HttpServletRequest request) {
		boolean race = ConstraintFailures.isUniqueViolation(e);
		log.info("A page's write was refused by {}", ConstraintFailures.describe(e));
		return page(race ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY, request);
	}

	@ExceptionHandler(ErrorResponseException.class)
	ModelAndView refused(ErrorResponseException e, HttpServletRequest request) {
		return page(e.getStatusCode(), request);
	}

	private static ModelAndView page(HttpStatusCode status, HttpServletRequest request) {
		String view = switch (status.value()) {
			case 403 -> "error/403";
			case 404 -> "error/404";
			default -> status.is5xxServerError() ? "error/5xx" : "error";
		};
		ModelAndView page = new ModelAndView(view);
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("path", request.getRequestURI());
		return page;
	}

}
