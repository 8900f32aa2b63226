package com.mockmate.interview.api;

import com.mockmate.interview.domain.InterviewTurn;
import com.mockmate.interview.service.AcceptedAnswer;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

final class SessionDtos {

    private SessionDtos() {}

    record StartRequest(
            @Schema(example = "befa87e7-d054-4f5a-a83f-309f80f8a761") @NotNull
            UUID testId) {}

    record AnswerRequest(
            @Schema(example = "A HashMap uses the key's hashCode to pick a bucket, then equals to find the entry ...")
            @NotBlank
            @Size(max = InterviewTurn.ANSWER_MAX)
            String answerText,

            @Schema(
                    description = "Chosen by the client; sending it again returns the same turn",
                    example = "c-1700000000-1")
            @NotBlank
            @Size(max = InterviewTurn.CLIENT_TURN_ID_MAX)
            String clientTurnId) {}

    record AcceptedTurn(UUID id, String status) {

        static AcceptedTurn of(AcceptedAnswer accepted) {
            return new AcceptedTurn(accepted.turnId(), accepted.status().name());
        }
    }

    record TranscriptRequest(
            @Schema(example = "A hash map uses the key's hash code to pick a bucket ...")
            @NotBlank
            @Size(max = InterviewTurn.ANSWER_MAX)
            String answerText) {}
}
