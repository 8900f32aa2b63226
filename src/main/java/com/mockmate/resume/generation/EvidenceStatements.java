package com.mockmate.resume.generation;

import com.mockmate.profile.service.Insights.TopicInsight;
import com.mockmate.resume.domain.ResumeContent.Evidence;
import java.math.RoundingMode;

/** A verified topic as the résumé cites it, in words the statement check accepts; the mean to one decimal. */
final class EvidenceStatements {

    private EvidenceStatements() {}

    static Evidence of(TopicInsight topic) {
        return new Evidence(topic.topic(), topic.level().label(), topic.sessions(), topic.mean(), statement(topic));
    }

    static String statement(TopicInsight topic) {
        return topic.level().label() + " in " + topic.topic() + ": " + topic.sessions() + " mock interview"
                + (topic.sessions() == 1 ? "" : "s") + ", mean score "
                + InsightFactCheck.plain(topic.mean().setScale(1, RoundingMode.HALF_UP))
                + "/100";
    }
}
