package com.mockmate.security.login;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * What a signed-in web session remembers of its login besides the user: where it came from, and the stamp of the
 * password it was made with, so that a later password change can end it (see
 * {@link com.mockmate.user.service.AccountStanding}).
 */
public record SignInDetails(@Nullable String remoteAddress, String credentialsStamp) implements Serializable {}
