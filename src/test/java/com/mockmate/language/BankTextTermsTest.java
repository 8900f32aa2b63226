package com.mockmate.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BankTextTermsTest {

    private final BankTextTerms bank = new BankTextTerms();

    @Test
    void remembers_the_same_analysis_the_analyzer_gives() {
        var keyPoint = "Resizing rehashes every entry when the load factor is exceeded";

        assertThat(bank.terms(keyPoint)).containsExactlyElementsOf(TermAnalyzer.terms(keyPoint));
        assertThat(bank.terms(keyPoint)).isSameAs(bank.terms(keyPoint));
        assertThat(bank.evidence("What does a HashMap do?"))
                .isEqualTo(TermAnalyzer.analyze("What does a HashMap do?").evidence());
    }

    @Test
    void what_it_hands_out_cannot_be_changed_by_a_caller() {
        assertThatThrownBy(() -> bank.terms("equals and hashCode").add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void starts_over_when_full_and_still_answers() {
        for (int i = 0; i <= BankTextTerms.MAX_TEXTS; i++) {
            bank.terms("key point number " + i);
        }

        assertThat(bank.terms("key point number 1")).isEqualTo(TermAnalyzer.terms("key point number 1"));
    }
}
