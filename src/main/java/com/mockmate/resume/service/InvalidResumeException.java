package com.mockmate.resume.service;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An edited résumé that may not be saved: a 400 with one error per problem, its field a JSON pointer into the résumé
 * (e.g. {@code /work/0/name}).
 */
public class InvalidResumeException extends ErrorResponseException {

    private final List<String> problems;

    /** @param problems each "/json/pointer: message" */
    public InvalidResumeException(List<String> problems) {
        super(HttpStatus.BAD_REQUEST, problem(problems), null);
        this.problems = List.copyOf(problems);
    }

    /** One error of the 400: {@code field} is the JSON pointer, empty for the document as a whole. */
    public record Problem(String field, String message) {}

    public List<String> problems() {
        return problems;
    }

    private static ProblemDetail problem(List<String> problems) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "The résumé has " + problems.size() + " problem(s); nothing was saved.");
        problem.setTitle("Validation failed");
        problem.setProperty(
                "errors", problems.stream().map(InvalidResumeException::item).toList());
        return problem;
    }

    private static Problem item(String problem) {
        int colon = problem.indexOf(": ");
        return colon > 0 && problem.startsWith("/")
                ? new Problem(problem.substring(0, colon), problem.substring(colon + 2))
                : new Problem("", problem);
    }
}
