package com.mockmate.resume.generation;

import com.mockmate.profile.domain.ProfileContent;
import com.mockmate.profile.service.Insights;

/**
 * What a résumé may state about a candidate, read once per generation or edit: their account's name and email, their
 * own profile and MockMate's verified insights.
 */
record CandidateFacts(String name, String email, ProfileContent profile, Insights insights) {}
