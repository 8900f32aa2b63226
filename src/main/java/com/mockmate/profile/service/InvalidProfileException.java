package com.mockmate.profile.service;

import com.mockmate.profile.domain.ProfileRules.Violation;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A profile that breaks {@link com.mockmate.profile.domain.ProfileRules}: a 400 with one error per field. */
public class InvalidProfileException extends ErrorResponseException {

    private final List<Violation> violations;

    public InvalidProfileException(List<Violation> violations) {
        super(HttpStatus.BAD_REQUEST, problem(violations), null);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    private static ProblemDetail problem(List<Violation> violations) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields.");
        problem.setTitle("Validation failed");
        problem.setProperty("errors", violations);
        return problem;
    }
}
