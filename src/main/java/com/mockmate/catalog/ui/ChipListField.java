package com.mockmate.catalog.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A list of short texts edited as removable chips: type one, press Enter or "Add". Used for key points and tags, which
 * the service stores as lists; one text field per item would not tell the author where an item ends.
 */
class ChipListField extends CustomField<List<String>> {

    final TextField input = new TextField();
    final Button add = new Button("Add");
    final Div chips = new Div();

    private final List<String> items = new ArrayList<>();
    private final int maxItems;
    private final boolean lowerCase;

    ChipListField(String label, String placeholder, int maxItems, int maxLength, boolean lowerCase) {
        super(List.of());
        this.maxItems = maxItems;
        this.lowerCase = lowerCase;
        setLabel(label);
        input.setPlaceholder(placeholder);
        input.setMaxLength(maxLength);
        input.setAriaLabel(label);
        input.addKeyDownListener(Key.ENTER, e -> commitPending());
        input.addValueChangeListener(e -> input.setInvalid(false));
        add.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        add.addClickListener(e -> commitPending());
        var row = new HorizontalLayout(input, add);
        row.setWidthFull();
        row.setSpacing(true);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setFlexGrow(1, input);
        chips.addClassName("mm-chip-list");
        var box = new Div(row, chips);
        box.setWidthFull();
        add(box);
    }

    /** Adds what is typed in the input, if anything; the form calls it before saving so nothing typed is lost. */
    void commitPending() {
        var text = input.getValue().trim();
        if (text.isEmpty()) {
            return;
        }
        var item = lowerCase ? text.toLowerCase(Locale.ROOT) : text;
        if (items.contains(item)) {
            rejectInput("“" + item + "” is already in the list");
            return;
        }
        if (items.size() >= maxItems) {
            rejectInput("At most " + maxItems + " items; remove one first");
            return;
        }
        items.add(item);
        input.clear();
        renderChips();
        updateValue();
    }

    void remove(String item) {
        items.remove(item);
        renderChips();
        updateValue();
    }

    List<Span> chipComponents() {
        return chips.getChildren().map(Span.class::cast).toList();
    }

    private void rejectInput(String message) {
        input.setErrorMessage(message);
        input.setInvalid(true);
    }

    private void renderChips() {
        chips.removeAll();
        items.forEach(item -> chips.add(chip(item)));
    }

    private Span chip(String item) {
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> remove(item));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel("Remove " + item);
        remove.setTooltipText("Remove");
        var chip = new Span(new Span(item), remove);
        chip.getElement().getThemeList().add("badge pill");
        chip.addClassName("mm-chip");
        return chip;
    }

    @Override
    protected List<String> generateModelValue() {
        return List.copyOf(items);
    }

    @Override
    protected void setPresentationValue(List<String> value) {
        items.clear();
        if (value != null) {
            items.addAll(value);
        }
        input.clear();
        input.setInvalid(false);
        renderChips();
    }
}
