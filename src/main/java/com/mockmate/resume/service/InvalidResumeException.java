package com.mockmate.resume.service;

import java.util.List;

/** An edited résumé that may not be saved: each problem is "/json/pointer: message". */
public class InvalidResumeException extends RuntimeException {

    private final List<String> problems;

    public InvalidResumeException(List<String> problems) {
        super("The résumé has " + problems.size() + " problem(s): " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
