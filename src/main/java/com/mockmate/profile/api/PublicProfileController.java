package com.mockmate.profile.api;

import com.mockmate.profile.service.Profiles;
import com.mockmate.profile.service.PublicProfile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Profile")
class PublicProfileController {

    private static final String PUBLIC_EXAMPLE = """
            {"handle": "jane-doe", "headline": "Backend engineer", "about": "I build payment systems.",
             "location": "Berlin", "photoUrl": "/api/v1/profiles/jane-doe/photo",
             "experience": [{"title": "Software Engineer", "company": "Acme Robotics", "start": "2021-03", "end": null,
                             "bullets": []}],
             "education": [], "skills": [{"name": "Java", "level": "advanced", "years": 5}], "certifications": [],
             "links": [{"label": "GitHub", "url": "https://github.com/jane"}],
             "insights": {"sessions": 6, "topics": [], "milestones": [], "currentStreakDays": 0}}""";

    private final Profiles profiles;

    PublicProfileController(Profiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/api/v1/profiles/{handle}")
    @Operation(
            summary = "A public profile (no login)",
            description = "Only what the candidate wrote and, unless they hide them, the verified insights: never"
                    + " their name, email or phone. `insights` is null when hidden.")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = PUBLIC_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No such handle, or the profile is private (the same answer)")
    PublicProfile byHandle(@PathVariable String handle) {
        return profiles.byHandle(handle);
    }
}
