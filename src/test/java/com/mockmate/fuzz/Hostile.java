package com.mockmate.fuzz;

import java.util.List;

/** Values that have broken web applications before, raw as they go into a URL (percent-encoded) or a header. */
final class Hostile {

    private Hostile() {}

    static final List<String> PATH_SEGMENTS = List.of(
            "not-a-uuid",
            "0",
            "-1",
            "2147483648",
            "00000000-0000-0000-0000-000000000000",
            "%00",
            "a%00b",
            "%2F",
            "a%2Fb",
            "..%2F..%2Fetc%2Fpasswd",
            "%2e%2e",
            "..",
            ";",
            ";jsessionid=x",
            "%3B",
            "%25",
            "%5C",
            "%C3%28",
            "%FF",
            "%ED%A0%80",
            "%0A",
            "%0D%0A",
            "%09",
            "%20",
            "%7Bid%7D",
            "null",
            "%E2%80%AE",
            "%27%20OR%20%271%27%3D%271",
            "x".repeat(3000));

    static final List<String> INTEGERS = List.of(
            "abc",
            "1.5",
            "-1",
            "0",
            "2147483647",
            "2147483648",
            "-2147483648",
            "99999999999999999999",
            "",
            "%00",
            "1%00",
            "0x10",
            "%201",
            "1e3",
            "NaN");

    static final List<String> BOOLEANS = List.of("maybe", "", "%00", "TRUE", "2", "%C3%28");

    static final List<String> STRINGS = List.of(
            "%00",
            "a%00b",
            "%C3%28",
            "%FF%FE",
            "%ED%A0%80",
            "%F0%9F%92%A9",
            "%27%3B--",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "*",
            "%25",
            "%2F",
            "%0D%0AX-Injected:%201",
            "x".repeat(10_000),
            "");

    static final List<String> SORTS = List.of(
            "bogus",
            "passwordHash",
            "password,asc",
            "name%3Bdrop%20table%20users",
            "id,desc,asc",
            "name,sideways",
            ",",
            ",,,",
            "(select%201)",
            "a.b.c.d.e",
            "owner.passwordHash",
            "%00",
            "name%00",
            "title,DESC",
            "name,desc,ignorecase",
            "x".repeat(2000),
            "%C3%28",
            "title,asc&sort=title,desc&sort=bogus");

    static final List<String> IF_MATCH = List.of(
            "*", "\"abc\"", "W/\"0\"", "\"-1\"", "\"99999999999999999999\"", "\"0\", \"1\"", "\"\"", "x".repeat(5000));

    static final List<String> CONTENT_TYPES = List.of(
            "text/plain",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data",
            "multipart/form-data; boundary=nothing-like-the-body",
            "application/json; charset=bogus",
            "application/json; charset=UTF-16",
            "application/merge-patch+json",
            "a/b/c",
            "*/*",
            "application/" + "x".repeat(300),
            ";");

    /** Fields a client must not be able to set, sent along with an otherwise valid body. */
    static final String EXTRA_FIELDS = """
            {"id": "00000000-0000-0000-0000-000000000001", "role": "ADMIN", "admin": true, "enabled": false,
             "passwordHash": "x", "ownerId": "00000000-0000-0000-0000-000000000002", "version": -1,
             "createdAt": "1970-01-01T00:00:00Z", "status": "COMPLETED", "totalScore": 100, "__proto__": {"admin": true}}""";
}
