package com.mockmate.assessment.service;

import com.mockmate.base.error.BadRequestException;
import com.mockmate.catalog.service.CatalogQueries;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
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

    /**
     * Rules that name a difficulty draw first: a rule for any difficulty can take what they leave, but not the other
     * way round. The questions still come out in the order of the rules.
     */
    List<UUID> draw(List<DrawRule> rules) {
        var picked = new HashSet<UUID>();
        var drawnByRule = new HashMap<Integer, List<UUID>>();
        var specificFirst = IntStream.range(0, rules.size())
                .boxed()
                .sorted(Comparator.comparing(i -> rules.get(i).difficulty() == null))
                .toList();
        for (int index : specificFirst) {
            var drawn = drawOne(rules.get(index), picked);
            picked.addAll(drawn);
            drawnByRule.put(index, drawn);
        }
        return IntStream.range(0, rules.size())
                .boxed()
                .flatMap(i -> drawnByRule.get(i).stream())
                .toList();
    }

    private List<UUID> drawOne(DrawRule rule, Set<UUID> alreadyPicked) {
        if (!catalog.topicExists(rule.topicId())) {
            throw new BadRequestException("No topic with id " + rule.topicId() + ".");
        }
        var candidates = new ArrayList<>(catalog.activeQuestionIds(rule.topicId(), rule.difficulty()));
        candidates.removeAll(alreadyPicked);
        if (candidates.size() < rule.count()) {
            throw new BadRequestException("The topic has only " + candidates.size() + " unused "
                    + (rule.difficulty() == null ? "" : rule.difficulty().name() + " ")
                    + "questions, but the rule asks for " + rule.count() + ".");
        }
        Collections.shuffle(candidates, random);
        return List.copyOf(candidates.subList(0, rule.count()));
    }
}
