package com.mockmate.fuzz;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Sends one operation's requests as every caller and collects what is wrong with the answers, including a rejected
 * request that changed a table. Stops at the time budget, which the report then shows.
 */
final class OperationFuzzer {

    record Caller(String name, @Nullable String token) {}

    private final RawHttp http;
    private final DatabaseSnapshot database;
    private final FuzzReport report;
    private final List<Caller> callers;
    private final Duration budget;

    OperationFuzzer(RawHttp http, DatabaseSnapshot database, FuzzReport report, List<Caller> callers, Duration budget) {
        this.http = http;
        this.database = database;
        this.report = report;
        this.callers = callers;
        this.budget = budget;
    }

    /** The findings, one line each; empty when every answer was acceptable. */
    List<String> fuzz(ApiOperation operation, List<FuzzRequest> requests) throws InterruptedException {
        var started = System.nanoTime();
        var findings = new ArrayList<String>();
        var before = database.settled();
        requests:
        for (var request : requests) {
            for (var caller : callers) {
                if (System.nanoTime() - started > budget.toNanos()) {
                    report.note(operation.label(), "budget-reached");
                    break requests;
                }
                before = attempt(operation, request, caller, before, findings);
            }
        }
        report.took(operation.label(), System.nanoTime() - started);
        return findings;
    }

    /** Sends the request; returns the database state the next request starts from. */
    private Map<String, String> attempt(
            ApiOperation operation,
            FuzzRequest request,
            Caller caller,
            Map<String, String> before,
            List<String> findings)
            throws InterruptedException {
        var described = "[" + caller.name() + "] " + request.category() + " '" + request.label() + "' "
                + request.method() + " " + FuzzCases.abbreviated(request.target());
        RawHttp.Reply reply;
        try {
            reply = http.send(request, caller.token());
        } catch (IOException e) {
            if (!request.mayDisconnect()) {
                findings.add(described + ": no answer (" + e + ")");
            }
            report.note(operation.label(), "disconnected");
            return before;
        }
        report.count(operation.label(), caller.name(), reply.status());
        var anonymousOnProtected = caller.token() == null && !operation.isPublic();
        Verdict.problems(request, reply, anonymousOnProtected)
                .forEach(problem ->
                        findings.add(described + ": " + problem + " " + FuzzCases.abbreviated(reply.body())));
        if (reply.status() >= 400) {
            var after = database.take();
            if (!after.equals(before)) {
                findings.add(described + ": rejected with " + reply.status() + " but changed "
                        + DatabaseSnapshot.difference(before, after));
                return database.settled();
            }
            return before;
        }
        // What an accepted change started may go on in the background (transcribing, evaluating): wait for it.
        return request.method().equals("GET") ? before : database.settled();
    }
}
