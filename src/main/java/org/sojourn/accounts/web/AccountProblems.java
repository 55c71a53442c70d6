package org.sojourn.accounts.web;

import org.sojourn.accounts.AccountNotFound;
import org.sojourn.accounts.JoinRefused;
import org.sojourn.accounts.LinkRefused;
import org.sojourn.accounts.PasswordRefused;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The API's refusals of account links and new accounts, as problem details; each changed nothing. */
@RestControllerAdvice(assignableTypes = { AccountApi.class, AccountAdminApi.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccountProblems {

	@ExceptionHandler(LinkRefused.class)
	ProblemDetail linkRefused(LinkRefused e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
		problem.setTitle("The link does not work");
		problem.setProperty("reason", e.reason());
		return problem;
	}

	@ExceptionHandler(JoinRefused.class)
	ProblemDetail joinRefused(JoinRefused e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
		problem.setTitle("The account cannot be created as asked");
		problem.setProperty("field", e.field());
		return problem;
	}

	@ExceptionHandler(AccountNotFound.class)
	ProblemDetail accountNotFound(AccountNotFound e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
		problem.setTitle("No such account");
		return problem;
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badPaging(IllegalArgumentException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
		problem.setTitle("The list cannot be shown as asked");
		return problem;
	}

	@ExceptionHandler(PasswordRefused.class)
	ProblemDetail passwordRefused(PasswordRefused e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
		problem.setTitle("Choose another password");
		problem.setProperty("field", "password");
		return problem;
	}

}
