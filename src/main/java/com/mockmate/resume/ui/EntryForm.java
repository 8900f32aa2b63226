package com.mockmate.resume.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a résumé section (a position, a skill...) as labelled fields, keyed by their JSON Resume property.
 * Values stay text here; the section turns them into records.
 */
class EntryForm extends Div {

    private final Map<String, HasValue<?, String>> fields = new LinkedHashMap<>();
    private final Map<String, EntryField> specs = new LinkedHashMap<>();
    private final Span title = new Span();
    private final @Nullable Button remove;

    /** @param onRemove {@code null} for a form that cannot be removed (the basics) */
    EntryForm(List<EntryField> entryFields, Map<String, String> values, @Nullable SerializableRunnable onRemove) {
        addClassName("mm-resume-entry");
        getElement().setAttribute("role", "group");
        var layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        for (var spec : entryFields) {
            var field = field(spec);
            field.setValue(values.getOrDefault(spec.key(), ""));
            fields.put(spec.key(), field);
            specs.put(spec.key(), spec);
            layout.add((Component) field);
            if (spec.kind() == EntryField.Kind.AREA || spec.kind() == EntryField.Kind.LINES) {
                layout.setColspan((Component) field, 2);
            }
        }
        var head = new Div(title);
        head.addClassName("mm-resume-entry-head");
        title.addClassName("mm-resume-entry-title");
        if (onRemove == null) {
            remove = null;
        } else {
            remove = new Button("Remove", VaadinIcon.TRASH.create(), event -> onRemove.run());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            head.add(remove);
        }
        add(head, layout);
    }

    /** Names the entry ("Position 2") for the eye and for screen readers, and labels its remove button. */
    void setHeading(String text) {
        title.setText(text);
        getElement().setAttribute("aria-label", text);
        if (remove != null) {
            remove.getElement().setAttribute("aria-label", "Remove " + text);
        }
    }

    String value(String key) {
        var field = fields.get(key);
        var value = field == null ? null : field.getValue();
        return value == null ? "" : value.strip();
    }

    /** The values as typed, keyed by property; list fields keep their raw text. */
    Map<String, String> values() {
        var values = new LinkedHashMap<String, String>();
        fields.forEach((key, field) -> values.put(key, field.getValue() == null ? "" : field.getValue()));
        return values;
    }

    /** Checks what the browser can know (required fields, date formats) and marks the fields; true when all pass. */
    boolean check() {
        boolean ok = true;
        for (var spec : specs.values()) {
            var problem = spec.problem(value(spec.key()));
            if (problem != null) {
                ok = false;
                markInvalid(spec.key(), problem);
            }
        }
        return ok;
    }

    /** Shows a problem on the field with that key; false when the entry has no such field. */
    boolean markInvalid(String key, String message) {
        if (fields.get(key) instanceof HasValidation field) {
            field.setErrorMessage(message);
            field.setInvalid(true);
            return true;
        }
        return false;
    }

    void clearInvalid() {
        fields.values().forEach(field -> ((HasValidation) field).setInvalid(false));
    }

    @Nullable
    String label(String key) {
        var spec = specs.get(key);
        return spec == null ? null : spec.label();
    }

    private static HasValue<?, String> field(EntryField spec) {
        return switch (spec.kind()) {
            case TEXT, DATE, COMMAS -> {
                var field = new TextField(spec.label());
                field.setRequired(spec.required());
                field.setWidthFull();
                if (spec.helper() != null) {
                    field.setHelperText(spec.helper());
                }
                yield field;
            }
            case AREA, LINES -> {
                var field = new TextArea(spec.label());
                field.setRequired(spec.required());
                field.setWidthFull();
                if (spec.helper() != null) {
                    field.setHelperText(spec.helper());
                }
                yield field;
            }
        };
    }
}
