package com.mockmate.resume.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemPointerTest {

    @Test
    void reads_section_index_field_and_message() {
        assertThat(ProblemPointer.parse("/work/0/name: is not in your profile"))
                .isEqualTo(new ProblemPointer("work", 0, "name", "is not in your profile"));
        assertThat(ProblemPointer.parse("/work/3/highlights/2: must not be blank"))
                .isEqualTo(new ProblemPointer("work", 3, "highlights", "must not be blank"));
        assertThat(ProblemPointer.parse("/basics/label: must not be blank"))
                .isEqualTo(new ProblemPointer("basics", null, "label", "must not be blank"));
        assertThat(ProblemPointer.parse("/skills: must have at most 40 items"))
                .isEqualTo(new ProblemPointer("skills", null, null, "must have at most 40 items"));
    }

    @Test
    void a_problem_without_a_pointer_names_no_place() {
        assertThat(ProblemPointer.parse("the résumé is empty")).isNull();
        assertThat(ProblemPointer.parse("/: something")).isNull();
    }
}
