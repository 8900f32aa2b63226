package com.mockmate.resume.generation;

import com.mockmate.llm.resume.ResumeDocument;
import com.mockmate.llm.resume.ResumeDocument.CertificationFacts;
import com.mockmate.llm.resume.ResumeDocument.DimensionFacts;
import com.mockmate.llm.resume.ResumeDocument.EducationFacts;
import com.mockmate.llm.resume.ResumeDocument.InsightFacts;
import com.mockmate.llm.resume.ResumeDocument.PositionFacts;
import com.mockmate.llm.resume.ResumeDocument.ProfileFacts;
import com.mockmate.llm.resume.ResumeDocument.SkillFacts;
import com.mockmate.llm.resume.ResumeDocument.TopicFacts;
import com.mockmate.profile.domain.ProfileContent;
import com.mockmate.profile.service.Insights;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * The model's document from the candidate's facts. It leaves out the contact data (name, email, location, links,
 * handle, photo) and the profile's visibility settings, and scrubs it out of the free text ({@link ContactScrubber}):
 * what the model does not see it cannot leak or get wrong.
 */
final class ResumeDocuments {

    private ResumeDocuments() {}

    static ResumeDocument of(CandidateFacts facts, String targetRole, @Nullable String jobDescription) {
        return new ResumeDocument(
                targetRole.strip(),
                Normalised.blank(jobDescription) ? null : jobDescription.strip(),
                profile(facts.profile(), new ContactScrubber(facts.name())),
                insights(facts.insights()));
    }

    private static ProfileFacts profile(ProfileContent profile, ContactScrubber scrubber) {
        return new ProfileFacts(
                scrubber.scrub(profile.headline()),
                scrubber.scrub(profile.about()),
                profile.experience().stream()
                        .map(position -> new PositionFacts(
                                position.title(),
                                position.company(),
                                position.start(),
                                Normalised.blank(position.end()) ? null : position.end(),
                                scrubber.scrub(position.bullets())))
                        .toList(),
                profile.education().stream()
                        .map(study ->
                                new EducationFacts(study.institution(), study.degree(), study.start(), study.end()))
                        .toList(),
                profile.skills().stream()
                        .map(skill -> new SkillFacts(skill.name(), skill.level(), skill.years()))
                        .toList(),
                profile.certifications().stream()
                        .map(held -> new CertificationFacts(held.name(), held.issuer(), held.date()))
                        .toList());
    }

    private static InsightFacts insights(Insights insights) {
        var dimensions = insights.dimensions();
        return new InsightFacts(
                insights.sessions(),
                insights.topics().stream()
                        .map(topic -> new TopicFacts(
                                topic.topic(),
                                topic.level().label(),
                                topic.sessions(),
                                topic.mean(),
                                topic.trend(),
                                topic.lastPractised()
                                        .atOffset(ZoneOffset.UTC)
                                        .toLocalDate()
                                        .toString()))
                        .toList(),
                insights.strongestTopic(),
                insights.weakestTopic(),
                dimensions == null
                        ? null
                        : new DimensionFacts(
                                dimensions.technical(),
                                dimensions.depth(),
                                dimensions.communication(),
                                dimensions.grammar()));
    }
}
