package com.mockmate.security.web;

import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/**
 * Closes the Vaadin sessions held in the HTTP session before it is invalidated. A servlet container would do this
 * itself on invalidation (Vaadin listens for the unbinding), but Spring Session only deletes the session from Redis: the
 * UIs would stay in memory with their push connections open, and a background push could go on updating a page of an
 * ended session. Closing them detaches every UI, which disconnects its push; the browser's next request then finds the
 * session expired.
 */
class VaadinSessionCloser implements LogoutHandler {

    @Override
    public void logout(
            HttpServletRequest request, HttpServletResponse response, @Nullable Authentication authentication) {
        var session = request.getSession(false);
        if (session == null) {
            return;
        }
        for (var name : Collections.list(session.getAttributeNames())) {
            // A Vaadin session just read from Redis has no service or lock until Vaadin touches it: no UI of it is
            // live.
            if (session.getAttribute(name) instanceof VaadinSession vaadinSession
                    && vaadinSession.getService() != null
                    && vaadinSession.getLockInstance() != null) {
                vaadinSession.getService().fireSessionDestroy(vaadinSession);
            }
        }
    }
}
