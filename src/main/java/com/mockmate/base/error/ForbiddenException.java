package com.mockmate.base.error;

import org.springframework.security.access.AccessDeniedException;

/** The caller is signed in but may not touch this item (for example, another instructor's question). */
public class ForbiddenException extends AccessDeniedException {

    public ForbiddenException(String message) {
        super(message);
    }
}
