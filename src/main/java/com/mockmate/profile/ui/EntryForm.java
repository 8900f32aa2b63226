package com.mockmate.profile.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a profile section (a position, a skill, the basics...) as text fields checked by a Binder. Values are
 * kept as text by key, so one form serves every section; the section turns them into records.
 */
class EntryForm extends Div {

    private final Binder<HashMap<String, String>> binder = new Binder<>();
    private final Map<String, HasValue<?, String>> fields = new LinkedHashMap<>();

    /** @param onRemove {@code null} for a form that cannot be removed (the basics) */
    EntryForm(
            List<FieldSpec> specs,
            Map<String, String> values,
            SerializableRunnable onChange,
            @Nullable SerializableRunnable onRemove) {
        addClassName("mm-entry-form");
        var layout = new FormLayout();
        // Three short fields (a skill, a certificate) fit one row where two columns would leave a gap.
        var columns = specs.size() == 3 ? 3 : 2;
        layout.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep(columns == 3 ? "24em" : "30em", columns));
        for (var spec : specs) {
            var field = field(spec);
            fields.put(spec.key(), field);
            binder.forField(field)
                    .withValidator((value, context) -> {
                        var problem = spec.rule().problem(value == null ? "" : value, this);
                        return problem == null
                                ? ValidationResult.ok()
                                : ValidationResult.error(spec.label() + " " + problem);
                    })
                    .bind(bean -> bean.getOrDefault(spec.key(), ""), (bean, value) -> bean.put(spec.key(), value));
            layout.add((com.vaadin.flow.component.Component) field);
            if (spec.kind() == FieldSpec.Kind.AREA) {
                layout.setColspan((com.vaadin.flow.component.Component) field, 2);
            }
        }
        binder.setBean(new HashMap<>(values));
        // Only now: setting the bean fills the fields, which is not a change by the user.
        fields.values().forEach(field -> field.addValueChangeListener(event -> onChange.run()));
        add(layout);
        if (onRemove != null) {
            var remove = new Button("Remove", VaadinIcon.TRASH.create(), event -> onRemove.run());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            add(remove);
        }
    }

    /** The value as typed (valid or not), stripped. */
    String value(String key) {
        var field = fields.get(key);
        var value = field == null ? null : field.getValue();
        return value == null ? "" : value.strip();
    }

    Map<String, String> values() {
        var values = new LinkedHashMap<String, String>();
        fields.keySet().forEach(key -> values.put(key, value(key)));
        return values;
    }

    boolean validate() {
        return binder.validate().isOk();
    }

    /** Shows a server-side problem on a field, e.g. a handle taken meanwhile. */
    void markInvalid(String key, String message) {
        if (fields.get(key) instanceof com.vaadin.flow.component.HasValidation field) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }

    private static HasValue<?, String> field(FieldSpec spec) {
        return switch (spec.kind()) {
            case TEXT -> {
                var field = new TextField(spec.label());
                field.setPlaceholder(spec.placeholder());
                field.setWidthFull();
                yield field;
            }
            case AREA -> {
                var field = new TextArea(spec.label());
                field.setPlaceholder(spec.placeholder());
                field.setWidthFull();
                yield field;
            }
            case CHOICE -> {
                var field = new Select<String>();
                field.setLabel(spec.label());
                field.setItems(spec.choices());
                field.setEmptySelectionAllowed(false);
                yield field;
            }
        };
    }
}
