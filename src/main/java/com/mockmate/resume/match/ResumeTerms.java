package com.mockmate.resume.match;

import com.mockmate.resume.domain.ResumeContent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything a résumé says, as stems and as pairs of neighbouring stems, to look a job's key terms up in. Contact data
 * (email, links) is left out: a keyword in a URL is not a skill. Two neighbouring words also count joined up, so that
 * "Postgre SQL" and "PostgreSQL" meet either way, and a phrase counts in either order ("query optimization",
 * "optimised queries").
 */
final class ResumeTerms {

    private final Set<String> words = new HashSet<>();
    private final Set<List<String>> pairs = new HashSet<>();

    ResumeTerms(ResumeContent content, Tokenizer tokenizer) {
        for (var text : texts(content)) {
            add(tokenizer.tokens(text));
        }
    }

    boolean contains(KeyTerm term) {
        if (!term.isPhrase()) {
            return words.contains(term.stems().getFirst());
        }
        return pairs.contains(term.stems())
                || pairs.contains(term.stems().reversed())
                || (term.joined() != null && words.contains(term.joined()));
    }

    private void add(List<Token> tokens) {
        Token previous = null;
        for (var token : tokens) {
            if (token.stem() == null) {
                previous = null;
                continue;
            }
            words.add(token.stem());
            if (previous != null && previous.segment() == token.segment()) {
                pairs.add(List.of(previous.stem(), token.stem()));
                var together = Tokenizer.joinedStem(previous.surface() + token.surface());
                if (together != null) {
                    words.add(together);
                }
            }
            previous = token;
        }
    }

    private static List<String> texts(ResumeContent content) {
        var texts = new ArrayList<@Nullable String>();
        var basics = content.basics();
        if (basics != null) {
            texts.add(basics.label());
            texts.add(basics.summary());
        }
        for (var work : content.work()) {
            texts.addAll(List.of(nullable(work.position()), nullable(work.name())));
            texts.add(work.summary());
            texts.addAll(work.highlights());
        }
        for (var education : content.education()) {
            texts.addAll(List.of(nullable(education.studyType()), nullable(education.institution())));
            texts.add(education.area());
        }
        for (var skill : content.skills()) {
            texts.add(skill.name());
            texts.addAll(skill.keywords());
        }
        for (var project : content.projects()) {
            texts.add(project.name());
            texts.add(project.description());
            texts.addAll(project.highlights());
        }
        for (var certificate : content.certificates()) {
            texts.add(certificate.name());
            texts.add(certificate.issuer());
        }
        for (var evidence : content.mockmateEvidence()) {
            texts.add(evidence.topic());
            texts.add(evidence.statement());
        }
        return texts.stream().filter(Objects::nonNull).toList();
    }

    private static String nullable(@Nullable String text) {
        return text == null ? "" : text;
    }
}
