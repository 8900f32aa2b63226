package com.mockmate.catalog.service;

/** What a delete request did: items that interviews or assessments used are archived instead. */
public enum RemovalOutcome {
    DELETED,
    ARCHIVED
}
