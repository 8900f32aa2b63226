package com.mockmate.resume.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One list section of the résumé editor (work, education...): its entries, added and removed freely. */
class EntrySection<T> extends Div {

    private final SectionSpec<T> spec;
    private final List<EntryForm> forms = new ArrayList<>();
    private final Div list = new Div();

    EntrySection(SectionSpec<T> spec, List<T> entries) {
        this.spec = spec;
        addClassName("mm-resume-section");
        var hint = new Paragraph(spec.hint());
        hint.addClassName("mm-muted");
        list.addClassName("mm-resume-entries");
        var add = new Button("Add " + spec.noun().toLowerCase(Locale.ROOT), VaadinIcon.PLUS.create(), event -> {
            addEntry(Map.of());
            renumber();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H4(spec.title()), hint, list, add);
        entries.forEach(entry -> addEntry(spec.toValues().apply(entry)));
        renumber();
    }

    String key() {
        return spec.key();
    }

    String title() {
        return spec.title();
    }

    /** How an entry is named in a sentence, e.g. "position 2" for the second one. */
    String entryName(int index) {
        return spec.noun().toLowerCase(Locale.ROOT) + " " + (index + 1);
    }

    /** The entries as typed; an entry left entirely blank is dropped rather than saved empty. */
    List<T> entries() {
        return forms.stream()
                .map(EntryForm::values)
                .filter(values -> values.values().stream().anyMatch(value -> !value.isBlank()))
                .map(spec.fromValues())
                .toList();
    }

    boolean check() {
        boolean ok = true;
        for (var form : forms) {
            if (!isBlank(form)) {
                ok &= form.check();
            }
        }
        return ok;
    }

    void clearInvalid() {
        forms.forEach(EntryForm::clearInvalid);
    }

    /** The entry at the index as saved (blank entries left out), or null when there is none. */
    @Nullable
    EntryForm entry(int index) {
        var kept = forms.stream().filter(form -> !isBlank(form)).toList();
        return index >= 0 && index < kept.size() ? kept.get(index) : null;
    }

    private static boolean isBlank(EntryForm form) {
        return form.values().values().stream().allMatch(String::isBlank);
    }

    private void addEntry(Map<String, String> values) {
        var holder = new EntryForm[1];
        var form = new EntryForm(spec.fields(), values, () -> {
            forms.remove(holder[0]);
            list.remove(holder[0]);
            renumber();
        });
        holder[0] = form;
        forms.add(form);
        list.add(form);
    }

    private void renumber() {
        for (int i = 0; i < forms.size(); i++) {
            forms.get(i).setHeading(spec.noun() + " " + (i + 1));
        }
    }
}
