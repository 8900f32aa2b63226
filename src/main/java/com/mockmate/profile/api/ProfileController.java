package com.mockmate.profile.api;

import com.mockmate.profile.api.ProfileDtos.ProfileRequest;
import com.mockmate.profile.api.ProfileDtos.ProfileResponse;
import com.mockmate.profile.service.Insights;
import com.mockmate.profile.service.ProfileDetails;
import com.mockmate.profile.service.ProfileInsights;
import com.mockmate.profile.service.Profiles;
import com.mockmate.user.domain.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@Tag(name = "Profile", description = "Your own profile, its verified insights, and public profiles by handle")
class ProfileController {

    static final String INSIGHTS_EXAMPLE = """
            {"sessions": 6, "computedAt": "2026-12-02T10:15:30Z",
             "topics": [{"topic": "Java", "level": "ADVANCED", "sessions": 4, "mean": 76.5, "trend": 3.2,
                         "lastPractised": "2026-12-02T10:14:00Z"},
                        {"topic": "SQL & Databases", "level": "INTERMEDIATE", "sessions": 2, "mean": 58.0, "trend": 4.0,
                         "lastPractised": "2026-11-30T18:02:00Z"}],
             "strongestTopic": "Java", "weakestTopic": "SQL & Databases",
             "dimensions": {"technical": 70.2, "depth": 61.5, "communication": 78.0, "grammar": 85.3},
             "delivery": {"spokenAnswers": 9, "wordsPerMinute": 142.3, "fillersPerMinute": 2.1, "paceTrend": -1.5,
                          "fillerTrend": -0.4},
             "currentStreakDays": 2,
             "milestones": [{"key": "first-interview", "title": "First interview completed", "achievedOn": "2026-11-20"}]}""";

    private final Profiles profiles;
    private final ProfileInsights insights;

    ProfileController(Profiles profiles, ProfileInsights insights) {
        this.profiles = profiles;
        this.insights = insights;
    }

    @GetMapping("/api/v1/profile")
    @Operation(
            summary = "Your profile",
            description = "Every account has one; before it is first saved it is private, with a handle made from"
                    + " the username.")
    @ApiResponse(
            responseCode = "200",
            content = @Content(examples = @ExampleObject(value = ProfileDtos.RESPONSE_EXAMPLE)))
    ProfileResponse mine(@AuthenticationPrincipal AuthenticatedUser actor) {
        return response(profiles.mine(actor));
    }

    @PutMapping("/api/v1/profile")
    @Operation(
            summary = "Replace your profile",
            description = "Dates are YYYY or YYYY-MM; an end may not lie before its start; links must be http(s);"
                    + " skill levels are beginner, intermediate, advanced or expert; at most 50 skills, 30 positions,"
                    + " 15 education entries, 30 certifications and 10 links. The handle is 3-40 of a-z, 0-9 and"
                    + " inner hyphens. Making the profile public or private is audited.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(examples = @ExampleObject(value = ProfileDtos.PROFILE_EXAMPLE))))
    @ApiResponse(
            responseCode = "200",
            content = @Content(examples = @ExampleObject(value = ProfileDtos.RESPONSE_EXAMPLE)))
    @ApiResponse(
            responseCode = "400",
            description = "Invalid fields, each named by its JSON path",
            content = @Content(examples = @ExampleObject(value = ProfileDtos.INVALID_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "Another profile has this handle")
    ProfileResponse update(@AuthenticationPrincipal AuthenticatedUser actor, @RequestBody ProfileRequest request) {
        var current = profiles.mine(actor);
        return response(profiles.update(actor, request.merge(current.content())));
    }

    @GetMapping("/api/v1/profile/insights")
    @Operation(
            summary = "What MockMate verified from your completed interviews",
            description = "Recomputed in the background after each completed interview (practice excluded). Levels per"
                    + " topic: EXPERT for a mean of 85+ over 5+ interviews, ADVANCED for 70+ over 3+, INTERMEDIATE for"
                    + " 50+, else BEGINNER. Trends are points (or words/fillers per minute) per interview over the"
                    + " last five.")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = INSIGHTS_EXAMPLE)))
    Insights insights(@AuthenticationPrincipal AuthenticatedUser actor) {
        return insights.mine(actor);
    }

    private static ProfileResponse response(ProfileDetails details) {
        var content = details.content();
        var publicUrl = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/p/{handle}")
                .buildAndExpand(content.handle())
                .toUriString();
        return new ProfileResponse(
                content, details.hasPhoto() ? PhotoController.OWN_PHOTO : null, publicUrl, details.updatedAt());
    }
}
