package com.mockmate.profile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A list section of the profile editor (experience, skills...): its entries, add and remove, at most {@code max}. */
class EntrySection extends Div {

    private final List<FieldSpec> specs;
    private final int max;
    private final SerializableRunnable onChange;
    private final List<EntryForm> forms = new ArrayList<>();
    private final Div list = new Div();
    private final Button add;

    EntrySection(
            String title, String hint, String addLabel, List<FieldSpec> specs, int max, SerializableRunnable onChange) {
        this.specs = List.copyOf(specs);
        this.max = max;
        this.onChange = onChange;
        addClassNames("mm-card", "mm-profile-editor-section");
        var explanation = new Paragraph(hint);
        explanation.addClassName("mm-muted");
        list.addClassName("mm-entry-list");
        add = new Button(addLabel, VaadinIcon.PLUS.create(), event -> {
            addEntry(Map.of());
            onChange.run();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H3(title), explanation, list, add);
    }

    void setEntries(List<Map<String, String>> entries) {
        forms.clear();
        list.removeAll();
        entries.forEach(this::addEntry);
    }

    List<Map<String, String>> entries() {
        return forms.stream().map(EntryForm::values).toList();
    }

    boolean validate() {
        boolean ok = true;
        for (var form : forms) {
            ok &= form.validate();
        }
        return ok;
    }

    private void addEntry(Map<String, String> values) {
        var holder = new EntryForm[1];
        var form = new EntryForm(specs, values, onChange, () -> {
            forms.remove(holder[0]);
            list.remove(holder[0]);
            add.setEnabled(true);
            onChange.run();
        });
        holder[0] = form;
        forms.add(form);
        list.add(form);
        add.setEnabled(forms.size() < max);
    }
}
