package com.mockmate.catalog.service.transfer;

import com.mockmate.base.domain.TextRules;
import com.mockmate.catalog.domain.Difficulty;
import com.mockmate.catalog.service.QuestionDetails;
import com.mockmate.catalog.service.QuestionDraft;
import com.mockmate.catalog.service.transfer.ImportReport.RowError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns import files into question drafts and questions into export files. CSV columns: text, difficulty, keyPoints,
 * referenceAnswer, tags, timeLimitSeconds; list cells separate items with '|'. JSON: an array of question objects as
 * the REST API takes them.
 */
final class QuestionRows {

    static final List<String> COLUMNS =
            List.of("text", "difficulty", "keyPoints", "referenceAnswer", "tags", "timeLimitSeconds");
    private static final String LIST_SEPARATOR = "|";

    private QuestionRows() {}

    /** One parsed row: a draft when the row could be read, otherwise the errors that stopped it. */
    record ParsedRow(int row, QuestionDraft draft, List<RowError> errors) {}

    static List<ParsedRow> parse(String content, TransferFormat format, JsonMapper json) {
        return format == TransferFormat.CSV ? parseCsv(content) : parseJson(content, json);
    }

    private static List<ParsedRow> parseCsv(String content) {
        var records = CsvFormat.parse(content);
        if (records.isEmpty()) {
            return List.of();
        }
        var header = records.getFirst().stream().map(String::trim).toList();
        var missing = List.of("text", "difficulty").stream()
                .filter(c -> !header.contains(c))
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(
                    "The CSV header must name the columns " + COLUMNS + "; missing: " + missing + ".");
        }
        Map<String, Integer> index =
                header.stream().collect(Collectors.toMap(Function.identity(), header::indexOf, (a, b) -> a));
        var rows = new ArrayList<ParsedRow>();
        for (int i = 1; i < records.size(); i++) {
            var record = records.get(i);
            Function<String, String> cell = column -> {
                var at = index.get(column);
                return at == null || at >= record.size() ? "" : record.get(at).trim();
            };
            rows.add(toRow(
                    i,
                    cell.apply("text"),
                    cell.apply("difficulty"),
                    split(cell.apply("keyPoints")),
                    cell.apply("referenceAnswer"),
                    split(cell.apply("tags")),
                    cell.apply("timeLimitSeconds")));
        }
        return rows;
    }

    private static List<ParsedRow> parseJson(String content, JsonMapper json) {
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("The file is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException("The JSON file must be an array of question objects.");
        }
        var rows = new ArrayList<ParsedRow>();
        for (int i = 0; i < root.size(); i++) {
            var node = root.get(i);
            if (!node.isObject()) {
                rows.add(new ParsedRow(
                        i + 1, null, List.of(new RowError(i + 1, "", "Each entry must be a JSON object."))));
                continue;
            }
            rows.add(toRow(
                    i + 1,
                    text(node, "text"),
                    text(node, "difficulty"),
                    list(node, "keyPoints"),
                    text(node, "referenceAnswer"),
                    list(node, "tags"),
                    text(node, "timeLimitSeconds")));
        }
        return rows;
    }

    private static ParsedRow toRow(
            int row,
            String text,
            String difficulty,
            List<String> keyPoints,
            String referenceAnswer,
            List<String> tags,
            String timeLimit) {
        var errors = new ArrayList<RowError>();
        storable(errors, row, "text", List.of(text));
        storable(errors, row, "keyPoints", keyPoints);
        storable(errors, row, "referenceAnswer", List.of(referenceAnswer));
        storable(errors, row, "tags", tags);
        Difficulty parsedDifficulty = null;
        try {
            parsedDifficulty = Difficulty.valueOf(difficulty.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(
                    row, "difficulty", "Difficulty must be EASY, MEDIUM or HARD, not '" + difficulty + "'."));
        }
        Integer seconds = null;
        if (!timeLimit.isBlank()) {
            try {
                seconds = Integer.valueOf(timeLimit.trim());
            } catch (NumberFormatException e) {
                errors.add(new RowError(row, "timeLimitSeconds", "Time limit must be a whole number of seconds."));
            }
        }
        var draft = new QuestionDraft(
                text, parsedDifficulty, keyPoints, referenceAnswer.isBlank() ? null : referenceAnswer, tags, seconds);
        return new ParsedRow(row, draft, errors);
    }

    /** JSON escapes can smuggle in text the database refuses: a row error, not a failed insert. */
    private static void storable(List<RowError> errors, int row, String field, List<String> values) {
        values.stream()
                .map(TextRules::problem)
                .filter(Objects::nonNull)
                .findFirst()
                .ifPresent(problem -> errors.add(new RowError(row, field, "The " + field + " " + problem + ".")));
    }

    static String toCsv(List<QuestionDetails> questions) {
        var out = new StringBuilder(CsvFormat.line(COLUMNS));
        for (var q : questions) {
            out.append(CsvFormat.line(List.of(
                    q.text(),
                    q.difficulty().name(),
                    String.join(LIST_SEPARATOR, q.keyPoints()),
                    q.referenceAnswer() == null ? "" : q.referenceAnswer(),
                    String.join(LIST_SEPARATOR, q.tags()),
                    q.timeLimitSeconds() == null ? "" : q.timeLimitSeconds().toString())));
        }
        return out.toString();
    }

    static String toJson(List<QuestionDetails> questions, JsonMapper json) {
        return json.writerWithDefaultPrettyPrinter()
                .writeValueAsString(
                        questions.stream().map(QuestionRows::exported).toList());
    }

    /** The portable part of a question: no ids, owners or versions. */
    private static QuestionDraft exported(QuestionDetails q) {
        return new QuestionDraft(
                q.text(), q.difficulty(), q.keyPoints(), q.referenceAnswer(), q.tags(), q.timeLimitSeconds());
    }

    private static List<String> split(String cell) {
        if (cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String text(JsonNode node, String field) {
        var value = node.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }

    private static List<String> list(JsonNode node, String field) {
        var value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isArray()) {
            var items = new ArrayList<String>();
            value.forEach(item -> items.add(item.asString()));
            return items;
        }
        return split(value.asString());
    }
}
