package com.mockmate.catalog.service;

import com.mockmate.catalog.domain.Difficulty;
import com.mockmate.catalog.domain.Question;
import com.mockmate.catalog.domain.QuestionRepository;
import com.mockmate.catalog.domain.Topic;
import com.mockmate.catalog.domain.TopicRepository;
import com.mockmate.user.service.AccountService;
import com.mockmate.user.service.AdminProperties;
import com.mockmate.user.service.UserAccount;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gives every install a question bank to start from. Topics are matched by name and questions by text, so a restart
 * adds only what is missing and never duplicates; instructors' edits are not touched.
 */
@Component
@Order(20)
class SampleCatalogInitializer implements ApplicationRunner {

    static final String RESOURCE = "seed/sample-catalog.json";
    private static final Logger log = LoggerFactory.getLogger(SampleCatalogInitializer.class);

    private final TopicRepository topics;
    private final QuestionRepository questions;
    private final AccountService accounts;
    private final AdminProperties admin;
    private final JsonMapper json;
    private final Clock clock;

    SampleCatalogInitializer(
            TopicRepository topics,
            QuestionRepository questions,
            AccountService accounts,
            AdminProperties admin,
            JsonMapper json,
            Clock clock) {
        this.topics = topics;
        this.questions = questions;
        this.accounts = accounts;
        this.admin = admin;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var ownerId =
                accounts.findByUsername(admin.username()).map(UserAccount::id).orElse(null);
        int added = 0;
        for (var seedTopic : readSeed().topics()) {
            var topic = topics.findByNameIgnoreCase(seedTopic.name())
                    .orElseGet(() -> topics.save(
                            new Topic(seedTopic.name(), seedTopic.description(), ownerId, clock.instant())));
            for (var seed : seedTopic.questions()) {
                if (!questions.existsByTopicIdAndTextIgnoreCase(topic.getId(), seed.text())) {
                    questions.save(toQuestion(topic.getId(), seed, ownerId));
                    added++;
                }
            }
        }
        if (added > 0) {
            log.info("Added {} sample questions to the question bank", added);
        }
    }

    private Question toQuestion(UUID topicId, SeedQuestion seed, @Nullable UUID ownerId) {
        return new Question(
                topicId,
                seed.text(),
                seed.difficulty(),
                seed.keyPoints(),
                seed.referenceAnswer(),
                seed.tags(),
                seed.timeLimitSeconds(),
                ownerId,
                clock.instant());
    }

    private SeedCatalog readSeed() {
        try (var in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.readValue(in, SeedCatalog.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    record SeedCatalog(List<SeedTopic> topics) {}

    record SeedTopic(String name, String description, List<SeedQuestion> questions) {}

    record SeedQuestion(
            String text,
            Difficulty difficulty,
            List<String> keyPoints,
            String referenceAnswer,
            List<String> tags,
            @Nullable Integer timeLimitSeconds) {}
}
