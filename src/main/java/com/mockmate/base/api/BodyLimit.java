package com.mockmate.base.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets an endpoint take a request body larger than JSON's (mockmate.request-limits). Bodies under /api are checked
 * before anything reads them: a larger Content-Length, or a longer chunked body, is a 413.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface BodyLimit {

    Kind value();

    enum Kind {
        /** The default of every endpoint: a JSON document. */
        JSON,
        /** A file of questions or other records to import. */
        IMPORT,
        /** A multipart upload of media, such as a recorded answer. */
        UPLOAD
    }
}
