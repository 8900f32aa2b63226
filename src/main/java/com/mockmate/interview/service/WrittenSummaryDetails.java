package com.mockmate.interview.service;

import com.mockmate.interview.domain.SummaryContent;
import com.mockmate.interview.domain.SummaryStatus;
import com.mockmate.interview.domain.WrittenSummary;
import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A completed interview's written summary as screens, the report and its PDF show it. While it is being written the
 * content fields are empty; once READY or FAILED (the offline summary standing in for the model's) they are filled.
 *
 * @param writtenBy who wrote it; {@code null} while being written
 * @param failureReason why the model's summary is missing, for a FAILED one
 */
public record WrittenSummaryDetails(
        SummaryStatus status,
        @Nullable String overallFeedback,
        List<String> strengths,
        List<SummaryContent.Improvement> improvements,
        @Nullable String recommendedNextTopic,
        @Nullable WrittenBy writtenBy,
        @Nullable String failureReason)
        implements Serializable {

    public static final String OFFLINE_LABEL = "Offline summary";

    public WrittenSummaryDetails {
        strengths = List.copyOf(strengths);
        improvements = List.copyOf(improvements);
    }

    /** @param label what the reader sees: "Offline summary", or the provider and model */
    public record WrittenBy(String provider, String model, String promptVersion, String label)
            implements Serializable {}

    public boolean writing() {
        return status == SummaryStatus.WRITING;
    }

    static WrittenSummaryDetails of(WrittenSummary summary) {
        var content = summary.getContent();
        var author = summary.getAuthor();
        return new WrittenSummaryDetails(
                summary.getStatus(),
                content == null ? null : content.overallFeedback(),
                content == null ? List.of() : content.strengths(),
                content == null ? List.of() : content.improvements(),
                content == null ? null : content.recommendedNextTopic(),
                author == null
                        ? null
                        : new WrittenBy(
                                author.provider(),
                                author.model(),
                                author.promptVersion(),
                                author.offline() ? OFFLINE_LABEL : author.provider() + " \u00b7 " + author.model()),
                summary.getFailureReason());
    }
}
