package com.mockmate.assessment.service;

import com.mockmate.base.error.BadRequestException;
import com.mockmate.catalog.service.CatalogQueries;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Resolves draw rules into concrete questions: random, without repeats, refusing rules the bank cannot satisfy. */
@Component
class QuestionDraw {

    private final CatalogQueries catalog;
    private final Random random;

    @Autowired
    QuestionDraw(CatalogQueries catalog) {
        this(catalog, new Random());
    }

    QuestionDraw(CatalogQueries catalog, Random random) {
        this.catalog = catalog;
        this.random = random;
    }

    List<UUID> draw(List<DrawRule> rules) {
        var picked = new LinkedHashSet<UUID>();
        for (var rule : rules) {
            if (!catalog.topicExists(rule.topicId())) {
                throw new BadRequestException("No topic with id " + rule.topicId() + ".");
            }
            var candidates = new ArrayList<>(catalog.activeQuestionIds(rule.topicId(), rule.difficulty()));
            candidates.removeAll(picked);
            if (candidates.size() < rule.count()) {
                throw new BadRequestException("The topic has only " + candidates.size() + " unused "
                        + (rule.difficulty() == null ? "" : rule.difficulty().name() + " ")
                        + "questions, but the rule asks for " + rule.count() + ".");
            }
            Collections.shuffle(candidates, random);
            picked.addAll(candidates.subList(0, rule.count()));
        }
        return List.copyOf(picked);
    }
}
