package com.mockmate.base.error;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** What was here has ended for good, e.g. a share link that expired or was revoked. */
public class GoneException extends ErrorResponseException {

    public GoneException(String detail) {
        super(HttpStatus.GONE, ProblemDetail.forStatusAndDetail(HttpStatus.GONE, detail), null);
    }
}
