package com.mockmate.catalog.ui;

import com.mockmate.catalog.domain.Topic;
import com.mockmate.catalog.service.TopicDetails;
import com.mockmate.catalog.service.TopicDraft;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/** Name and description of a new or existing topic; fires {@link SaveEvent} with a valid {@link TopicDraft}. */
class TopicDialog extends Dialog {

    final TextField name = new TextField("Name");
    final TextArea description = new TextArea("Description");
    final Button save = new Button("Save topic");
    private final Binder<Fields> binder = new Binder<>();
    private final @Nullable Long version;

    TopicDialog(@Nullable TopicDetails topic) {
        this.version = topic == null ? null : topic.version();
        setHeaderTitle(topic == null ? "New topic" : "Edit topic");
        setWidth("min(32rem, 96vw)");
        name.setMaxLength(Topic.NAME_MAX);
        name.setPlaceholder("e.g. Kotlin");
        description.setMaxLength(Topic.DESCRIPTION_MAX);
        description.setPlaceholder("What the topic covers; candidates see this");
        binder.forField(name)
                .asRequired("Give the topic a name")
                .withValidator(
                        new StringLengthValidator("At most " + Topic.NAME_MAX + " characters", 1, Topic.NAME_MAX))
                .bind(Fields::getName, Fields::setName);
        binder.forField(description).bind(Fields::getDescription, Fields::setDescription);
        var fields = new Fields();
        if (topic != null) {
            fields.setName(topic.name());
            fields.setDescription(topic.description() == null ? "" : topic.description());
        }
        binder.setBean(fields);

        var form = new FormLayout(name, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (binder.validate().isOk()) {
                fireEvent(
                        new SaveEvent(this, new TopicDraft(fields.getName().trim(), fields.getDescription(), version)));
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
        // The dialog focuses itself when it opens; the user came to type a name.
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                name.focus();
            }
        });
    }

    /** Shows a rejection from the service (such as a taken name) on the name field. */
    void showServerError(String message) {
        name.setErrorMessage(message);
        name.setInvalid(true);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<TopicDialog> {

        private final TopicDraft draft;

        SaveEvent(TopicDialog source, TopicDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        TopicDraft draft() {
            return draft;
        }
    }

    private static class Fields implements Serializable {
        private String name = "";
        private String description = "";

        String getName() {
            return name;
        }

        void setName(String name) {
            this.name = name;
        }

        String getDescription() {
            return description;
        }

        void setDescription(String description) {
            this.description = description;
        }
    }
}
