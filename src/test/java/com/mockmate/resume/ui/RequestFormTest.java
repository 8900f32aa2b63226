package com.mockmate.resume.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.mockmate.resume.service.ResumeRequest;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The request form alone: no Spring, no database. */
class RequestFormTest {

    private RequestForm form;
    private final List<ResumeRequest> requests = new ArrayList<>();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        form = new RequestForm();
        form.addGenerateListener(event -> requests.add(event.request()));
        UI.getCurrent().add(form);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void fires_the_role_and_the_job_description_stripped() {
        _setValue(form.targetRole, "  Backend Engineer ");
        _setValue(form.jobDescription, " We need Java and Kubernetes. ");

        _click(form.generate);

        assertThat(requests).containsExactly(new ResumeRequest("Backend Engineer", "We need Java and Kubernetes."));
    }

    @Test
    void a_blank_job_description_is_none() {
        _setValue(form.targetRole, "Data Engineer");
        _setValue(form.jobDescription, "   ");

        _click(form.generate);

        assertThat(requests).containsExactly(new ResumeRequest("Data Engineer", null));
    }

    @Test
    void the_role_is_required() {
        _click(form.generate);

        assertThat(requests).isEmpty();
        assertThat(form.targetRole.isInvalid()).isTrue();
        assertThat(form.targetRole.getErrorMessage()).contains("Enter the role");
    }

    @Test
    void the_job_description_counts_its_characters_against_the_limit() {
        assertThat(form.jobDescription.getHelperText()).isEqualTo("0 / 20,000 characters");
        assertThat(form.jobDescription.getMaxLength()).isEqualTo(20_000);
        assertThat(form.targetRole.getMaxLength()).isEqualTo(120);

        _setValue(form.jobDescription, "x".repeat(1234));

        assertThat(form.jobDescription.getHelperText()).isEqualTo("1,234 / 20,000 characters");
    }

    @Test
    void a_job_description_over_the_limit_is_refused_on_its_field() {
        _setValue(form.targetRole, "Backend Engineer");
        _setValue(form.jobDescription, "x".repeat(20_001));

        _click(form.generate);

        assertThat(requests).isEmpty();
        assertThat(form.jobDescription.isInvalid()).isTrue();
        assertThat(form.jobDescription.getErrorMessage()).contains("20,000");
    }

    @Test
    void while_busy_the_button_says_so_and_cannot_be_pressed() {
        form.setBusy(true);

        assertThat(form.generate.isEnabled()).isFalse();
        assertThat(form.generate.getText()).isEqualTo("Generating…");
    }
}
