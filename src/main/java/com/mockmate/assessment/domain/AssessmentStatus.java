package com.mockmate.assessment.domain;

public enum AssessmentStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
