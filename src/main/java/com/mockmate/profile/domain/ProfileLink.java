package com.mockmate.profile.domain;

import java.io.Serializable;

/** A link the candidate shows, e.g. GitHub or a personal site: http(s) only. */
public record ProfileLink(String label, String url) implements Serializable {}
