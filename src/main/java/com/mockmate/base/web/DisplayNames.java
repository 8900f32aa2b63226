package com.mockmate.base.web;

import java.security.Principal;

/** The name people know a signed-in user by, for the frame around the views; the user feature provides it. */
public interface DisplayNames {

    /** The full name given at sign-up, or the username when there is none. */
    String displayName(Principal principal);
}
