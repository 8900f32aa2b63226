package com.mockmate.catalog.domain;

public enum Difficulty {
    EASY,
    MEDIUM,
    HARD
}
