package com.mockmate.resume.ui;

import com.vaadin.flow.function.SerializableFunction;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A list section of the résumé editor: its JSON Resume name (the first step of a problem's pointer), its wording, its
 * fields, and how an entry becomes text fields and back.
 *
 * @param noun what one entry is called, e.g. "Position" (entries are titled "Position 1", "Position 2"...)
 */
record SectionSpec<T>(
        String key,
        String title,
        String hint,
        String noun,
        List<EntryField> fields,
        SerializableFunction<T, Map<String, String>> toValues,
        SerializableFunction<Map<String, String>, T> fromValues)
        implements Serializable {

    SectionSpec {
        fields = List.copyOf(fields);
    }
}
