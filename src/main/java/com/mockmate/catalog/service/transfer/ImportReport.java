package com.mockmate.catalog.service.transfer;

import com.mockmate.catalog.service.QuestionDraft;
import java.io.Serializable;
import java.util.List;

/**
 * The outcome of an import or a dry run. Imports are all-or-nothing: when {@code errors} is not empty, nothing was
 * saved and {@code imported} is 0.
 */
public record ImportReport(
        boolean dryRun, int rows, int valid, int imported, List<RowError> errors, List<QuestionDraft> questions)
        implements Serializable {

    public boolean ok() {
        return errors.isEmpty();
    }

    /** A problem in one row (1-based, not counting a CSV header) and, where known, one field. */
    public record RowError(int row, String field, String message) implements Serializable {}
}
