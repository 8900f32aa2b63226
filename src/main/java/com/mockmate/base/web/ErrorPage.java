package com.mockmate.base.web;

/**
 * The application's own page for an HTTP error that no view renders: a status Tomcat or Spring answers outside Vaadin's
 * routing (a refused URL, a request that failed, an error dispatch). Only fixed texts per status: never an exception
 * message or a stack trace, which would tell a visitor about the server's insides.
 */
public final class ErrorPage {

    /** What a visitor is told for one status. */
    public record Text(String title, String explanation) {}

    private ErrorPage() {}

    public static Text textFor(int status) {
        return switch (status) {
            case 400 -> new Text("Bad request", "The address or the request could not be understood.");
            case 401, 403 -> new Text("No access", "This page does not exist, or you do not have access to it.");
            case 404 ->
                new Text(
                        "Page not found",
                        "There is nothing at this address. Check the link, or start again from home.");
            case 405 -> new Text("Not allowed", "This address does not accept that kind of request.");
            case 408 -> new Text("Request timed out", "The request took too long to arrive. Please try again.");
            case 413 -> new Text("Too large", "What was sent is larger than MockMate accepts.");
            case 429 -> new Text("Too many requests", "Please wait a moment and try again.");
            default ->
                status >= 500
                        ? new Text(
                                "Something went wrong",
                                "An unexpected error happened on our side. Please try again in a moment.")
                        : new Text("Request not handled", "MockMate could not handle this request.");
        };
    }

    /** A complete, self-contained HTML page (inline styles only, so it shows even when static files do not). */
    public static String html(int status, String contextPath) {
        var text = textFor(status);
        var home = escape(contextPath) + "/";
        return """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s | MockMate</title>
                <style>
                  body { margin: 0; min-height: 100vh; display: flex; align-items: center; justify-content: center;
                    font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
                    background: linear-gradient(160deg, #eef2ff 0%%, #f8fafc 60%%); color: #1a2233; }
                  main { box-sizing: border-box; width: min(30rem, calc(100%% - 2rem)); padding: 2rem;
                    background: #fff; border: 1px solid #e2e6ef; border-radius: 12px;
                    box-shadow: 0 8px 24px rgba(26, 34, 51, 0.08); }
                  .brand { margin: 0 0 1.5rem; font-weight: 700; font-size: 1.25rem; color: #2f5bea; }
                  .status { margin: 0; font-size: 0.85rem; font-weight: 600; letter-spacing: 0.08em;
                    text-transform: uppercase; color: #5a6478; }
                  h1 { margin: 0.25rem 0 0.75rem; font-size: 1.75rem; line-height: 1.2; }
                  p { line-height: 1.5; }
                  nav { display: flex; flex-wrap: wrap; gap: 0.75rem; margin-top: 1.5rem; }
                  a { display: inline-block; padding: 0.6rem 1.1rem; border-radius: 8px; text-decoration: none;
                    font-weight: 600; color: #2448c8; border: 1px solid #c9d3f5; }
                  a.primary { background: #2f5bea; border-color: #2f5bea; color: #fff; }
                  a:focus-visible { outline: 3px solid #93a9f5; outline-offset: 2px; }
                </style>
                </head>
                <body>
                <main>
                <p class="brand">MockMate</p>
                <p class="status">Error %2$d</p>
                <h1>%1$s</h1>
                <p>%3$s</p>
                <nav><a class="primary" href="%4$s">Go to MockMate</a><a href="%4$slogin">Log in</a></nav>
                </main>
                </body>
                </html>
                """.formatted(escape(text.title()), status, escape(text.explanation()), home);
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
