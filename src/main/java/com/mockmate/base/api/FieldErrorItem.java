package com.mockmate.base.api;

/** One rejected field in a 400 problem response. */
public record FieldErrorItem(String field, String message) {}
