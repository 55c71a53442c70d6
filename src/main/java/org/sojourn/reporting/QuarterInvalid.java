package org.sojourn.reporting;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A year or quarter that names no report: answered as a 400 problem. */
class QuarterInvalid extends ErrorResponseException {

	private QuarterInvalid(ProblemDetail problem) {
		super(HttpStatus.BAD_REQUEST, problem, null);
	}

	static QuarterInvalid of(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("The request is not valid");
		return new QuarterInvalid(problem);
	}

	@Override
	public String getMessage() {
		return getBody().getDetail();
	}

}
